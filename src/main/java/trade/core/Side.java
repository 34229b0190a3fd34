package trade.core;

/** Direction of a position. */
public enum Side {
    LONG, SHORT;

    /** +1 for long, -1 for short: PnL = sign × (exit − entry) × qty. */
    public int sign() { return this == LONG ? 1 : -1; }

    public String label() { return this == LONG ? "long" : "short"; }
}
