package trade.synth;

/**
 * Tuning constants of the synthetic patterns (spec forge-and-validate §1.5). Fields the original
 * declares but never reads ({@code triangle_slope}, the three fractions, {@code hunt_recovery})
 * are left out.
 *
 * @param trendMagnitude    M: total move of trend, reversal, breakout and hunt patterns, as a fraction of P0
 * @param pullbackDepth     depth of the pullback in trend_*_clean and mtf_pullback_*, as a fraction of M
 * @param stairsSteps       number of steps of trend_stairs
 * @param volatilityBase    starting volatility of vol_squeeze_expand (daily, see {@link SyntheticMarket})
 * @param volatilitySpike   expansion volatility of vol_squeeze_expand and the spike size of vol_spike_* / vol_decay
 * @param volatilitySqueeze noise of range_tight and the floor of vol_decay
 * @param rangeWidth        W: width of range, breakout and hunt patterns, as a fraction of P0
 * @param noiseLevel        k: ε = N(0, σ·P0·k)
 * @param huntDepth         how far a liquidity hunt or false breakout overshoots, as a fraction of price
 */
public record PatternConfig(double trendMagnitude, double pullbackDepth, int stairsSteps, double volatilityBase,
                            double volatilitySpike, double volatilitySqueeze, double rangeWidth, double noiseLevel,
                            double huntDepth) {
    public PatternConfig {
        if (stairsSteps < 1) throw new IllegalArgumentException("stairsSteps must be at least 1, was " + stairsSteps);
    }

    /** The original's defaults. */
    public static final PatternConfig DEFAULTS = new PatternConfig(0.20, 0.30, 4, 0.02, 0.10, 0.005, 0.08, 0.3, 0.02);
}
