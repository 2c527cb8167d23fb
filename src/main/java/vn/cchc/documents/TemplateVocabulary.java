package vn.cchc.documents;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The placeholders a document's template may use: plain fields ({{so_ky_hieu}}), blocks ({{?muc}}…{{/muc}}, shown
 * when true or repeated once per item, with their own vocabulary inside) and table-row loops ({{nhiem_vu}} in the
 * header row just above a template row whose cells hold [stt], [ten], …). Required names must appear, or the document loses content.
 */
public final class TemplateVocabulary {

    private final Map<String, Boolean> fields = new LinkedHashMap<>();
    private final Map<String, TemplateVocabulary> blocks = new LinkedHashMap<>();
    private final Map<String, Set<String>> rowLoops = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();

    public TemplateVocabulary field(String name) {
        fields.put(name, true);
        return this;
    }

    public TemplateVocabulary fields(String... names) {
        for (String name : names) {
            field(name);
        }
        return this;
    }

    public TemplateVocabulary block(String name, TemplateVocabulary inside) {
        blocks.put(name, inside);
        return this;
    }

    public TemplateVocabulary rowLoop(String name, String... rowFields) {
        rowLoops.put(name, new LinkedHashSet<>(java.util.List.of(rowFields)));
        return this;
    }

    public TemplateVocabulary require(String... names) {
        required.addAll(java.util.List.of(names));
        return this;
    }

    /** This vocabulary plus another's names (the common header and signature placeholders, say). */
    public TemplateVocabulary with(TemplateVocabulary other) {
        other.fields.keySet().forEach(this::field);
        blocks.putAll(other.blocks);
        rowLoops.putAll(other.rowLoops);
        required.addAll(other.required);
        return this;
    }

    public boolean hasField(String name) {
        return fields.containsKey(name);
    }

    public TemplateVocabulary blockVocabulary(String name) {
        return blocks.get(name);
    }

    public Set<String> rowFields(String loop) {
        return rowLoops.get(loop);
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }

    public Map<String, TemplateVocabulary> blocks() {
        return blocks;
    }

    public Map<String, Set<String>> rowLoops() {
        return rowLoops;
    }

    public Set<String> required() {
        return required;
    }
}
