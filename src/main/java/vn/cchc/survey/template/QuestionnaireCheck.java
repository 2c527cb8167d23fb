package vn.cchc.survey.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cchc.survey.questionnaire.OwnQuestions;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.Questionnaire.Block;
import vn.cchc.survey.questionnaire.Questionnaire.Gate;
import vn.cchc.survey.questionnaire.Questionnaire.Item;
import vn.cchc.survey.questionnaire.Questionnaire.ItemType;
import vn.cchc.survey.questionnaire.Questionnaire.Scale;

/**
 * Whether a questionnaire can be published: every reference resolves, satisfaction is asked on the 1–5 scale the
 * index counts, a gate opens on an answer given before it, and the dossier rating uses the one-stop system's three
 * levels. A province's upload is refused with all its problems at once, so a broken form never reaches citizens.
 */
public final class QuestionnaireCheck {

    public static final int MAX_TEXT = 500;
    public static final int MAX_ANSWER_LENGTH = 2000;
    public static final Set<String> METHODS = Set.of("SHARE_SATISFIED", "MEAN_OVER_5");
    /** Codes become form field names and answer rows (varchar 40). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Set<Integer> SATISFACTION_VALUES = Set.of(1, 2, 3, 4, 5);
    private static final Set<Integer> DOSSIER_VALUES = Set.of(1, 2, 3);
    /** A commune's own questions, blocks and scales are coded X…, the province's never. */
    public static final String OWN_PREFIX = "X";

