package trade.synth;

import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Timeframe;
import trade.play.CompiledPlay;
import trade.play.PlaySpec;

/**
 * The synthetic 1m candles a Play is run on (spec forge-and-validate §1.8): its validation
 * pattern, and {@code W + max(2W, 200)} bars of its slowest timeframe, W being its largest
 * warm-up, unless a bar count is given. Shared by {@code play backtest}, the suite and the audits
 * so all of them run a Play on the same market.
 *
 * @param candles  the 1m candles, bar 0 opening at {@link SyntheticMarket#BASE_TIMESTAMP_MS}
 * @param pattern  the pattern they follow
 * @param bars     bars of {@code slowest}
 * @param slowest  the Play's slowest timeframe, which {@code bars} counts
 */
public record PlayMarket(Candles candles, String pattern, int bars, Timeframe slowest) {
    /**
     * @param bars            bars of the slowest timeframe, or null for the warm-up rule
     * @param fallbackPattern the pattern of a Play without a validation block, or null to refuse such a Play
     */
    public static PlayMarket of(PlaySpec spec, CompiledPlay play, long seed, Integer bars, String fallbackPattern) {
        String pattern = spec.pattern() != null ? spec.pattern() : fallbackPattern;
        if (pattern == null) {
            throw new PlayException.BadInput(spec.id() + " has no validation: block, so there is no synthetic pattern to run it on"
                    + " (add validation: {pattern: trend_up_clean}, or give --candles FILE)");
        }
        if (!SyntheticMarket.patterns().contains(pattern)) {
            throw new PlayException.BadInput("unknown validation pattern '" + pattern + "'; known: " + SyntheticMarket.patterns());
        }
        if (seed < 0 || seed > SyntheticMarket.MAX_SEED) throw new PlayException.BadInput("--seed: " + SyntheticMarket.seedRange(seed));
        Timeframe slowest = spec.timeframes().distinct().last();
        int slowBars = bars != null ? bars : defaultBars(play);
        long minutes = (long) slowBars * slowest.minutes();
        if (slowBars < 1 || minutes > Integer.MAX_VALUE / 2) {
            throw new PlayException.BadInput("--bars " + slowBars + " of " + slowest.label() + " is not a usable number of 1m candles (" + minutes + ")");
        }
        Candles candles = SyntheticMarket.generate(pattern, (int) minutes, seed, SyntheticMarket.BASE_TIMESTAMP_MS, spec.symbol());
        return new PlayMarket(candles, pattern, slowBars, slowest);
    }

    /** The spec's bar count for a Play: {@code W + max(2W, 200)} bars of its slowest timeframe. */
    public static int defaultBars(CompiledPlay play) {
        int warmup = play.maxWarmupBars();
        return warmup + Math.max(2 * warmup, 200);
    }
}
