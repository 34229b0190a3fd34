package trade.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Each pattern's defining shape (spec forge-and-validate §1.6) on random seeds and sizes of 2000
 * to 10 000 minutes, with closes in units of P0 and the defaults M = 0.2, W = 0.08, k = 0.3.
 *
 * <p>Margins come from the formulas, not from runs: at 1m the walk's σ is
 * {@code S = 0.02·sqrt(1/1440)} and ε has sd {@code E = k·S}. A walk of m steps of sd s has moved
 * {@code s·sqrt(m)} (sd) from where its deterministic legs put it, a mean-reverting walk
 * {@code p += φ·(target − p) + N(0, s)} stays within {@code s / sqrt(1 − (1 − φ)²)} (sd) of its
 * target, and the sample sd of m normal steps is within {@code sd/sqrt(2m)} (sd) of theirs. A value
 * checked at one bar must lie within {@link #Z} of those sds, every bar of a stretch within
 * {@link #Z_ALL} (a union bound over up to 10 000 bars). Sizes stop at 10 000 minutes because
 * the noise grows with sqrt(n) while the moves do not: up to there every shape below is more than
 * Z sds clear of its noise (the weakest, trend_grinding's end, by 0.1 against 6·0.0158).
 */
class PatternShapeProperties {
    static final double S = SyntheticMarket.DAILY_VOLATILITY * Math.sqrt(1 / 1440.0);
    static final double E = 0.3 * S;
    static final double M = 0.2, W = 0.08;
    static final double Z = 6, Z_ALL = 7;
    static final int TRIES = 25;

    /** Closes of {@code pattern} divided by P0, with the checks the properties share. */
    record Closes(String pattern, long seed, double[] c) {
        static Closes of(String pattern, long seed, int minutes) {
            double[] c = SyntheticMarketTest.closes(SyntheticMarket.generate(pattern, minutes, seed, SyntheticMarket.BASE_TIMESTAMP_MS));
            for (int i = 0; i < c.length; i++) c[i] /= SyntheticMarket.BASE_PRICE;
            return new Closes(pattern, seed, c);
        }

        int n() { return c.length; }

        int at(double fraction) { return (int) (c.length * fraction); }

        void check(boolean ok, String what) { assertTrue(ok, pattern + " (seed " + seed + ", " + c.length + " minutes): " + what); }

        /** Bar i lies within Z·sd of {@code expected}. */
        void near(int i, double expected, double sd, String what) {
            check(Math.abs(c[i] - expected) <= Z * sd, what + ": bar " + i + " is " + c[i] + ", expected " + expected + " ± " + Z * sd);
        }

        /** From bar i to bar j the close moves by {@code move}, give or take a walk of j − i steps of sd {@code step}. */
        void moves(int i, int j, double move, double step, String what) {
            double sd = step * Math.sqrt(j - i);
            check(Math.abs(c[j] - c[i] - move) <= Z * sd, what + ": bars " + i + ".." + j + " move " + (c[j] - c[i]) + ", expected " + move + " ± " + Z * sd);
        }

        /** Every bar of [from, to) lies in [lo(i), hi(i)]. */
        void within(int from, int to, java.util.function.IntToDoubleFunction lo, java.util.function.IntToDoubleFunction hi, String what) {
            for (int i = from; i < to; i++) {
                double l = lo.applyAsDouble(i), h = hi.applyAsDouble(i);
                if (c[i] < l || c[i] > h) check(false, what + ": bar " + i + " is " + c[i] + ", outside " + l + ".." + h);
            }
        }

        /** The sample sd of the steps c[i] − c[i−1], i in [from, to), lies within Z sampling sds of [lo, hi]. */
        double stepSd(int from, int to, double lo, double hi, String what) {
            double s = 0, s2 = 0;
            int m = to - from;
            for (int i = from; i < to; i++) { double d = c[i] - c[i - 1]; s += d; s2 += d * d; }
            double sd = Math.sqrt(Math.max(0, (s2 - s * s / m) / (m - 1)));
            double tolerance = Z / Math.sqrt(2.0 * m);
            check(sd >= lo * (1 - tolerance) && sd <= hi * (1 + tolerance),
                    what + ": step sd over " + from + ".." + to + " is " + sd + ", expected " + lo + ".." + hi + " ± " + tolerance * 100 + " %");
            return sd;
        }

        int argMin(int from, int to) { int k = from; for (int i = from; i < to; i++) if (c[i] < c[k]) k = i; return k; }

        int argMax(int from, int to) { int k = from; for (int i = from; i < to; i++) if (c[i] > c[k]) k = i; return k; }
    }

    /**
     * Mirrored patterns with one seed draw the same noise in the same order, so their difference
     * is exactly twice the deterministic part: {@code up[i] − down[i] = 2·(skeleton[i] − 1)}.
     */
    static void mirrored(String up, String down, long seed, int minutes, java.util.function.IntToDoubleFunction skeleton) {
        Closes a = Closes.of(up, seed, minutes), b = Closes.of(down, seed, minutes);
        for (int i = 0; i < minutes; i++) {
            double expected = 2 * (skeleton.applyAsDouble(i) - 1);
            if (Math.abs(a.c[i] - b.c[i] - expected) > 1e-9) {
                a.check(false, up + " − " + down + " at bar " + i + " is " + (a.c[i] - b.c[i]) + ", expected " + expected);
            }
        }
    }

    /** The deterministic legs of an ε-first walk from 1: bar i moves by the step of the first leg whose end it is below. */
    static double[] legs(int n, int[] ends, double[] steps) {
        double[] p = new double[n];
        p[0] = 1;
        int leg = 0;
        for (int i = 1; i < n; i++) {
            while (leg < ends.length && i >= ends[leg]) leg++;
            p[i] = p[i - 1] + steps[leg];
        }
        return p;
    }

    // ---- legacy ----

    @Property(tries = TRIES)
    void trendingRisesToTheMiddleAndGivesBackHalf(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trending", seed, n);
        p.near(0, 1, S, "start");
        p.near(n / 2 - 1, 1.2, S, "top of the rise");
        p.near(n - 1, 1.1, S, "end, half given back");
    }

    @Property(tries = TRIES)
    void rangingStaysAroundP0(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("ranging", seed, n);
        // pulled 10 % per 15 minutes with that bar's σ: the stationary sd of that AR(1) process
        double band = Z_ALL * S * Math.sqrt(15) / Math.sqrt(1 - 0.9 * 0.9);
        p.within(0, n, i -> 1 - band, i -> 1 + band, "mean reversion to P0");
    }

    /** The defining trait of a range at the exec timeframe: 15m closes swing (lag-1 autocorrelation near 0.9), not white noise. */
    @Property(tries = TRIES)
    void rangingSwingsOn15mCloses(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 6000, max = 20_000) int n) {
        Closes p = Closes.of("ranging", seed, n);
        int bars = n / 15;
        double[] d = new double[bars];
        for (int b = 0; b < bars; b++) d[b] = p.c[b * 15 + 14] - 1;
        double num = 0, den = 0;
        for (int b = 0; b < bars; b++) {
            den += d[b] * d[b];
            if (b > 0) num += d[b] * d[b - 1];
        }
        // sampling sd of a lag-1 autocorrelation estimate is about sqrt((1 - ρ²)/bars) ≤ 0.08 here; 0.55 is far below 0.9
        p.check(num / den > 0.55, "lag-1 autocorrelation of 15m closes is " + num / den + ", expected about 0.9");
    }

    @Property(tries = TRIES)
    void volatileJumpsOnOneBarInTwenty(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("volatile", seed, n);
        double jump = 5 * 2 * S;
        int jumps = 0;
        for (int i = 1; i < n; i++) if (Math.abs(Math.abs(p.c[i] - p.c[i - 1]) - jump) < 1e-9) jumps++;
        double mean = 0.05 * (n - 1), sd = Math.sqrt((n - 1) * 0.05 * 0.95);
        p.check(Math.abs(jumps - mean) <= Z * sd, jumps + " jumps of 10σ, expected " + mean + " ± " + Z * sd);
    }

    @Property(tries = TRIES)
    void multiTfAlignedMakesTwoSlowCycles(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("multi_tf_aligned", seed, n);
        for (int k = 1; k < 8; k += 2) {
            int i = (int) Math.round(k * (n - 1) / 8.0);
            double t = (double) i / (n - 1);
            p.near(i, 1 + 0.15 * Math.sin(4 * Math.PI * t) + 0.05 * Math.sin(16 * Math.PI * t), S, k % 4 == 1 ? "slow crest" : "slow trough");
        }
    }

    // ---- trend ----

    static double[] cleanTrend(int n, int sign) {
        int t1 = (int) (0.7 * n), pb = (int) (0.85 * n);
        return legs(n, new int[] {t1, pb}, new double[] {sign * M / t1, -sign * 0.3 * M / (pb - t1), sign * 0.8 * M / t1});
    }

    @Property(tries = TRIES)
    void trendUpCleanRisesPullsBackAndEndsHigher(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trend_up_clean", seed, n);
        double[] line = cleanTrend(n, 1);
        for (int i : new int[] {p.at(0.7) - 1, p.at(0.85) - 1, n - 1}) p.near(i, line[i], E * Math.sqrt(i), "on the trend's legs");
        p.check(p.c[n - 1] > p.c[0], "ends higher than it starts");
        mirrored("trend_up_clean", "trend_down_clean", seed, n, i -> line[i]);
    }

    @Property(tries = TRIES)
    void trendDownCleanFallsRalliesAndEndsLower(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trend_down_clean", seed, n);
        double[] line = cleanTrend(n, -1);
        for (int i : new int[] {p.at(0.7) - 1, p.at(0.85) - 1, n - 1}) p.near(i, line[i], E * Math.sqrt(i), "on the trend's legs");
        p.check(p.c[n - 1] < p.c[0], "ends lower than it starts");
    }

    @Property(tries = TRIES)
    void trendGrindingEndsHalfAMoveHigher(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trend_grinding", seed, n);
        p.near(n - 1, 1 + 0.5 * M * (n - 1) / n, 0.3 * S * Math.sqrt(n - 1), "end");
        p.check(p.c[n - 1] > p.c[0], "ends higher than it starts");
    }

    @Property(tries = TRIES)
    void trendParabolicAccelerates(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trend_parabolic", seed, n);
        // the sum of (M/n)(1 + 3i/n) over i = 1..j
        java.util.function.IntToDoubleFunction drift = j -> M / n * (j + 1.5 * j * (j + 1.0) / n);
        int h = n / 2;
        p.near(h, 1 + drift.applyAsDouble(h), E * Math.sqrt(h), "middle");
        p.near(n - 1, 1 + drift.applyAsDouble(n - 1), E * Math.sqrt(n - 1), "end");
        p.check(p.c[n - 1] - p.c[h] > p.c[h] - p.c[0], "the second half rises more than the first");
    }

    @Property(tries = TRIES)
    void trendExhaustionRisesChopsAndDeclines(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trend_exhaustion", seed, n);
        int te = p.at(0.6), ee = p.at(0.75);
        p.near(te - 1, 1 + M * (te - 1) / te, E * Math.sqrt(te - 1), "top of the rise");
        double rise = p.stepSd(1, te, E, E, "quiet rise");
        double top = p.stepSd(te, ee, 2 * S, 2 * S, "choppy top");
        p.check(top > rise, "the top is choppier than the rise");
        p.moves(ee - 1, n - 1, -0.6 * M, E, "decline of 0.6·M");
    }

    @Property(tries = TRIES)
    void trendStairsSettleOnEachStep(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trend_stairs", seed, n);
        int bps = n / 4;
        // the flat 40 % of each step pulls 10 % per bar to the step's level: sd E / sqrt(1 − 0.9²)
        for (int s = 0; s < 4; s++) p.near((s + 1) * bps - 1, 1 + (s + 1) * M / 4, E / Math.sqrt(1 - 0.81), "level of step " + (s + 1));
    }

    // ---- range ----

    @Property(tries = TRIES)
    void rangeTightStaysInItsBand(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("range_tight", seed, n);
        // N(0, volatility_squeeze·P0) per bar (not scaled to the bar, as the spec writes it), pulled 20 % back
        double band = Z_ALL * 0.005 / Math.sqrt(1 - 0.8 * 0.8);
        p.within(0, n, i -> 1 - band, i -> 1 + band, "tight band");
    }

    @Property(tries = TRIES)
    void rangeWideIsReflectedInsideItsBand(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes.of("range_wide", seed, n).within(0, n, i -> 1 - W / 2 - 1e-12, i -> 1 + W / 2 + 1e-12, "P0 ± W/2");
    }

    @Property(tries = TRIES)
    void rangeAscendingIsATriangleWithARisingFloor(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("range_ascending", seed, n);
        java.util.function.IntToDoubleFunction floor = i -> 1 - W / 2 + (double) i / n * W * 0.8;
        p.within(1, n, i -> floor.applyAsDouble(i) - 1e-12, i -> 1 + W / 2 + 1e-12, "between the rising floor and the flat top");
        p.near(n / 16, 1 + W / 2, E, "the first crest touches the top");
        p.near(3 * n / 16, floor.applyAsDouble(3 * n / 16), E, "the first trough touches the floor");
    }

    @Property(tries = TRIES)
    void rangeDescendingIsATriangleWithAFallingTop(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("range_descending", seed, n);
        java.util.function.IntToDoubleFunction top = i -> 1 + W / 2 - (double) i / n * W * 0.8;
        p.within(1, n, i -> 1 - W / 2 - 1e-12, i -> top.applyAsDouble(i) + 1e-12, "between the flat floor and the falling top");
        p.near(n / 16, top.applyAsDouble(n / 16), E, "the first crest touches the top");
        p.near(3 * n / 16, 1 - W / 2, E, "the first trough touches the floor");
    }

    // ---- reversal ----

    static double[] v(int n, int sign) {
        int b = n / 2;
        return legs(n, new int[] {b}, new double[] {sign * M / b, -sign * M / (n - b)});
    }

    static double[] doubleTurn(int n, int sign) {
        int a = (int) (0.25 * n), m = (int) (0.5 * n), c = (int) (0.75 * n);
        return legs(n, new int[] {a, m, c}, new double[] {sign * M / a, -sign * 0.5 * M / (m - a), sign * 0.5 * M / (c - m), -sign * M / (n - c)});
    }

    /**
     * The turn is in the middle half: a bar a quarter of the run away sits M·sqrt(n/4)/(n/2)/E ≥ 12
     * noise sds above it for n ≤ 10 000.
     */
    @Property(tries = TRIES)
    void reversalVBottomHasItsLowInTheMiddle(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("reversal_v_bottom", seed, n);
        double[] line = v(n, -1);
        p.near(n / 2 - 1, line[n / 2 - 1], E * Math.sqrt(n / 2.0), "the bottom");
        p.near(n - 1, line[n - 1], E * Math.sqrt(n), "back up");
        int low = p.argMin(0, n);
        p.check(low >= n / 4 && low < 3 * n / 4, "low at bar " + low + ", not in the middle half");
        p.check(p.c[0] > p.c[low] && p.c[n - 1] > p.c[low], "both ends are higher than the low");
        mirrored("reversal_v_top", "reversal_v_bottom", seed, n, i -> 1 - (line[i] - 1));
    }

    @Property(tries = TRIES)
    void reversalVTopHasItsHighInTheMiddle(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("reversal_v_top", seed, n);
        double[] line = v(n, 1);
        p.near(n / 2 - 1, line[n / 2 - 1], E * Math.sqrt(n / 2.0), "the top");
        int high = p.argMax(0, n);
        p.check(high >= n / 4 && high < 3 * n / 4, "high at bar " + high + ", not in the middle half");
        p.check(p.c[0] < p.c[high] && p.c[n - 1] < p.c[high], "both ends are lower than the high");
    }

    @Property(tries = TRIES)
    void reversalDoubleBottomIsAW(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("reversal_double_bottom", seed, n);
        double[] line = doubleTurn(n, -1);
        for (double f : new double[] {0.25, 0.5, 0.75}) p.near(p.at(f) - 1, line[p.at(f) - 1], E * Math.sqrt(p.at(f)), "turn at " + f);
        p.near(n - 1, line[n - 1], E * Math.sqrt(n), "end");
        p.check(p.c[p.at(0.5) - 1] > Math.max(p.c[p.at(0.25) - 1], p.c[p.at(0.75) - 1]), "the middle peak is above both lows");
        mirrored("reversal_double_top", "reversal_double_bottom", seed, n, i -> 1 - (line[i] - 1));
    }

    @Property(tries = TRIES)
    void reversalDoubleTopIsAnM(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("reversal_double_top", seed, n);
        double[] line = doubleTurn(n, 1);
        for (double f : new double[] {0.25, 0.5, 0.75}) p.near(p.at(f) - 1, line[p.at(f) - 1], E * Math.sqrt(p.at(f)), "turn at " + f);
        p.check(p.c[p.at(0.5) - 1] < Math.min(p.c[p.at(0.25) - 1], p.c[p.at(0.75) - 1]), "the middle dip is below both highs");
    }

    // ---- breakout ----

    /** The range phase: P0 + sin(i/end·6π)·W/4 + ε, each bar on its own. */
    static void rangeThenMove(Closes p, int end) {
        p.within(1, end, i -> 1 + Math.sin((double) i / end * 6 * Math.PI) * W / 4 - Z_ALL * E,
                i -> 1 + Math.sin((double) i / end * 6 * Math.PI) * W / 4 + Z_ALL * E, "the range's sine");
    }

    @Property(tries = TRIES)
    void breakoutCleanEndsAboveTheRange(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("breakout_clean", seed, n);
        int re = p.at(0.6);
        rangeThenMove(p, re);
        p.moves(re - 1, n - 1, 0.3 * M + 0.5 * M, E, "breakout and continuation");
        p.check(p.c[n - 1] > 1 + W / 4, "ends above the range top " + (1 + W / 4));
    }

    @Property(tries = TRIES)
    void breakoutFalsePokesUpThenFallsThroughTheFloor(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("breakout_false", seed, n);
        int re = p.at(0.5), fe = p.at(0.6), rv = p.at(0.8);
        rangeThenMove(p, re);
        p.moves(re - 1, fe - 1, 2 * 0.02, E, "poke of 2·hunt_depth");
        p.moves(fe - 1, rv - 1, -W, E, "drop of W");
        double settle = 1 - W / 4 - 0.2 * W;
        p.near(n - 1, settle, E / Math.sqrt(1 - 0.81), "settles 0.2·W under the floor");
        p.check(p.c[n - 1] < 1 - W / 4, "ends below the range floor");
    }

    @Property(tries = TRIES)
    void breakoutRetestReturnsToTheOldTopAndGoesOn(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("breakout_retest", seed, n);
        int re = p.at(0.4), be = p.at(0.5), rt = p.at(0.65);
        double top = 1 + W / 4;
        rangeThenMove(p, re);
        p.moves(re - 1, be - 1, 0.1 * top, E, "breakout");
        p.near(rt - 1, top, E / Math.sqrt(1 - 0.85 * 0.85), "retest of the old top");
        p.moves(rt - 1, n - 1, 0.5 * M, E, "continuation");
    }

    // ---- volatility ----

    static final double PER_BAR = Math.sqrt(1 / 1440.0);

    @Property(tries = TRIES)
    void volSqueezeExpandIsQuietBeforeItExpands(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("vol_squeeze_expand", seed, n);
        int se = p.at(0.6), ee = p.at(0.75), from = se - n / 10;
        // v = 0.02·(1 − 0.8·i/se), daily, per bar × sqrt(1/1440)
        double squeezed = p.stepSd(from, se, 0.02 * (1 - 0.8 * (se - 1.0) / se) * PER_BAR, 0.02 * (1 - 0.8 * from / (double) se) * PER_BAR, "end of the squeeze");
        double expanded = p.stepSd(se, ee, 0.10 * PER_BAR, 0.10 * PER_BAR, "expansion");
        p.stepSd(1, n / 10, 0.02 * (1 - 0.8 * (n / 10.0) / se) * PER_BAR, 0.02 * PER_BAR, "start");
        p.check(squeezed < expanded, "the squeeze is quieter than the expansion");
    }

    @Property(tries = TRIES)
    void volSpikeRecoverDropsAndComesAllTheWayBack(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("vol_spike_recover", seed, n);
        int ne = p.at(0.4), ce = p.at(0.5), re = p.at(0.7);
        p.moves(ne - 1, ce - 1, -0.2, 0.5 * E, "drop of 2·spike");
        p.moves(ce - 1, re - 1, 0.2, 0.5 * E, "recovery");
        p.moves(ne - 1, re - 1, 0, 0.5 * E, "back where it started");
        p.stepSd(re, n, S, S, "calm after");
    }

    @Property(tries = TRIES)
    void volSpikeContinueDropsAndDoesNotRecover(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("vol_spike_continue", seed, n);
        int ne = p.at(0.4), ce = p.at(0.55), k = p.at(0.7);
        p.moves(ne - 1, ce - 1, -0.2, 0.5 * E, "drop of 2·spike");
        // then −0.3·C over the rest, under N(0, 1.5σ): the further fall is smaller than its noise, so only "no recovery" is checked
        double sd = Math.hypot(0.5 * E * Math.sqrt(ce - ne), 1.5 * S * Math.sqrt(k - ce + 1));
        p.near(k, p.c[ne - 1] - 0.2 - 0.3 * 0.2 * (k - ce + 1) / (n - ce), sd, "below the drop");
        p.check(p.c[k] < p.c[ne - 1], "still below the level before the drop at 70 %");
    }

    @Property(tries = TRIES)
    void volDecayCalmsDown(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("vol_decay", seed, n);
        // v = 0.10·(1 − 0.9·i/n) + 0.005, daily
        java.util.function.DoubleUnaryOperator v = f -> (0.10 * (1 - 0.9 * f) + 0.005) * PER_BAR;
        double early = p.stepSd(1, n / 10, v.applyAsDouble(0.1), v.applyAsDouble(0), "first tenth");
        double late = p.stepSd(n - n / 10, n, v.applyAsDouble(1), v.applyAsDouble(0.9), "last tenth");
        p.check(late < early, "the noise decays");
    }

    // ---- liquidity ----

    @Property(tries = TRIES)
    void liquidityHuntLowsRangesSweepsAndRises(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("liquidity_hunt_lows", seed, n);
        int r = p.at(0.5), h = p.at(0.6), v = p.at(0.75);
        double support = 1 - W / 4, swept = support * (1 - 0.02), a = 0.8 * (1 - support);
        p.within(1, r, i -> support + a + Math.sin((double) i / r * 8 * Math.PI) * 0.3 * a - Z_ALL * E,
                i -> support + a + Math.sin((double) i / r * 8 * Math.PI) * 0.3 * a + Z_ALL * E, "range above the support");
        p.check(p.c[p.argMin(0, r)] > support, "the range stays above the support");
        p.moves(r - 1, h - 1, -(support - swept), 0.3 * E, "sweep");
        p.moves(h - 1, v - 1, 1 - swept, E, "recovery");
        p.moves(v - 1, n - 1, 0.3 * M, E, "rise");
    }

    @Property(tries = TRIES)
    void liquidityHuntHighsRangesSweepsAndFalls(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("liquidity_hunt_highs", seed, n);
        int r = p.at(0.5), h = p.at(0.6), v = p.at(0.75);
        double resistance = 1 + W / 4, swept = resistance * 1.02, a = 0.8 * (resistance - 1);
        p.within(1, r, i -> 1 + Math.sin((double) i / r * 8 * Math.PI) * a - Z_ALL * E,
                i -> 1 + Math.sin((double) i / r * 8 * Math.PI) * a + Z_ALL * E, "range below the resistance");
        p.check(p.c[p.argMax(0, r)] < resistance, "the range stays below the resistance");
        p.moves(r - 1, h - 1, swept - resistance, 0.3 * E, "sweep");
        p.moves(h - 1, v - 1, -(swept - 1), E, "drop");
        p.moves(v - 1, n - 1, -0.3 * M, E, "fall");
    }

    @Property(tries = TRIES)
    void choppyWhipsawIsKeptInsideFivePercent(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes.of("choppy_whipsaw", seed, n).within(0, n, i -> 0.95 - 1e-12, i -> 1.05 + 1e-12, "P0 ± 5 %");
    }

    @Property(tries = TRIES)
    void accumulationAndDistributionDriftByExactlyTheirTrend(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes up = Closes.of("accumulation", seed, n), down = Closes.of("distribution", seed, n);
        double sd = 0.4 * S * Math.sqrt(n - 1);
        up.near(n - 1, 1 + 0.3 * M * (n - 1) / n, sd, "drift up of 0.3·M");
        down.near(n - 1, 1 - 0.3 * M * (n - 1) / n, sd, "drift down of 0.3·M");
        mirrored("accumulation", "distribution", seed, n, i -> 1 + 0.3 * M * i / n);
    }

    // ---- multi-timeframe ----

    @Property(tries = TRIES)
    void mtfAlignedRunsAlongItsLine(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes bull = Closes.of("mtf_aligned_bull", seed, n), bear = Closes.of("mtf_aligned_bear", seed, n);
        bull.near(0, 1, E, "start");
        bull.near(n - 1, 1 + M, E, "end");
        bear.near(n - 1, 1 - M, E, "end");
        mirrored("mtf_aligned_bull", "mtf_aligned_bear", seed, n, i -> 1 + M * i / (n - 1));
    }

    @Property(tries = TRIES)
    void mtfPullbackDipsBetween40And60Percent(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes bull = Closes.of("mtf_pullback_bull", seed, n), bear = Closes.of("mtf_pullback_bear", seed, n);
        int s = bull.at(0.4), e = bull.at(0.6), mid = (s + e) / 2;
        java.util.function.IntToDoubleFunction counter = i -> i >= s && i < e ? Math.sin((double) (i - s) / (e - s) * Math.PI) * M * 0.3 : 0;
        bull.near(mid, 1 + M * mid / (n - 1) - counter.applyAsDouble(mid), E, "pullback");
        bull.check(bull.c[mid] < bull.c[s - 1], "pulls back below where it was at 40 %");
        bear.check(bear.c[mid] > bear.c[s - 1], "rallies above where it was at 40 %");
        bull.near(n - 1, 1 + M, E, "end");
        mirrored("mtf_pullback_bull", "mtf_pullback_bear", seed, n, i -> 1 + M * i / (n - 1) - counter.applyAsDouble(i));
    }

    // ---- ICT ----

    @Property(tries = TRIES)
    void displacementImpulsesAreSingleBarsOfThreeToFivePercent(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("displacement_impulse", seed, n);
        int spacing = Math.max(30, n / 8), k = 0;
        double quiet = Z_ALL * 0.09 * S;
        for (int i = 1; i < n; i++) {
            double d = p.c[i] - p.c[i - 1];
            if (i >= 20 && (i - 20) % spacing == 0) {
                double size = k++ % 2 == 0 ? d : -d;
                p.check(size >= 0.03 - 1e-9 && size <= 0.05 + 1e-9, "impulse " + (k - 1) + " at bar " + i + " moves " + d);
            } else {
                p.check(Math.abs(d) <= quiet, "quiet bar " + i + " moves " + d);
            }
        }
    }

    @Property(tries = TRIES)
    void trendingWithGapsGapsEveryEighthBarThenRetracesFortyPercent(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("trending_with_gaps", seed, n);
        int a = p.at(0.3), b = p.at(0.7);
        double j = 0.03, tol = 1e-9;
        for (int i = a; i < b; i++) {
            double d = p.c[i] - p.c[i - 1];
            int q = (i - a) % 8;
            double lo = q == 1 ? j : q == 2 ? 0.3 * j : 0.0005, hi = q == 1 ? 1.5 * j : q == 2 ? 0.5 * j : 0.002;
            p.check(d >= lo - tol && d <= hi + tol, "bar " + i + " (q " + q + ") moves " + d + ", expected " + lo + ".." + hi);
        }
        p.moves(b - 1, n - 1, -0.4 * (p.c[b - 1] - p.c[a]), 0.5 * E, "retrace of 40 % of the rally");
    }

    @Property(tries = TRIES)
    void equalHighsLowsHasEqualHighsASweepAndEqualLows(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("equal_highs_lows", seed, n);
        int a = p.at(0.4), b = p.at(0.5), c = p.at(0.8);
        double highs = 1.05, lows = 0.92, ns = 0.09 * S, level = 0.003 + Z_ALL * 0.5 * ns;
        double top = p.c[p.argMax(0, a)], bottom = p.c[p.argMin(c, n)];
        p.check(Math.abs(top - highs) <= level, "highs at " + top + ", expected " + highs + " ± " + level);
        p.check(Math.abs(bottom - lows) <= level, "lows at " + bottom + ", expected " + lows + " ± " + level);
        double sweep = highs * (1 + 0.03 * (0.4 - 1.0 / (b - a)) / 0.4) - Z_ALL * 0.3 * ns;
        p.check(p.c[p.argMax(a, b)] >= sweep, "sweep above the highs reaches " + p.c[p.argMax(a, b)] + ", expected ≥ " + sweep);
    }

    @Property(tries = TRIES)
    void obRetestDisplacesUpAndRetestsTheBlock(@ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed, @ForAll @IntRange(min = 2000, max = 10_000) int n) {
        Closes p = Closes.of("ob_retest", seed, n);
        int a = p.at(0.2), k = Math.min(5, Math.max(2, p.at(0.005))), b1 = a + k, b2 = b1 + k, c = p.at(0.6), d = p.at(0.8);
        double ns = 0.09 * S;
        p.moves(a - 1, b1 - 1, -0.03 * p.c[a - 1], 0.2 * ns, "drop into the block");
        for (int i = b1; i < b2; i++) {
            double step = p.c[i] - p.c[i - 1];
            p.check(step >= 0.04 - 1e-9 && step <= 0.06 + 1e-9, "displacement bar " + i + " moves " + step);
        }
        double block = p.c[a], peak = p.c[c - 1];
        p.near(d - 1, peak + (block + 0.3 * (peak - block) - peak) * (d - 1 - c) / (d - c), 0.5 * ns, "retest towards the block");
        p.moves(d - 1, n - 1, 0.3 * M, 0.5 * ns, "rally after the retest");
    }
}
