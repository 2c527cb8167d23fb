package vn.cchc.plan;

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
}
