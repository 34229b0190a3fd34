package trade.dsl.ast;

import java.util.Optional;

/** Binary arithmetic on operands. {@code %} is floored modulo (sign of the divisor). */
public enum ArithOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%");

    private final String symbol;

    ArithOp(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    public static Optional<ArithOp> parse(String text) {
        for (ArithOp op : values()) if (op.symbol.equals(text)) return Optional.of(op);
        return Optional.empty();
    }
}
