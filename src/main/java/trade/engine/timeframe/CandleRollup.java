package trade.engine.timeframe;

import java.util.Arrays;
import trade.core.Candles;
import trade.core.Timeframe;

/**
 * The candles of a higher timeframe built from finer candles (normally 1m) all at once, for the
 * audits and the report: the source candles pushed through the same {@link BarAggregator} the
 * engine streams them through, so every timeframe agrees with what the engine saw. A trailing
 * bucket the data does not complete is not a bar.
 */
public final class CandleRollup {
    private CandleRollup() {}

    /**
     * Rolls {@code source} (1m, or any timeframe whose length divides {@code tf}'s) up to
     * {@code tf}. Indices in the result's {@code firstMinute} refer to {@code source} bars.
     */
    public static RolledCandles rollUp(Candles source, Timeframe tf) {
        Timeframe from = source.timeframe();
        if (tf.minutes() % from.minutes() != 0) {
            throw new IllegalArgumentException("cannot roll " + from.label() + " candles up to " + tf.label()
                    + ": " + tf.minutes() + " minutes is not a multiple of " + from.minutes());
        }
        int n = source.size();
        if (tf == from) {
            int[] first = new int[n];
            for (int i = 0; i < n; i++) first[i] = i;
            return new RolledCandles(source, first, n); // each candle is its own bar
        }
        BarAggregator aggregator = new BarAggregator(tf.millis(), from.millis());
        // each bucket holds at least one source bar, so n bounds the bar count
        long[] time = new long[n];
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n], volume = new double[n];
        int[] first = new int[n];
        int bars = 0;
        for (int i = 0; i < n; i++) {
            long t = source.openTime(i);
            if (i > 0 && t <= source.openTime(i - 1)) {
                throw new IllegalArgumentException("candle open times must increase: bar " + i + " opens at " + t
                        + ", bar " + (i - 1) + " at " + source.openTime(i - 1));
            }
            if (aggregator.endsBy(t)) bars = take(aggregator, bars, time, open, high, low, close, volume, first);
            if (aggregator.add(i, t, source.open(i), source.high(i), source.low(i), source.close(i), source.volume(i))) {
                bars = take(aggregator, bars, time, open, high, low, close, volume, first);
            }
        }
        // minutes after the last completed bar belong to an unfinished bucket and to no bar
        int end = bars == 0 ? 0 : lastEnd(source, tf, time[bars - 1], n);
        Candles rolled = new Candles(tf, Arrays.copyOf(time, bars), Arrays.copyOf(open, bars), Arrays.copyOf(high, bars),
                Arrays.copyOf(low, bars), Arrays.copyOf(close, bars), Arrays.copyOf(volume, bars));
        return new RolledCandles(rolled, Arrays.copyOf(first, bars), end);
    }

    private static int take(BarAggregator a, int bars, long[] time, double[] open, double[] high, double[] low, double[] close,
                            double[] volume, int[] first) {
        time[bars] = a.openTime();
        open[bars] = a.open();
        high[bars] = a.high();
        low[bars] = a.low();
        close[bars] = a.close();
        volume[bars] = a.volume();
        first[bars] = (int) a.firstMinute();
        return bars + 1;
    }

    /** One past the last source index inside the last completed bar. */
    private static int lastEnd(Candles source, Timeframe tf, long lastBarOpen, int n) {
        int end = n;
        while (end > 0 && source.openTime(end - 1) >= lastBarOpen + tf.millis()) end--;
        return end;
    }
}
