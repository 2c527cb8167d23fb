package vn.cchc.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share with its counts kept, so pages show "95,5% (191/200)" and a zero denominator shows as no value. */
public record Ratio(long part, long whole) {

    public boolean defined() {
        return whole > 0;
    }

    /** 0–1 with 6 decimals, or null without a denominator. */
    public BigDecimal rate() {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    /** 0–100 with 2 decimals (the 766 spec's rounding), or null. */
    public BigDecimal percent() {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
