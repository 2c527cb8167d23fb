package vn.cchc.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What fills the common placeholders: who issues, number, date, type, summary, signature and recipients. The last
 * recipient line is "Lưu: VT, <unit>." and the others end with ";", as ND 30 writes them.
 */
public record DocumentHeader(IssuingBody issuer, DocumentNumber number, LocalDate date, String type, String summary,
                             SigningBlock signing, List<String> recipients, String archiveUnit) {

    Map<String, Object> placeholders() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(CommonPlaceholders.PARENT_BODY, "");
        data.put(CommonPlaceholders.ISSUING_BODY, issuer.heading());
        data.put(CommonPlaceholders.NUMBER, number.line());
        data.put(CommonPlaceholders.PLACE_DATE, OfficialDate.placeAndDate(issuer.place(), date));
        data.put(CommonPlaceholders.TYPE, type.toUpperCase(Locale.forLanguageTag("vi")));
        data.put(CommonPlaceholders.SUMMARY, summary);
        data.put(CommonPlaceholders.AUTHORITY, signing.authorityText());
        data.put(CommonPlaceholders.SIGNER, signing.signerName());
        data.put(CommonPlaceholders.RECIPIENTS, recipientLines());
        return data;
    }

    String recipientLines() {
        StringBuilder lines = new StringBuilder();
        for (String recipient : recipients) {
            lines.append("- ").append(recipient.strip()).append(";\n");
        }
        return lines.append("- Lưu: VT").append(archiveUnit == null || archiveUnit.isBlank() ? "" : ", " + archiveUnit)
                .append('.').toString();
    }
}
