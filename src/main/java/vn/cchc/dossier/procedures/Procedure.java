package vn.cchc.dossier.procedures;

import java.math.BigDecimal;

/**
 * One entry of the procedure catalogue (danh mục TTHC) with its statutory processing time in working days; {@code
 * feeText} is the fees as published ("50.000 đồng/bộ hồ sơ"), empty when only {@code feeBearing} is known.
 */
public record Procedure(long id, String code, String name, String field, BigDecimal processingDays,
                        OnlineLevel onlineLevel, boolean feeBearing, boolean paymentIntegrated, String feeText) {
}
