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

    private Defaults() {}
}
