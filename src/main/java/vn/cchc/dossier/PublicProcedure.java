package vn.cchc.dossier;

import java.math.BigDecimal;

/**
 * A catalogue entry as the public site shows it: name, code, field, statutory time in working days (null: not
 * recorded), where the dossier is filed, and the fees ({@code feeText} as published, empty when only whether a fee
 * applies is known).
 */
public record PublicProcedure(String code, String name, String field, BigDecimal processingDays, Filing filing,
                              boolean feeBearing, String feeText, boolean paymentIntegrated) {

    /** Where a citizen files: fully online, online in part or at the one-stop office, or at the office only. */
    public enum Filing {
        FULLY_ONLINE, PARTLY_ONLINE, OFFICE
    }
}
