package vn.cchc.registers.propaganda;

import java.time.LocalDate;

/** A PAR article or broadcast of a unit, published as a link or an evidence file. */
public record Article(long id, long communeId, long unitId, String unitName, String title, String link, Long documentId,
                      Channel channel, LocalDate publishedOn) {

    public enum Channel {
        COMMUNE_SITE, PROVINCE_PAGE, RADIO, SOCIAL, OTHER
    }
}
