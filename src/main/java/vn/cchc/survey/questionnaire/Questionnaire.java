package vn.cchc.survey.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire as data: its scales, the parts and elements satisfaction is measured on, and blocks of items, a
 * block shown only when an earlier answer (an experience) or a dossier code opens it. Read from the JSON a province
 * publishes ({@link QuestionnaireJson}); checked by {@link QuestionnaireCheck}.
 */
public record Questionnaire(String code, String title, String basis, List<Scale> scales, List<Part> parts,
                            List<Element> elements, List<Block> blocks, Scoring scoring) {

    public Questionnaire {
        scales = scales == null ? List.of() : List.copyOf(scales);
        parts = parts == null ? List.of() : List.copyOf(parts);
        elements = elements == null ? List.of() : List.copyOf(elements);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public enum ItemType { CHOICE, MULTI, SCALE, TEXT }

    /** A set of answer options; a satisfaction scale runs 1 (very dissatisfied) to 5 (very satisfied). */
    public record Scale(String code, boolean satisfaction, List<Option> options) {
        public Optional<Option> option(int value) {
            return options.stream().filter(o -> o.value() == value).findFirst();
        }
    }

    public record Option(int value, String label) {
    }

    /** A part of the index (policy, public services) and its weight in the overall figure (default 1). */
    public record Part(String code, String name, BigDecimal weight) {
    }

    /** An element of a part (access, procedures, civil servants, results, feedback) and its weight in the part. */
    public record Element(String code, String part, String name, BigDecimal weight) {
    }

    /**
     * When a block is shown: when item {@code item} was answered with one of {@code anyOf}, or (dossier = true) when
     * the form was opened with a dossier code. No gate: always.
     */
    public record Gate(String item, List<Integer> anyOf, Boolean dossier) {
    }

    public record Block(String code, String title, String intro, Gate showIf, List<Item> items) {
        public Block {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * A question. {@code element}: the element a satisfaction item counts in; {@code dossierRating}: the item whose
     * answer (on the one-stop system's 3-level scale) is attached to the dossier whose code opened the form.
     */
    public record Item(String code, String text, ItemType type, String scale, String element, boolean required,
                       boolean dossierRating, Integer maxLength) {
    }

    /** How answers become an index; the official formula is not confirmed, so each questionnaire says. */
    public record Scoring(String method, Integer satisfiedFrom, Integer minSample) {
    }

    public List<Item> items() {
        return blocks.stream().flatMap(b -> b.items().stream()).toList();
    }

    public Optional<Item> item(String itemCode) {
        return items().stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    public Optional<Scale> scale(String scaleCode) {
        return scales.stream().filter(s -> s.code().equals(scaleCode)).findFirst();
    }

    public Optional<Element> element(String elementCode) {
        return elements.stream().filter(e -> e.code().equals(elementCode)).findFirst();
    }

    public Optional<Item> dossierRatingItem() {
        return items().stream().filter(Item::dossierRating).findFirst();
    }

    /** This questionnaire with a commune's own questions appended after its own. */
    public Questionnaire withOwn(OwnQuestions own) {
        if (own == null || own.blocks().isEmpty()) {
            return this;
        }
        List<Scale> allScales = new ArrayList<>(scales);
        allScales.addAll(own.scales());
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(own.blocks());
        return new Questionnaire(code, title, basis, allScales, parts, elements, all, scoring);
    }
}
