package vn.cchc.survey.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.survey.scoring.SatisfactionResult;

/** The charts' data as JSON for the canvases' data attributes (static/js/survey-results.js draws them). */
final class ResultsChart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultsChart() {
    }

    /** [{label, percent}] per element with answers. */
    static String elements(SatisfactionResult result, Map<String, String> names) {
        List<Map<String, Object>> points = new ArrayList<>();
        result.elements().forEach((code, f) -> {
            if (f.percent() != null) {
                points.add(point(names.getOrDefault(code, code), f.percent()));
            }
        });
        return write(points);
    }

    /** [{label, percent}] per month with answers, in time order; labels are the months' codes' Vietnamese names. */
    static String months(List<BreakdownRow> byMonth) {
        List<Map<String, Object>> points = new ArrayList<>();
        byMonth.forEach(r -> points.add(point(r.key().substring(5) + "/" + r.key().substring(0, 4),
                r.overall().percent())));
        return write(points);
    }

    private static Map<String, Object> point(String label, Object percent) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("label", label);
        p.put("percent", percent);
        return p;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
