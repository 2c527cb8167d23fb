package vn.cchc.survey.questionnaire;

import java.util.List;

/**
 * A commune's own questions added after the province's questionnaire: their scales (a choice question brings its
 * own options) and one or more blocks. They are asked and exported, never counted in the satisfaction index, whose
 * items are the province's.
 */
public record OwnQuestions(List<Questionnaire.Scale> scales, List<Questionnaire.Block> blocks) {

    public static final OwnQuestions NONE = new OwnQuestions(List.of(), List.of());

    public OwnQuestions {
        scales = scales == null ? List.of() : List.copyOf(scales);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public boolean isEmpty() {
        return blocks.stream().allMatch(b -> b.items().isEmpty());
    }

    public List<Questionnaire.Item> items() {
        return blocks.stream().flatMap(b -> b.items().stream()).toList();
    }
}
