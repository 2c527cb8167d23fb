package vn.cchc.survey.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import vn.cchc.shared.InvalidInput;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.Questionnaire.Block;
import vn.cchc.survey.questionnaire.Questionnaire.Element;
import vn.cchc.survey.questionnaire.Questionnaire.Item;
import vn.cchc.survey.questionnaire.Questionnaire.Part;

/**
 * What the edit page may change on a version — title, scoring, weights, each item's text and whether it is required
 * — read from the posted fields ({@code text.<item code>}, {@code required.<item code>}, {@code partWeight.<code>},
 * {@code elementWeight.<code>}). Structure (items, scales, gates) changes only by uploading a file, so an edit cannot
 * break what earlier answers mean. A field not posted keeps the version's value; a checkbox not posted is unticked.
 */
final class TemplateEdit {

    private TemplateEdit() {
    }

    /** The fields as the page shows them for a version. */
    static Map<String, String> values(Questionnaire q) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", q.title());
        v.put("method", q.scoring() == null ? "" : q.scoring().method());
        v.put("satisfiedFrom", q.scoring() == null ? "" : String.valueOf(q.scoring().satisfiedFrom()));
        v.put("minSample", q.scoring() == null ? "" : String.valueOf(q.scoring().minSample()));
        q.parts().forEach(p -> v.put("partWeight." + p.code(), weight(p.weight())));
        q.elements().forEach(e -> v.put("elementWeight." + e.code(), weight(e.weight())));
        for (Item i : q.items()) {
            v.put("text." + i.code(), i.text());
            v.put("required." + i.code(), String.valueOf(i.required()));
        }
        return v;
    }

    /** The fields as typed, for showing them again after a refusal. */
    static Map<String, String> typed(Questionnaire q, MultiValueMap<String, String> posted) {
        Map<String, String> v = values(q);
        v.replaceAll((k, old) -> k.startsWith("required.") ? String.valueOf(posted.containsKey(k))
                : posted.containsKey(k) ? first(posted, k) : old);
        return v;
    }

    /** The edited questionnaire; {@link InvalidInput} when a number does not read. Rules are checked on publishing. */
    static Questionnaire apply(Questionnaire q, MultiValueMap<String, String> posted) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String title = text(posted, "title", q.title());
        Questionnaire.Scoring s = q.scoring() == null ? new Questionnaire.Scoring(null, null, null) : q.scoring();
        Questionnaire.Scoring scoring = new Questionnaire.Scoring(text(posted, "method", s.method()),
                number(posted, "satisfiedFrom", s.satisfiedFrom(), problems),
                number(posted, "minSample", s.minSample(), problems));
        List<Part> parts = q.parts().stream().map(p -> new Part(p.code(), p.name(),
                decimal(posted, "partWeight." + p.code(), p.weight(), problems))).toList();
        List<Element> elements = q.elements().stream().map(e -> new Element(e.code(), e.part(), e.name(),
                decimal(posted, "elementWeight." + e.code(), e.weight(), problems))).toList();
        List<Block> blocks = q.blocks().stream().map(b -> new Block(b.code(), b.title(), b.intro(), b.showIf(),
                b.items().stream().map(i -> new Item(i.code(), text(posted, "text." + i.code(), i.text()), i.type(),
                        i.scale(), i.element(), posted.containsKey("required." + i.code()), i.dossierRating(),
                        i.maxLength())).toList())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Questionnaire(q.code(), title, q.basis(), q.scales(), parts, elements, blocks, scoring);
    }

    private static String text(MultiValueMap<String, String> posted, String key, String old) {
        return posted.containsKey(key) ? first(posted, key).strip() : old;
    }

    private static Integer number(MultiValueMap<String, String> posted, String key, Integer old,
                                  List<InvalidInput.Problem> problems) {
        if (!posted.containsKey(key)) {
            return old;
        }
        String raw = first(posted, key).strip();
        try {
            if (raw.length() > 9) {
                throw new NumberFormatException(raw);
            }
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            problems.add(new InvalidInput.Problem(key, "survey.template.notNumber", new Object[] {raw}));
            return old;
        }
    }

    private static BigDecimal decimal(MultiValueMap<String, String> posted, String key, BigDecimal old,
                                      List<InvalidInput.Problem> problems) {
        if (!posted.containsKey(key)) {
            return old;
        }
        String raw = first(posted, key).strip().replace(',', '.');
        if (raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(raw);
            if (d.abs().compareTo(BigDecimal.valueOf(1000)) > 0 || d.scale() > 4) {
                throw new NumberFormatException(raw);
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(new InvalidInput.Problem(key, "survey.template.notWeight", new Object[] {raw}));
            return old;
        }
    }

    private static String first(MultiValueMap<String, String> posted, String key) {
        String v = posted.getFirst(key);
        return v == null ? "" : v;
    }

    private static String weight(BigDecimal w) {
        return w == null ? "" : w.toPlainString();
    }
}
