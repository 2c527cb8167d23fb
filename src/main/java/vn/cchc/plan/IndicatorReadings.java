package vn.cchc.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;

/**
 * Where computed target values come from: every {@link IndicatorSource}, in Spring's {@code @Order} (one-stop
 * first), so a target or PAR criterion measured by an indicator shows its actual value without the plan module
 * depending on the modules that compute them. A code offered by two sources would make readings ambiguous, so it
 * stops the application at startup.
 */
@Component
public class IndicatorReadings {

    private final List<Option> options;
    private final Map<String, IndicatorSource> byCode = new HashMap<>();

    public IndicatorReadings(List<IndicatorSource> sources) {
        List<Option> all = new ArrayList<>();
        for (IndicatorSource source : sources) {
            for (Option o : source.options()) {
                IndicatorSource before = byCode.putIfAbsent(o.code(), source);
                if (before != null) {
                    throw new IllegalStateException("Indicator code " + o.code() + " is offered by both "
                            + before.getClass().getName() + " and " + source.getClass().getName());
                }
                all.add(o);
            }
        }
        this.options = List.copyOf(all);
    }

    /** The indicators a target can be measured by, each source's together in the sources' order. */
    public List<Option> options() {
        return options;
    }

    /** The options by source, for a select with one {@code <optgroup>} per source; groups keep the sources' order. */
    public List<Group> groups() {
        Map<String, List<Option>> byGroup = new LinkedHashMap<>();
        options.forEach(o -> byGroup.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o));
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The value over the period from the source offering the code; empty for an unknown code or no measurement. */
    public Optional<BigDecimal> read(long communeId, String code, Period period) {
        IndicatorSource source = code == null ? null : byCode.get(code);
        return source == null ? Optional.empty() : source.read(communeId, code, period);
    }

    /** The message key naming the indicator; a code no source offers any more is its own key (shown as unknown). */
    public String messageKey(String code) {
        return options.stream().filter(o -> o.code().equals(code)).map(Option::messageKey).findFirst().orElse(code);
    }

    /**
     * An indicator: its code, the message key naming it, and the message key of its source's group ("Một cửa",
     * "Khảo sát hài lòng") so forms show where a figure comes from.
     */
    public record Option(String code, String messageKey, String group) {
    }

    /** The indicators of one source, under its group's message key. */
    public record Group(String messageKey, List<Option> options) {
    }
}
