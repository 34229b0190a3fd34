package trade.dsl.ast;

import java.util.Optional;

/** Comparison operators, spelled as in Plays. */
public enum Operator {
    GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!="), IN("in"), BETWEEN("between"),
    NEAR_ABS("near_abs"), NEAR_PCT("near_pct"), CROSS_ABOVE("cross_above"), CROSS_BELOW("cross_below");

    private final String symbol;

    Operator(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    public boolean near() { return this == NEAR_ABS || this == NEAR_PCT; }

    public boolean cross() { return this == CROSS_ABOVE || this == CROSS_BELOW; }

    public static Optional<Operator> parse(String text) {
        for (Operator op : values()) if (op.symbol.equals(text)) return Optional.of(op);
        return Optional.empty();
    }
}
