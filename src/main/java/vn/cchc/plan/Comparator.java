package vn.cchc.plan;

import java.math.BigDecimal;

/** The comparison a target's actual value must satisfy against its threshold. */
public enum Comparator {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal actual, BigDecimal threshold) {
        int c = actual.compareTo(threshold);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }
}
