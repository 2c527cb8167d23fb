package vn.cchc.documents;

import java.util.Map;

/**
 * One kind of official document: the placeholders its body may use, the body of its shipped default template and
 * sample data (every placeholder filled) with which an uploaded template is test-rendered before it is accepted.
 * The header, title and signature placeholders are common to every kind ({@link CommonPlaceholders}).
 */
interface DocumentDefinition {

    TemplateVocabulary bodyVocabulary();

    /** Writes the default body between the title and the signature, in ND 30 layout. */
    void writeBody(Nd30Writer writer);

    /** Writes what follows the signature (appendix tables), if the document has any. */
    default void writeAppendices(Nd30Writer writer) {
    }

    /** The document type in the sample, in capitals ("BÁO CÁO"). */
    String sampleType();

    /** The summary line (trích yếu) in the sample. */
    String sampleSummary();

    /** Sample values for the body's placeholders, as the renderer receives them (strings, lists of maps). */
    Map<String, Object> sampleBody();
}
