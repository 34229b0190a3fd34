package trade.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import trade.core.Candles;

/**
 * The shape each pattern promises, on 30 days of 1m closes for a few seeds. Thresholds leave
 * several standard deviations of the walk's noise (ε over 43 200 bars ≈ 3 % of P0) as margin.
 */
class PatternShapeTest {
    static final int N = 30 * 1440;
    static final double P0 = SyntheticMarket.BASE_PRICE;

    static double[] closes(String pattern, long seed) {
        return SyntheticMarketTest.closes(SyntheticMarket.generate(pattern, N, seed, SyntheticMarket.BASE_TIMESTAMP_MS));
    }

    static double at(double[] p, double fraction) { return p[(int) (fraction * (p.length - 1))]; }

    static double mean(double[] p, double from, double to) {
        int a = (int) (from * p.length), b = (int) (to * p.length);
        double s = 0;
        for (int i = a; i < b; i++) s += p[i];
        return s / (b - a);
    }

    static double min(double[] p) { return min(p, 0, 1); }

    static double max(double[] p) { return max(p, 0, 1); }

    static double min(double[] p, double from, double to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = (int) (from * p.length); i < (int) (to * p.length); i++) m = Math.min(m, p[i]);
        return m;
    }

    static double max(double[] p, double from, double to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = (int) (from * p.length); i < (int) (to * p.length); i++) m = Math.max(m, p[i]);
        return m;
    }

    /** Standard deviation of bar-to-bar close changes over a fraction of the run. */
    static double choppiness(double[] p, double from, double to) {
        int a = Math.max(1, (int) (from * p.length)), b = (int) (to * p.length);
        double s = 0, s2 = 0;
        for (int i = a; i < b; i++) { double d = p[i] - p[i - 1]; s += d; s2 += d * d; }
        int k = b - a;
        return Math.sqrt(Math.max(0, s2 / k - (s / k) * (s / k)));
    }

    static double argMinFraction(double[] p) { return (double) argMin(p) / p.length; }

    static double argMaxFraction(double[] p) { return (double) argMax(p) / p.length; }


    static int argMin(double[] p) { int k = 0; for (int i = 1; i < p.length; i++) if (p[i] < p[k]) k = i; return k; }

    static int argMax(double[] p) { int k = 0; for (int i = 1; i < p.length; i++) if (p[i] > p[k]) k = i; return k; }

    static void check(boolean ok, String pattern, long seed, String what) {
        assertTrue(ok, pattern + " seed " + seed + ": " + what);
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 2024})
    void trendUpCleanRisesPullsBackAndEndsWellAbove(long seed) {
        double[] p = closes("trend_up_clean", seed);
        check(at(p, 0.7) > P0 * 1.12, "trend_up_clean", seed, "top of the leg only " + at(p, 0.7));
        check(at(p, 0.85) < at(p, 0.7) - 0.02 * P0, "trend_up_clean", seed, "no pullback");
        check(at(p, 1) > P0 * 1.08, "trend_up_clean", seed, "ends at " + at(p, 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 2024})
    void trendDownCleanEndsWellBelow(long seed) {
        double[] p = closes("trend_down_clean", seed);
        check(at(p, 0.7) < P0 * 0.88, "trend_down_clean", seed, "bottom of the leg only " + at(p, 0.7));
        check(at(p, 1) < P0 * 0.92, "trend_down_clean", seed, "ends at " + at(p, 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 2024})
    void trendingRisesOverTheFirstHalfThenGivesBackHalf(long seed) {
        double[] p = closes("trending", seed);
        double top = mean(p, 0.49, 0.5), end = mean(p, 0.99, 1);
        check(mean(p, 0, 0.01) < P0 * 1.01, "trending", seed, "starts at " + mean(p, 0, 0.01));
        check(top > P0 * 1.19, "trending", seed, "middle at " + top);
        check(Math.abs(end - P0 * 1.1) < 0.01 * P0, "trending", seed, "ends at " + end);
    }

    static final long[] SEEDS = {42, 1, 2024};

    /** Runs {@code check} on the closes of {@code pattern} (in units of P0) for each seed. */
    static void forSeeds(String pattern, ShapeCheck check) {
        for (long seed : SEEDS) {
            double[] p = closes(pattern, seed);
            for (int i = 0; i < p.length; i++) p[i] /= P0;
            check.check(p, seed);
        }
    }

    interface ShapeCheck { void check(double[] p, long seed); }

    @Test
    void trendFamily() {
        forSeeds("trend_grinding", (p, s) -> check(at(p, 1) > 1.0 && at(p, 1) < 1.25, "trend_grinding", s, "end " + at(p, 1)));
        forSeeds("trend_parabolic", (p, s) -> {
            check(at(p, 1) > 1.35, "trend_parabolic", s, "end " + at(p, 1));
            check(at(p, 1) - at(p, 0.5) > at(p, 0.5) - at(p, 0), "trend_parabolic", s, "not accelerating");
        });
        forSeeds("trend_exhaustion", (p, s) -> {
            double top = argMaxFraction(p);
            check(top > 0.5 && top < 0.8, "trend_exhaustion", s, "top at " + top);
            check(at(p, 1) < max(p) - 0.08, "trend_exhaustion", s, "no decline after the top");
        });
        forSeeds("trend_stairs", (p, s) -> {
            check(Math.abs(at(p, 1) - 1.2) < 0.03, "trend_stairs", s, "end " + at(p, 1));
            for (int q = 1; q < 4; q++) {
                check(mean(p, q / 4.0, (q + 1) / 4.0) > mean(p, (q - 1) / 4.0, q / 4.0), "trend_stairs", s, "step " + q);
            }
        });
    }

    @Test
    void rangeFamilyStaysInItsBand() {
        forSeeds("ranging", (p, s) -> check(min(p) > 0.98 && max(p) < 1.02, "ranging", s, "left ±2%"));
        forSeeds("range_tight", (p, s) -> check(min(p) > 0.94 && max(p) < 1.06, "range_tight", s, "left ±6%"));
        for (String pattern : new String[] {"range_wide", "range_ascending", "range_descending"}) {
            // range_wide reflects at P0·(1 ± W/2); the triangles clamp inside it.
            forSeeds(pattern, (p, s) -> check(min(p) >= 0.96 - 1e-12 && max(p) <= 1.04 + 1e-12, pattern, s,
                    "left P0 ± W/2: " + min(p) + ".." + max(p)));
        }
        // The sine touches the floor near 3/16 + k/4 of the run and the top near 1/16 + k/4.
        forSeeds("range_ascending", (p, s) -> check(min(p, 0.9, 1) > min(p, 0.15, 0.25) + 0.02, "range_ascending", s,
                "floor does not rise"));
        forSeeds("range_descending", (p, s) -> check(max(p, 0.75, 0.9) < max(p, 0, 0.15) - 0.03, "range_descending", s,
                "top does not fall"));
        forSeeds("choppy_whipsaw", (p, s) -> check(min(p) >= 0.95 && max(p) <= 1.05, "choppy_whipsaw", s, "left ±5%"));
    }

    @Test
    void reversalFamilyTurnsWhereItShould() {
        forSeeds("reversal_v_bottom", (p, s) -> {
            check(Math.abs(argMinFraction(p) - 0.5) < 0.1, "reversal_v_bottom", s, "low at " + argMinFraction(p));
            check(min(p) < 0.88 && at(p, 1) > min(p) + 0.12, "reversal_v_bottom", s, "no V");
        });
        forSeeds("reversal_v_top", (p, s) -> {
            check(Math.abs(argMaxFraction(p) - 0.5) < 0.1, "reversal_v_top", s, "high at " + argMaxFraction(p));
            check(max(p) > 1.12 && at(p, 1) < max(p) - 0.12, "reversal_v_top", s, "no inverted V");
        });
        forSeeds("reversal_double_bottom", (p, s) -> {
            double first = min(p, 0.15, 0.35), second = min(p, 0.65, 0.85);
            check(first < 0.88 && second < 0.88 && at(p, 0.5) > Math.max(first, second) + 0.04,
                    "reversal_double_bottom", s, "no W");
        });
        forSeeds("reversal_double_top", (p, s) -> {
            double first = max(p, 0.15, 0.35), second = max(p, 0.65, 0.85);
            check(first > 1.12 && second > 1.12 && at(p, 0.5) < Math.min(first, second) - 0.04,
                    "reversal_double_top", s, "no M");
        });
    }

    @Test
    void breakoutFamily() {
        forSeeds("breakout_clean", (p, s) -> {
            check(min(p, 0, 0.6) > 0.97 && max(p, 0, 0.6) < 1.03, "breakout_clean", s, "range leaks");
            check(at(p, 1) > 1.08, "breakout_clean", s, "no breakout, end " + at(p, 1));
        });
        forSeeds("breakout_false", (p, s) -> {
            double top = argMaxFraction(p);
            check(top > 0.5 && top < 0.7, "breakout_false", s, "poke at " + top);
            check(at(p, 1) < 0.98, "breakout_false", s, "did not fail, end " + at(p, 1));
        });
        forSeeds("breakout_retest", (p, s) -> {
            check(max(p, 0.45, 0.55) > 1.05, "breakout_retest", s, "no breakout");
            check(min(p, 0.55, 0.65) < max(p, 0.45, 0.55) - 0.04, "breakout_retest", s, "no retest");
            check(at(p, 1) > 1.04, "breakout_retest", s, "no continuation");
        });
    }

    @Test
    void volatilityFamilyChangesItsNoise() {
        forSeeds("vol_squeeze_expand", (p, s) -> {
            double start = choppiness(p, 0, 0.1), squeezed = choppiness(p, 0.5, 0.6), expanded = choppiness(p, 0.6, 0.75);
            check(squeezed < start / 2 && expanded > 5 * squeezed, "vol_squeeze_expand", s,
                    start + " → " + squeezed + " → " + expanded);
        });
        forSeeds("vol_spike_recover", (p, s) -> {
            check(Math.abs(argMinFraction(p) - 0.5) < 0.03, "vol_spike_recover", s, "low at " + argMinFraction(p));
            check(at(p, 0.7) > min(p) + 0.15, "vol_spike_recover", s, "no recovery");
        });
        forSeeds("vol_spike_continue", (p, s) -> check(at(p, 1) < at(p, 0.4) - 0.15, "vol_spike_continue", s,
                "no continued fall"));
        forSeeds("vol_decay", (p, s) -> check(choppiness(p, 0, 0.1) > 3 * choppiness(p, 0.9, 1), "vol_decay", s,
                "noise does not decay"));
    }

    @Test
    void liquidityFamily() {
        forSeeds("liquidity_hunt_lows", (p, s) -> {
            double low = argMinFraction(p);
            check(low > 0.5 && low < 0.7, "liquidity_hunt_lows", s, "sweep at " + low);
            check(at(p, 1) > 1.02, "liquidity_hunt_lows", s, "no rise after the sweep");
        });
        forSeeds("liquidity_hunt_highs", (p, s) -> {
            double high = argMaxFraction(p);
            check(high > 0.5 && high < 0.7, "liquidity_hunt_highs", s, "sweep at " + high);
            check(at(p, 1) < 0.98, "liquidity_hunt_highs", s, "no fall after the sweep");
        });
        for (long seed : SEEDS) {
            // Both draw the same normals for one seed, so the difference is the two drifts alone.
            double up = at(closes("accumulation", seed), 1), down = at(closes("distribution", seed), 1);
            check(up - down > 0.1 * P0, "accumulation/distribution", seed, "drifts " + up + " vs " + down);
        }
    }

    @Test
    void mtfFamilyEndsOnItsTrendLine() {
        forSeeds("mtf_aligned_bull", (p, s) -> check(Math.abs(at(p, 1) - 1.2) < 0.01, "mtf_aligned_bull", s, "end " + at(p, 1)));
        forSeeds("mtf_aligned_bear", (p, s) -> check(Math.abs(at(p, 1) - 0.8) < 0.01, "mtf_aligned_bear", s, "end " + at(p, 1)));
        forSeeds("mtf_pullback_bull", (p, s) -> {
            check(Math.abs(at(p, 1) - 1.2) < 0.01, "mtf_pullback_bull", s, "end " + at(p, 1));
            check(at(p, 0.5) < at(p, 0.4) - 0.03, "mtf_pullback_bull", s, "no pullback");
        });
        forSeeds("mtf_pullback_bear", (p, s) -> {
            check(Math.abs(at(p, 1) - 0.8) < 0.01, "mtf_pullback_bear", s, "end " + at(p, 1));
            check(at(p, 0.5) > at(p, 0.4) + 0.03, "mtf_pullback_bear", s, "no rally");
        });
    }

    @Test
    void ictFamily() {
        forSeeds("displacement_impulse", (p, s) -> {
            int spacing = Math.max(30, N / 8), impulses = 0, expected = 0;
            for (int i = 1; i < N; i++) {
                if (Math.abs(p[i] - p[i - 1]) > 0.025) impulses++;
                if (i >= 20 && (i - 20) % spacing == 0) expected++;
            }
            assertEquals(expected, impulses, "displacement_impulse seed " + s);
        });
        forSeeds("trending_with_gaps", (p, s) -> {
            int a = (int) (0.3 * N), b = (int) (0.7 * N);
            for (int i = a + 1; i < b; i += 8) {
                check(p[i] - p[i - 1] >= 0.03, "trending_with_gaps", s, "no gap at bar " + i);
            }
            double rally = p[b - 1] - p[a], retrace = p[b - 1] - p[N - 1];
            check(Math.abs(retrace / rally - 0.4) < 0.02, "trending_with_gaps", s, "retrace " + retrace / rally);
        });
        forSeeds("equal_highs_lows", (p, s) -> {
            check(Math.abs(max(p, 0, 0.4) - 1.05) < 0.01, "equal_highs_lows", s, "highs at " + max(p, 0, 0.4));
            check(max(p, 0.4, 0.5) > 1.07, "equal_highs_lows", s, "no sweep above the highs");
            check(Math.abs(min(p, 0.8, 1) - 0.92) < 0.01, "equal_highs_lows", s, "lows at " + min(p, 0.8, 1));
        });
        forSeeds("ob_retest", (p, s) -> {
            double block = p[(int) (0.2 * N)], top = p[(int) (0.6 * N) - 1];
            check(top > block + 0.2, "ob_retest", s, "no rally");
            double retest = p[(int) (0.8 * N) - 1];
            check(Math.abs(retest - (block + 0.3 * (top - block))) < 0.005, "ob_retest", s, "no retest: " + retest);
        });
    }
}
