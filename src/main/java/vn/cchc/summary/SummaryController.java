package vn.cchc.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.org.CurrentUser;

/**
 * The chairman's landing page. The commune's coordinators (chairman, standing agency, admin, viewer) read it; only the
 * chairman acts on what awaits him, on the pages it links to. Province users have no commune (404); unit users 403.
 */
@Controller
class SummaryController {

    private final ChairmanSummary summaries;
    private final ObjectMapper json;

    SummaryController(ChairmanSummary summaries, ObjectMapper json) {
        this.summaries = summaries;
        this.json = json;
    }

    @GetMapping("/summary")
    String summary(@AuthenticationPrincipal CurrentUser me, Model model) throws JsonProcessingException {
        me.requireCommune();
        if (!me.coordinates()) {
            throw new AccessDeniedException("chairman's summary");
        }
        ChairmanSummary.Summary s = summaries.of(me);
        model.addAttribute("s", s);
        model.addAttribute("monthsJson", json.writeValueAsString(points(s.score().months())));
        model.addAttribute("quartersJson", json.writeValueAsString(points(s.score().quarters())));
        return "summary/summary";
    }

    /** The chart's data: a short label and the total (null where nothing was measured). */
    private static List<Map<String, Object>> points(List<ChairmanSummary.ScorePoint> points) {
        return points.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", p.period().type().name().equals("MONTH") ? "T" + p.period().index()
                    : "Q" + p.period().index());
            m.put("total", p.total());
            return m;
        }).toList();
    }
}
