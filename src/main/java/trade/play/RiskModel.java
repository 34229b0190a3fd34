package trade.play;

/**
 * How each position is protected and sized (play-dsl §6), from either {@code risk:} (shorthand)
 * or {@code risk_model:} (full form). {@code breakEven} and {@code trailing} are null when absent.
 */
public record RiskModel(StopLoss stopLoss, TakeProfit takeProfit, Sizing sizing, BreakEven breakEven,
                        Trailing trailing, OrderType stopOrderType, OrderType targetOrderType) {

    /** Market or limit, for the stop and target orders. */
    public enum OrderType { MARKET, LIMIT }

    public enum StopType {
        PERCENT, ATR_MULTIPLE, FIXED_POINTS, TRAILING_ATR, TRAILING_PCT;

        public boolean trailing() { return this == TRAILING_ATR || this == TRAILING_PCT; }
    }

    public enum TargetType { PERCENT, RR_RATIO, ATR_MULTIPLE, FIXED_POINTS }

    public enum SizingModel { PERCENT_EQUITY, RISK_BASED, FIXED_USDT }

    /**
     * @param value ROI % (percent), ATR multiple or price units (fixed_points); NaN for trailing types
     * @param atrFeatureId feature read for ATR-based types, or null
     * @param atrMultiplier and {@code trailPct}, {@code activationPct}: trailing types only (NaN otherwise)
     */
    public record StopLoss(StopType type, double value, String atrFeatureId, double bufferPct,
                           double atrMultiplier, double trailPct, double activationPct) {}

    public record TakeProfit(TargetType type, double value, String atrFeatureId) {}

    /** @param maxLeverage leverage used to turn margin into notional */
    public record Sizing(SizingModel model, double value, double maxLeverage) {}

    /** Thresholds are price percents, not ROI. */
    public record BreakEven(double activationPct, double offsetPct) {}

    /** A trailing stop on top of the initial stop: ATR-based when {@code atrFeatureId} is set, else percent. */
    public record Trailing(double atrMultiplier, String atrFeatureId, double trailPct, double activationPct) {}
}
