package trade.synth;

import java.util.Random;

/**
 * What a close rule may use: the bar count, P0, the per-bar volatility σ, the config and the one
 * random stream. Holds the few draw shapes the spec uses so every family draws the same way.
 */
final class PatternRun {
    /** The bar length, in minutes, that the spec's per-bar mean-reversion constants are read for. */
    static final int REFERENCE_MINUTES = 15;

    final int n;
    final double p0;
    /** Per-bar volatility: daily volatility × {@link #perBar}. */
    final double sigma;
    /** sqrt(bar minutes / 1440): turns a daily volatility into a per-bar one. */
    final double perBar;
    final PatternConfig config;
    private final Random rng;

    PatternRun(int n, double p0, double dailyVolatility, double barMinutes, PatternConfig config, Random rng) {
        this.n = n;
        this.p0 = p0;
        this.perBar = StrictMath.sqrt(barMinutes / 1440.0);
        this.sigma = dailyVolatility * perBar;
        this.config = config;
        this.rng = rng;
    }

    /** N(0, sd). */
    double normal(double sd) { return rng.nextGaussian() * sd; }

    /** ε = N(0, σ·P0·k), the noise of the newer patterns. */
    double eps() { return rng.nextGaussian() * sigma * p0 * config.noiseLevel(); }

    /** U(lo, hi). */
    double uniform(double lo, double hi) { return lo + (hi - lo) * rng.nextDouble(); }

    /** Python's {@code random()}: U(0, 1). */
    double random() { return rng.nextDouble(); }

    /** Python's {@code int(n·f)}: a phase boundary. */
    int at(double fraction) { return (int) (n * fraction); }

    /**
     * The ε-first piecewise walk shared by trend, reversal and similar shapes: bar i belongs to
     * the first leg whose end it is strictly below ({@code ends} holds the end of every leg but
     * the last, which runs to n), and moves by that
     * leg's per-bar step plus ε. ε is drawn on every bar, as the original does.
     */
    void walk(double[] p, int[] ends, double[] steps) {
        if (ends.length != steps.length - 1) throw new IllegalArgumentException("one end per leg but the last");
        int leg = 0;
        for (int i = 1; i < n; i++) {
            double e = eps();
            while (leg < ends.length && i >= ends[leg]) leg++;
            p[i] = p[i - 1] + steps[leg] + e;
        }
    }

    /** The vector forms' trailing draw: adds n normals of {@code sd}, one per bar in order. */
    void addNoise(double[] p, double sd) {
        for (int i = 0; i < n; i++) p[i] += rng.nextGaussian() * sd;
    }

    /**
     * The per-minute form of a mean reversion the spec gives per bar: {@code x += f·(level − x) +
     * N(0, sd)} per 15m bar (the original generated each timeframe on its own, and its Plays trade
     * 15m bars). Applied literally to 1m candles, a 10 % pull per minute makes 15m closes white
     * noise, on which a range never swings. This returns the per-minute pull {@code 1 − (1 − f)^(1/15)}
     * and the per-minute noise that give the same 15m process (AR(1) coefficient {@code 1 − f},
     * innovation sd {@code sd}): {@code {pull, noise}}.
     */
    static double[] minuteReversion(double perBarPull, double perBarSd) {
        double a = StrictMath.pow(1 - perBarPull, 1.0 / REFERENCE_MINUTES);
        double noise = perBarSd * StrictMath.sqrt((1 - a * a) / (1 - StrictMath.pow(a, 2 * REFERENCE_MINUTES)));
        return new double[] {1 - a, noise};
    }

    /** numpy's {@code linspace(start, stop, count)[i]}. */
    static double linspace(double start, double stop, int count, int i) {
        if (count == 1) return start;
        if (i == count - 1) return stop;
        return start + i * ((stop - start) / (count - 1));
    }
}
