package trade.play;

/**
 * Values used when a Play leaves a field out (the same values as {@code configs/defaults.yml},
 * which documents them for users; a test keeps the two equal).
 */
public final class Defaults {
    public static final double EQUITY = 10_000.0;
    public static final double TAKER_BPS = 5.5;
    public static final double MAKER_BPS = 2.0;
    public static final double SLIPPAGE_BPS = 2.0;
    public static final double MAX_POSITION_PCT = 10.0;
    /** Fee on the value of a liquidated position, settled at the bankruptcy price (not a Play key). */
    public static final double LIQUIDATION_BPS = 5.5;
    /** Funding rate per 8 hours for data without a funding series (synthetic): 0.01 %, Bybit's usual rate. */
    public static final double FUNDING_RATE = 0.0001;

    private Defaults() {}
}
