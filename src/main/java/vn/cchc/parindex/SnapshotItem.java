package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.List;

/** One criterion as it was submitted, inside a frozen snapshot. */
public record SnapshotItem(String code, String title, BigDecimal maxPoints, String unit, BigDecimal selfPoints,
                           Integer count, BigDecimal computedPoints, BigDecimal computedFigure, String overrideReason,
                           String comment, String explanation, List<Document> evidence) {

    public record Document(long id, String title, String fileName, String sha256) {
    }
}
