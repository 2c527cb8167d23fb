package vn.cchc.survey;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.InvalidInput;
import vn.cchc.survey.questionnaire.OwnQuestions;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.Questionnaire.ItemType;

/**
 * Adds and removes a commune's own questions. They live in one block after the province's; each gets the next code
 * X1, X2… (never reused, so an exported column keeps its meaning) and, for a choice, a scale of its own options.
 */
final class OwnQuestionEditor {

    static final String BLOCK = "X";
    private static final int MAX_QUESTIONS = 20;
    private static final int MAX_OPTIONS = 12;

    private OwnQuestionEditor() {
    }

    /**
     * The own questions with one more; {@code highestUsed}: the highest number any earlier form version of the survey
     * used; {@code satisfaction} gives a 1–5 item its labels (the province's scale).
     */
    static OwnQuestions add(OwnQuestions own, int highestUsed, String blockTitle, String text, ItemType type, String optionLines,
                            boolean required, Questionnaire.Scale satisfaction) {
        String question = CleanText.clean(text == null ? "" : text).strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (question.isEmpty() || question.length() > 500) {
            problems.add("text", "survey.own.text.invalid");
        }
        if (own.items().size() >= MAX_QUESTIONS) {
            problems.add("text", "survey.own.tooMany", MAX_QUESTIONS);
        }
        List<String> options = lines(optionLines);
        boolean choice = type == ItemType.CHOICE || type == ItemType.MULTI;
        if (choice && (options.size() < 2 || options.size() > MAX_OPTIONS || options.stream().anyMatch(o -> o.length() > 200))) {
            problems.add("options", "survey.own.options.invalid", MAX_OPTIONS);
        }
        problems.throwIfAny();
        String code = BLOCK + (Math.max(highestUsed, highest(own)) + 1);
        List<Questionnaire.Scale> scales = new ArrayList<>(own.scales());
        String scale = null;
        if (choice) {
            List<Questionnaire.Option> opts = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                opts.add(new Questionnaire.Option(i + 1, options.get(i)));
            }
            scales.add(new Questionnaire.Scale(code, false, opts));
            scale = code;
        } else if (type == ItemType.SCALE) {
            scales.add(new Questionnaire.Scale(code, true, satisfaction.options()));
            scale = code;
        }
        Questionnaire.Item item = new Questionnaire.Item(code, question, type, scale, null, required, false,
                type == ItemType.TEXT ? 1000 : null);
        List<Questionnaire.Item> items = new ArrayList<>(own.items());
        items.add(item);
        return new OwnQuestions(scales, List.of(new Questionnaire.Block(BLOCK, blockTitle, null, null, items)));
    }

    static OwnQuestions remove(OwnQuestions own, String code) {
        List<Questionnaire.Item> items = own.items().stream().filter(i -> !i.code().equals(code)).toList();
        if (items.size() == own.items().size()) {
            throw InvalidInput.of(null, "survey.own.unknown");
        }
        List<Questionnaire.Scale> scales = own.scales().stream().filter(s -> !s.code().equals(code)).toList();
        String title = own.blocks().isEmpty() ? "" : own.blocks().get(0).title();
        return items.isEmpty() ? new OwnQuestions(List.of(), List.of())
                : new OwnQuestions(scales, List.of(new Questionnaire.Block(BLOCK, title, null, null, items)));
    }

    /** The highest number in the own questions' codes. */
    static int highest(OwnQuestions own) {
        int max = 0;
        for (Questionnaire.Item i : own.items()) {
            try {
                max = Math.max(max, Integer.parseInt(i.code().substring(BLOCK.length())));
            } catch (NumberFormatException e) {
                // a code not of ours: ignored for numbering
            }
        }
        return max;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(l -> CleanText.clean(l).strip()).filter(l -> !l.isEmpty()).distinct().toList();
    }
}