    public record Problem(String messageKey, Object[] args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, args);
        }
    }

    private QuestionnaireCheck() {
    }

    public static List<Problem> check(Questionnaire q) {
        List<Problem> out = new ArrayList<>();
        code(q.code(), "questionnaire", out);
        text(q.title(), q.code(), true, out);
        text(q.basis(), q.code(), false, out);
        Map<String, Scale> scales = scales(q, out);
        Set<String> parts = new HashSet<>();
        for (Questionnaire.Part p : q.parts()) {
            unique(p.code(), "part", parts, out);
            text(p.name(), p.code(), true, out);
            weight(p.weight(), p.code(), out);
        }
        Set<String> elements = new HashSet<>();
        for (Questionnaire.Element e : q.elements()) {
            unique(e.code(), "element", elements, out);
            text(e.name(), e.code(), true, out);
            weight(e.weight(), e.code(), out);
            if (e.part() == null || !parts.contains(e.part())) {
                out.add(Problem.of("survey.template.unknownPart", e.code(), e.part()));
            }
        }
        blocks(q, scales, elements, out);
        scoring(q.scoring(), out);
        return out;
    }

    /**
     * Whether a commune's own questions may be appended to the province's questionnaire: all the checks above on the
     * whole form (so an own code cannot clash with the province's, and a gate resolves), and own codes start with
     * {@code X}, carry no element and no dossier rating, because the index and the dossier's score count only the
     * province's items. Own blocks bring their own scales (a choice's options), hence {@link OwnQuestions}.
     */
    public static List<Problem> checkOwnBlocks(Questionnaire base, OwnQuestions own) {
        List<Problem> out = new ArrayList<>(check(base.withOwn(own)));
        own.scales().forEach(s -> own(s.code(), out));
        for (Block b : own.blocks()) {
            own(b.code(), out);
            for (Item i : b.items()) {
                own(i.code(), out);
                if (i.element() != null) {
                    out.add(Problem.of("survey.template.ownElement", i.code()));
                }
                if (i.dossierRating()) {
                    out.add(Problem.of("survey.template.ownDossier", i.code()));
                }
            }
        }
        return out;
    }

    private static void own(String code, List<Problem> out) {
        if (code != null && !code.startsWith(OWN_PREFIX)) {
            out.add(Problem.of("survey.template.ownCode", code, OWN_PREFIX));
        }
    }

    private static Map<String, Scale> scales(Questionnaire q, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (Scale s : q.scales()) {
            unique(s.code(), "scale", seen, out);
            Set<Integer> values = new TreeSet<>();
            for (Questionnaire.Option o : s.options() == null ? List.<Questionnaire.Option>of() : s.options()) {
                if (o == null) {
                    out.add(Problem.of("survey.template.textMissing", s.code()));
                    continue;
                }
                if (!values.add(o.value())) {
                    out.add(Problem.of("survey.template.duplicateOption", s.code(), o.value()));
                }
                text(o.label(), s.code(), true, out);
            }
            if (values.isEmpty()) {
                out.add(Problem.of("survey.template.noOptions", s.code()));
            } else if (s.satisfaction() && !values.equals(SATISFACTION_VALUES)) {
                out.add(Problem.of("survey.template.satisfactionScale", s.code()));
            }
        }
        return q.scales().stream().filter(s -> s.code() != null)
                .collect(Collectors.toMap(Scale::code, s -> s, (a, b) -> a));
    }

    private static void blocks(Questionnaire q, Map<String, Scale> scales, Set<String> elements, List<Problem> out) {
        Set<String> blockCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        Map<String, Item> earlier = new java.util.HashMap<>();
        int dossierItems = 0;
        for (Block b : q.blocks()) {
            unique(b.code(), "block", blockCodes, out);
            text(b.title(), b.code(), true, out);
            text(b.intro(), b.code(), false, out);
            gate(b, earlier, scales, out);
            for (Item i : b.items()) {
                unique(i.code(), "item", itemCodes, out);
                item(i, scales, elements, out);
                dossierItems += i.dossierRating() ? 1 : 0;
            }
            b.items().forEach(i -> earlier.putIfAbsent(i.code(), i));
        }
        if (itemCodes.isEmpty()) {
            out.add(Problem.of("survey.template.noItems"));
        }
        if (dossierItems > 1) {
            out.add(Problem.of("survey.template.manyDossierItems", dossierItems));
        }
    }

    private static void item(Item i, Map<String, Scale> scales, Set<String> elements, List<Problem> out) {
        text(i.text(), i.code(), true, out);
        if (i.type() == null) {
            out.add(Problem.of("survey.template.noType", i.code()));
            return;
        }
        Scale scale = i.scale() == null ? null : scales.get(i.scale());
        if (i.type() == ItemType.TEXT) {
            if (i.scale() != null) {
                out.add(Problem.of("survey.template.textWithScale", i.code()));
            }
            if (i.maxLength() != null && (i.maxLength() < 1 || i.maxLength() > MAX_ANSWER_LENGTH)) {
                out.add(Problem.of("survey.template.maxLength", i.code(), MAX_ANSWER_LENGTH));
            }
        } else if (scale == null) {
            out.add(Problem.of("survey.template.unknownScale", i.code(), String.valueOf(i.scale())));
        }
        if (i.element() != null) {
            if (!elements.contains(i.element())) {
                out.add(Problem.of("survey.template.unknownElement", i.code(), i.element()));
            }
            if (i.type() != ItemType.SCALE || scale == null || !scale.satisfaction()) {
                out.add(Problem.of("survey.template.elementNeedsSatisfaction", i.code()));
            }
        }
        if (i.dossierRating() && (i.type() == ItemType.TEXT || i.type() == ItemType.MULTI || scale == null
                || !values(scale).equals(DOSSIER_VALUES))) {
            out.add(Problem.of("survey.template.dossierScale", i.code()));
        }
    }

    private static void gate(Block b, Map<String, Item> earlier, Map<String, Scale> scales, List<Problem> out) {
        Gate g = b.showIf();
        if (g == null || Boolean.TRUE.equals(g.dossier())) {
            return;
        }
        Item on = g.item() == null ? null : earlier.get(g.item());
        if (on == null || on.type() == ItemType.TEXT) {
            out.add(Problem.of("survey.template.gateItem", b.code(), String.valueOf(g.item())));
            return;
        }
        Scale scale = scales.get(on.scale());
        if (g.anyOf() == null || g.anyOf().isEmpty() || scale == null
                || !values(scale).containsAll(g.anyOf().stream().filter(v -> v != null).toList())
                || g.anyOf().contains(null)) {
            out.add(Problem.of("survey.template.gateValues", b.code(), g.item()));
        }
    }

    private static void scoring(Questionnaire.Scoring s, List<Problem> out) {
        if (s == null || s.method() == null || !METHODS.contains(s.method())) {
            out.add(Problem.of("survey.template.method"));
            return;
        }
        if (s.satisfiedFrom() == null || s.satisfiedFrom() < 2 || s.satisfiedFrom() > 5) {
            out.add(Problem.of("survey.template.satisfiedFrom"));
        }
        if (s.minSample() == null || s.minSample() < 1) {
            out.add(Problem.of("survey.template.minSample"));
        }
    }

    private static Set<Integer> values(Scale s) {
        return s.options() == null ? Set.of()
                : s.options().stream().map(Questionnaire.Option::value).collect(Collectors.toSet());
    }

    private static void code(String code, String what, List<Problem> out) {
        if (code == null || code.isBlank()) {
            out.add(Problem.of("survey.template.codeMissing", what));
        } else if (!CODE.matcher(code).matches()) {
            out.add(Problem.of("survey.template.codeInvalid", code));
        }
    }

    private static void unique(String code, String what, Set<String> seen, List<Problem> out) {
        code(code, what, out);
        if (code != null && !code.isBlank() && !seen.add(code)) {
            out.add(Problem.of("survey.template.codeDuplicate", code));
        }
    }

    private static void text(String text, String where, boolean required, List<Problem> out) {
        if (text == null || text.isBlank()) {
            if (required) {
                out.add(Problem.of("survey.template.textMissing", where));
            }
        } else if (text.length() > MAX_TEXT) {
            out.add(Problem.of("survey.template.textTooLong", where, MAX_TEXT));
        }
    }

    private static void weight(BigDecimal weight, String code, List<Problem> out) {
        if (weight != null && weight.signum() < 0) {
            out.add(Problem.of("survey.template.weight", code));
        }
    }
}
