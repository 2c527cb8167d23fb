package vn.cchc.documents;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The official documents the app produces, each from a template a province may replace. */
public enum DocumentKind {
    PLAN("plan", "ke-hoach", "KH", new PlanDocument()),
    /** "PXL": the symbol of the 2018 form (phiếu xin lỗi); ND 30's list has no type for it. */
    APOLOGY_LETTER("apology-letter", "phieu-xin-loi", "PXL", new ApologyLetterDocument()),
    PAR_SELF_ASSESSMENT("par-self-assessment", "bao-cao-tu-danh-gia-chi-so-cchc", "BC", new ParSelfAssessmentDocument()),
    PERIODIC_REPORT("periodic-report", "bao-cao-cchc-dinh-ky", "BC", new PeriodicReportDocument());

    private final String slug;
    private final String fileStem;
    private final String typeAbbreviation;
    private final DocumentDefinition definition;

    DocumentKind(String slug, String fileStem, String typeAbbreviation, DocumentDefinition definition) {
        this.slug = slug;
        this.fileStem = fileStem;
        this.typeAbbreviation = typeAbbreviation;
        this.definition = definition;
    }

    public String slug() {
        return slug;
    }

    /** Nghị định 30/2020, Phụ lục III: KH for a plan, BC for a report, … */
    String typeAbbreviation() {
        return typeAbbreviation;
    }

    /** The Vietnamese (unaccented) stem of its templates' file names: "mau-mac-dinh-ke-hoach.docx". */
    String fileStem() {
        return fileStem;
    }

    public String messageKey() {
        return "documents.kind." + slug;
    }

    DocumentDefinition definition() {
        return definition;
    }

    TemplateVocabulary vocabulary() {
        return CommonPlaceholders.vocabulary().with(definition.bodyVocabulary());
    }

    /** Sample values of every placeholder: the common ones with this document's type, number and summary. */
    Map<String, Object> sample() {
        Map<String, Object> data = new LinkedHashMap<>(CommonPlaceholders.sample());
        data.put(CommonPlaceholders.NUMBER, DocumentNumber.of(5, typeAbbreviation, "UBND").line());
        data.put(CommonPlaceholders.TYPE, definition.sampleType());
        data.put(CommonPlaceholders.SUMMARY, definition.sampleSummary());
        data.putAll(definition.sampleBody());
        return data;
    }

    static Optional<DocumentKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
