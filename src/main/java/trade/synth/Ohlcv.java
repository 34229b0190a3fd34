package trade.synth;

import trade.core.Candles;
import trade.core.Timeframe;

/**
 * Turns closes into 1m OHLCV candles (spec §1.4), drawing per bar in this order: open gap
 * (bars after the first), upper wick, lower wick, volume.
 *
 * <p>Decision: the open-gap σ (0.001) and wick σ (0.005) are multiplied by sqrt(1/1440) like the
 * walk's σ. The original applies them unscaled at every timeframe, which at 1m gives wicks of
 * ~0.4 % around bodies of ~0.05 %, and a day built from such minutes would have a range far
 * wider than the walk moves.
 *
 * <p>Prices are kept above {@link #FLOOR_FRACTION}·P0: a close at or below it is raised to it, so
 * a pattern that would cross zero (possible for the spike patterns at some sizes) yields a flat
 * floor instead of negative prices.
 */
final class Ohlcv {
    static final double OPEN_GAP_DAILY = 0.001;
    static final double WICK_DAILY = 0.005;
    /** The lowest price a candle may have, as a fraction of P0. */
    static final double FLOOR_FRACTION = 1e-4;

    private Ohlcv() {}

    static Candles fromCloses(double[] c, PatternRun run, long startMs) {
        int n = c.length;
        double floor = FLOOR_FRACTION * run.p0;
        for (int i = 0; i < n; i++) {
            if (!(c[i] > floor)) c[i] = floor; // also catches NaN
        }
        double gapSd = OPEN_GAP_DAILY * run.perBar;
        double wickSd = WICK_DAILY * run.perBar;
        long[] time = new long[n];
        double[] open = new double[n], high = new double[n], low = new double[n], volume = new double[n];
        for (int i = 0; i < n; i++) {
            double o = i == 0 ? c[0] : c[i - 1] * (1 + run.normal(gapSd));
            double hi = Math.max(o, c[i]) * (1 + Math.abs(run.normal(wickSd)));
            double lo = Math.min(o, c[i]) * (1 - Math.abs(run.normal(wickSd)));
            double v;
            if (i > 0) {
                double move = Math.abs(c[i] - c[i - 1]) / c[i - 1];
                v = StrictMath.exp(10 + run.normal(0.8)) * 1000 * (1 + 50 * move);
            } else {
                v = StrictMath.exp(10 + run.normal(1.0)) * 1000;
            }
            time[i] = startMs + i * 60_000L;
            open[i] = o;
            high[i] = hi;
            low[i] = Math.max(lo, Double.MIN_NORMAL); // a wick would need thousands of σ to reach zero
            volume[i] = v;
        }
        return new Candles(Timeframe.M1, time, open, high, low, c, volume);
    }
}
