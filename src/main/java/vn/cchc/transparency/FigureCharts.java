package vn.cchc.transparency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Ratio;
import vn.cchc.survey.SatisfactionSummary;

/**
 * The three charts of the public figures page as the JSON a canvas carries in {@code data-chart}: labels, datasets
 * (bar or line, on the percent or the count axis) and whether the bars lie flat. static/js/public-figures.js draws
 * them as given; the tables beside them carry the same numbers for readers without scripts.
 */
@Component
class FigureCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;
    private final ObjectMapper json;

    FigureCharts(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Received dossiers (bars, count axis) and the on-time, online and digitisation rates (lines, percent). */
    String months(PublicFigures f) {
        List<Object> labels = new ArrayList<>();
        List<Object> received = new ArrayList<>();
        List<Object> onTime = new ArrayList<>();
        List<Object> online = new ArrayList<>();
        List<Object> digitised = new ArrayList<>();
        for (PublicFigures.Month m : f.months()) {
            labels.add(MONTH.format(m.month()));
            received.add(m.received());
            onTime.add(percent(m.onTime()));
            online.add(percent(m.online()));
            digitised.add(percent(m.digitisation()));
        }
        return write(chart(labels, false, List.of(dataset("public.chi-so.received", "bar", "count", received),
                dataset("public.chi-so.onTime", "line", "percent", onTime),
                dataset("public.chi-so.online", "line", "percent", online),
                dataset("public.chi-so.digitisation", "line", "percent", digitised))));
    }

    /** Points per 766 group against the group's maximum, flat bars. */
    String score(PublicFigures f) {
        List<Object> labels = new ArrayList<>();
        List<Object> points = new ArrayList<>();
        List<Object> max = new ArrayList<>();
        f.score().groups().forEach((group, pm) -> {
            labels.add(text("dossier.score.group." + group));
            points.add(pm[0]);
            max.add(pm[1]);
        });
        return write(chart(labels, true, List.of(dataset("public.chi-so.points", "bar", "count", points),
                dataset("public.chi-so.maxPoints", "bar", "count", max))));
    }

    /** The overall index and each element in percent, flat bars. */
    String satisfaction(PublicFigures f) {
        List<Object> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        labels.add(text("public.chi-so.overall"));
        values.add(f.satisfaction().overall().percent());
        for (SatisfactionSummary.Score s : f.satisfaction().elements()) {
            labels.add(s.name());
            values.add(s.percent());
        }
        return write(chart(labels, true, List.of(dataset("public.chi-so.satisfied", "bar", "percent", values))));
    }

    private static BigDecimal percent(Ratio r) {
        return r.percent();
    }

    private Map<String, Object> chart(List<Object> labels, boolean flat, List<Map<String, Object>> datasets) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("labels", labels);
        c.put("flat", flat);
        c.put("datasets", datasets);
        return c;
    }

    private Map<String, Object> dataset(String key, String type, String axis, List<Object> data) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", text(key));
        d.put("type", type);
        d.put("axis", axis);
        d.put("data", data);
        return d;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
