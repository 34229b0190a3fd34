package trade.forge.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    static double min(double[] p) { double m = p[0]; for (double v : p) m = Math.min(m, v); return m; }

    static double max(double[] p) { double m = p[0]; for (double v : p) m = Math.max(m, v); return m; }

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
}
