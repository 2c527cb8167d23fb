package vn.cchc.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.dossier.LateDossiers;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.VietnamTime;

/**
 * The apology letter for a late dossier, filled from the ledger and the officer's reason and new date; generating it
 * records the apology date back on the dossier, in the same transaction, so a letter never goes out unrecorded.
 */
@Service
class ApologyLetters {

    static final int MAX_REASON = 1000;

    private final LateDossiers late;
    private final OrgDirectory org;
    private final DocumentTemplates templates;
    private final DocumentAccess access;
    private final PdfConverter pdf;
    private final Clock clock;

    ApologyLetters(LateDossiers late, OrgDirectory org, DocumentTemplates templates, DocumentAccess access,
                   PdfConverter pdf, Clock clock) {
        this.pdf = pdf;
        this.late = late;
        this.org = org;
        this.templates = templates;
        this.access = access;
        this.clock = clock;
    }

    LateDossiers.Late facts(CurrentUser user, String code) {
        requireManager(user);
        return late.apologyFacts(user.requireCommune(), code);
    }

    /**
     * The letter as DOCX, or as PDF when asked; the PDF is made before the transaction ends, so a conversion that
     * fails leaves the apology unrecorded, as if nothing had been asked.
     */
    @Transactional
    GeneratedDocument generate(CurrentUser user, String code, ApologyForm form, boolean asPdf) {
        LateDossiers.Late dossier = facts(user, code);
        LocalDate today = VietnamTime.today(clock);
        form.check(today);
        late.recordApology(user, dossier.code(), form.apologyDate());
        long communeId = user.requireCommune();
        Commune commune = org.commune(communeId);
        IssuingBody issuer = IssuingBody.of(commune);
        DocumentHeader header = new DocumentHeader(issuer,
                DocumentNumber.of(null, DocumentKind.APOLOGY_LETTER.typeAbbreviation(), issuer.shortName()),
                form.apologyDate(), "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "",
                access.defaultSigning(communeId),
                List.of(form.addressee()), access.archiveUnit(communeId));
        byte[] docx = templates.render(commune.provinceId(), DocumentKind.APOLOGY_LETTER, header,
                body(dossier, form, issuer));
        String name = "thu-xin-loi-" + dossier.code();
        return asPdf ? new GeneratedDocument(pdf.toPdf(docx), name + ".pdf") : new GeneratedDocument(docx, name + ".docx");
    }

    private static Map<String, Object> body(LateDossiers.Late d, ApologyForm form, IssuingBody issuer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(ApologyLetterDocument.ADDRESSEE, form.addressee());
        body.put(ApologyLetterDocument.RECEIVED, VietnamTime.DATE.format(VietnamTime.date(d.receivedAt())));
        body.put(ApologyLetterDocument.OFFICE, d.unitName() == null || d.unitName().isBlank()
                ? issuer.committeeShort() : d.unitName() + " " + issuer.communeInText());
        body.put(ApologyLetterDocument.APPLICANT, d.applicant() == null ? "" : d.applicant());
        body.put(ApologyLetterDocument.PROCEDURE, d.procedureName());
        body.put(ApologyLetterDocument.CODE, d.code());
        body.put(ApologyLetterDocument.PROMISED, VietnamTime.DATE.format(VietnamTime.date(
                d.appointmentAt() == null ? d.dueAt() : d.appointmentAt())));
        body.put(ApologyLetterDocument.REASON, form.reason().strip());
        body.put(ApologyLetterDocument.NEW_DATE, OfficialDate.date(form.newDate()));
        return body;
    }

    private void requireManager(CurrentUser user) {
        if (!late.canApologise(user)) {
            throw new org.springframework.security.access.AccessDeniedException("only the ledger's managers");
        }
    }

    /** What the officer types: to whom, why it is late, the new date, and the letter's date. */
    record ApologyForm(String addressee, String reason, LocalDate newDate, LocalDate apologyDate) {

        void check(LocalDate today) {
            if (addressee == null || addressee.isBlank() || addressee.length() > 200) {
                throw InvalidInput.of("addressee", "documents.apology.addressee");
            }
            if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
                throw InvalidInput.of("reason", "documents.apology.reason", MAX_REASON);
            }
            if (newDate == null || newDate.isBefore(today)) {
                throw InvalidInput.of("newDate", "documents.apology.newDate", VietnamTime.DATE.format(today));
            }
            if (apologyDate == null) {
                throw InvalidInput.of("apologyDate", "documents.apology.date");
            }
        }
    }
}
