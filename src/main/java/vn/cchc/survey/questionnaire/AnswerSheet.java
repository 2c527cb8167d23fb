package vn.cchc.survey.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.shared.CleanText;
import vn.cchc.survey.questionnaire.Questionnaire.Block;
import vn.cchc.survey.questionnaire.Questionnaire.Gate;
import vn.cchc.survey.questionnaire.Questionnaire.Item;
import vn.cchc.survey.questionnaire.Questionnaire.ItemType;

/**
 * Reads a filled form against its questionnaire: which blocks were shown (a gate opens on an earlier answer or on a
 * dossier code), the answers to the shown items, and what is wrong. Answers to hidden blocks are dropped, because the
 * person was never asked them; a value the item's scale does not offer is a forged or broken form, not an answer.
 */
public final class AnswerSheet {

    /** A text answer's length when the item names none. */
    public static final int DEFAULT_TEXT_LENGTH = 1000;
    /** The name a form field carries for an item: {@code a.} and the item code. */
    public static final String PREFIX = "a.";

    public record Answer(String itemCode, Integer value, String text) {
    }

    public record Problem(String itemCode, String messageKey, Object[] args) {
    }

    public record Result(List<Answer> answers, List<Problem> problems, Set<String> shownBlocks) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The values given on satisfaction and other scale items, in the order asked (for straight-lining). */
        public List<Integer> scaleValues(Questionnaire q) {
            List<Integer> out = new ArrayList<>();
            for (Answer a : answers) {
                q.item(a.itemCode()).filter(i -> i.type() == ItemType.SCALE && a.value() != null)
                        .ifPresent(i -> out.add(a.value()));
            }
            return out;
        }

        public java.util.Optional<Integer> value(String itemCode) {
            return answers.stream().filter(a -> a.itemCode().equals(itemCode) && a.value() != null)
                    .map(Answer::value).findFirst();
        }
    }

    private AnswerSheet() {
    }

    /** Reads the posted fields ({@code a.<item code>} → values) of a form opened with or without a dossier code. */
    public static Result read(Questionnaire q, Map<String, List<String>> fields, boolean withDossier) {
        List<Answer> answers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        Map<String, Set<Integer>> given = new HashMap<>();
        for (Block block : q.blocks()) {
            if (!opens(block.showIf(), given, withDossier)) {
                continue;
            }
            shown.add(block.code());
            for (Item item : block.items()) {
                List<String> raw = fields.getOrDefault(PREFIX + item.code(), List.of()).stream()
                        .filter(v -> v != null && !v.isBlank()).toList();
                if (raw.isEmpty()) {
                    if (item.required()) {
                        problems.add(new Problem(item.code(), "survey.answer.required", new Object[0]));
                    }
                    continue;
                }
                read(q, item, raw, answers, problems, given);
            }
        }
        return new Result(answers, problems, shown);
    }

    private static void read(Questionnaire q, Item item, List<String> raw, List<Answer> answers,
                             List<Problem> problems, Map<String, Set<Integer>> given) {
        if (item.type() == ItemType.TEXT) {
            String text = CleanText.clean(String.join("\n", raw)).strip();
            int max = item.maxLength() == null ? DEFAULT_TEXT_LENGTH : item.maxLength();
            if (text.length() > max) {
                problems.add(new Problem(item.code(), "survey.answer.tooLong", new Object[] {max, text.length()}));
            } else if (!text.isEmpty()) {
                answers.add(new Answer(item.code(), null, text));
            }
            return;
        }
        if (item.type() != ItemType.MULTI && raw.size() > 1) {
            problems.add(new Problem(item.code(), "survey.answer.invalid", new Object[0]));
            return;
        }
        Questionnaire.Scale scale = q.scale(item.scale()).orElse(null);
        Set<Integer> values = new LinkedHashSet<>();
        for (String r : raw) {
            Integer v = number(r.strip());
            if (v == null || scale == null || scale.option(v).isEmpty()) {
                problems.add(new Problem(item.code(), "survey.answer.invalid", new Object[0]));
                return;
            }
            values.add(v);
        }
        values.forEach(v -> answers.add(new Answer(item.code(), v, null)));
        given.put(item.code(), values);
    }

    private static boolean opens(Gate gate, Map<String, Set<Integer>> given, boolean withDossier) {
        if (gate == null) {
            return true;
        }
        if (Boolean.TRUE.equals(gate.dossier())) {
            return withDossier;
        }
        Set<Integer> values = given.getOrDefault(gate.item(), Set.of());
        return gate.anyOf() != null && gate.anyOf().stream().anyMatch(values::contains);
    }

    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
