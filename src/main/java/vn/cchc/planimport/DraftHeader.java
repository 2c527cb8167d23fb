package vn.cchc.planimport;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.plan.PlanKind;

/**
 * The plan's identity as stated in the document: issuing body ("UBND phường Bắc Nha Trang"), title, number
 * ("45/KH-UBND"), date, the period code it covers ({@code 2025}, {@code 2025S2}), its kind, and the legal bases
 * ("Căn cứ …", "Thực hiện …"). Any field may be null when the document does not state it.
 */
public record DraftHeader(String issuingBody, String title, String documentNumber, LocalDate documentDate,
                          String periodCode, PlanKind kind, List<String> legalBases, LineSpan span) {
    public DraftHeader {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }
}
