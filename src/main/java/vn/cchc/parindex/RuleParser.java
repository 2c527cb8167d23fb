package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scoring rule from its method and a short notation that fits one spreadsheet cell:
 * <ul>
 * <li>MANUAL: empty, or {@code scale:0|0,5|1} for the only allowed values;</li>
 * <li>YESNO and SURVEY: empty;</li>
 * <li>LADDER: {@code indicator:ON_TIME_RATE; >=99:4; >=95:2; else:0} (source {@code target} or {@code tasks} too);</li>
 * <li>PROPORTIONAL: {@code indicator:ONLINE_RATE; full:70};</li>
 * <li>COUNT: {@code min:1; per-unit} or {@code min:12; partial}, counted by the unit; with
 * {@code indicator:INITIATIVES_RECOGNISED; min:2} the count is read from that indicator.</li>
 * </ul>
 * Numbers take a decimal comma or point. A rule that cannot be read is refused with a message key and arguments.
 */
final class RuleParser {

    private static final Pattern STEP = Pattern.compile("(>=|<=|>|<|=)\\s*([0-9]+(?:[.,][0-9]+)?)\\s*:\\s*([0-9]+(?:[.,][0-9]+)?)");

    private final Set<String> indicators;

    RuleParser(Set<String> indicators) {
        this.indicators = indicators;
    }

    /** The rule's problem: a message key and its arguments. */
    static final class Problem extends Exception {
        final String key;
        final transient Object[] args;

        Problem(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    ScoringRule parse(ScoringMethod method, String text, BigDecimal max) throws Problem {
        List<String> parts = new ArrayList<>();
        for (String p : (text == null ? "" : text).split(";")) {
            if (!p.isBlank()) {
                parts.add(p.trim());
            }
        }
        return switch (method) {
            case MANUAL -> manual(parts, max);
            case YESNO -> new ScoringRule.YesNo();
            case SURVEY -> new ScoringRule.Survey();
            case LADDER -> ladder(parts, max);
            case PROPORTIONAL -> proportional(parts);
            case COUNT -> count(parts);
        };
    }

    private ScoringRule manual(List<String> parts, BigDecimal max) throws Problem {
        if (parts.isEmpty()) {
            return new ScoringRule.Manual(List.of());
        }
        if (parts.size() > 1 || !parts.get(0).startsWith("scale:")) {
            throw new Problem("parindex.rule.manual");
        }
        List<BigDecimal> scale = new ArrayList<>();
        for (String v : parts.get(0).substring(6).split("\\|")) {
            scale.add(withinMax(number(v), max));
        }
        return new ScoringRule.Manual(List.copyOf(scale));
    }

    private ScoringRule ladder(List<String> parts, BigDecimal max) throws Problem {
        if (parts.isEmpty()) {
            throw new Problem("parindex.rule.source");
        }
        FigureSource source = source(parts.get(0));
        List<ScoringRule.Step> steps = new ArrayList<>();
        BigDecimal otherwise = BigDecimal.ZERO;
        for (String part : parts.subList(1, parts.size())) {
            String compact = part.replace(" ", "").replace("≥", ">=").replace("≤", "<=");
            if (compact.startsWith("else:")) {
                otherwise = withinMax(number(compact.substring(5)), max);
                continue;
            }
            Matcher m = STEP.matcher(compact);
            if (!m.matches()) {
                throw new Problem("parindex.rule.step", part);
            }
            steps.add(new ScoringRule.Step(m.group(1), number(m.group(2)), withinMax(number(m.group(3)), max)));
        }
        if (steps.isEmpty()) {
            throw new Problem("parindex.rule.noSteps");
        }
        return new ScoringRule.Ladder(source, List.copyOf(steps), otherwise);
    }

    private ScoringRule proportional(List<String> parts) throws Problem {
        if (parts.size() != 2 || !parts.get(1).replace(" ", "").startsWith("full:")) {
            throw new Problem("parindex.rule.proportional");
        }
        BigDecimal full = number(parts.get(1).replace(" ", "").substring(5));
        if (full.signum() <= 0) {
            throw new Problem("parindex.rule.proportional");
        }
        return new ScoringRule.Proportional(source(parts.get(0)), full);
    }

    private ScoringRule count(List<String> parts) throws Problem {
        Integer min = null;
        boolean perUnit = false;
        boolean partial = false;
        FigureSource from = null;
        for (String part : parts) {
            String p = part.replace(" ", "").toLowerCase();
            if (p.startsWith("indicator:") && from == null) {
                from = source(part);
            } else if (p.startsWith("min:") && p.substring(4).matches("[0-9]{1,4}")) {
                min = Integer.parseInt(p.substring(4));
            } else if (p.equals("per-unit")) {
                perUnit = true;
            } else if (p.equals("partial")) {
                partial = true;
            } else {
                throw new Problem("parindex.rule.count");
            }
        }
        if (min == null || min < 1) {
            throw new Problem("parindex.rule.count");
        }
        return new ScoringRule.Count(min, perUnit, partial, from);
    }

    private FigureSource source(String part) throws Problem {
        String p = part.replace(" ", "");
        if (p.equalsIgnoreCase("target")) {
            return new FigureSource(FigureSource.Kind.TARGET, null);
        }
        if (p.equalsIgnoreCase("tasks")) {
            return new FigureSource(FigureSource.Kind.TASKS, null);
        }
        if (p.startsWith("indicator:")) {
            String code = p.substring(10).toUpperCase();
            if (!indicators.contains(code)) {
                throw new Problem("parindex.rule.indicator", code);
            }
            return FigureSource.indicator(code);
        }
        throw new Problem("parindex.rule.source");
    }

    private static BigDecimal number(String text) throws Problem {
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Problem("parindex.rule.number", text.trim());
        }
    }

    private static BigDecimal withinMax(BigDecimal points, BigDecimal max) throws Problem {
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new Problem("parindex.rule.pointsAboveMax", points.stripTrailingZeros().toPlainString(),
                    max.stripTrailingZeros().toPlainString());
        }
        return points;
    }
}
