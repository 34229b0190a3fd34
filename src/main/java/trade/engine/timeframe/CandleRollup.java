package trade.engine.timeframe;

import java.util.Arrays;
import trade.core.Candles;
import trade.core.Timeframe;

/**
 * Builds the candles of a higher timeframe from finer candles (normally 1m), so that every
 * timeframe of a run agrees with the 1m candles the simulator fills against.
 *
 * <p>Buckets are epoch-aligned ({@link Timeframe#floor}): open = first open, high = max,
 * low = min, close = last close, volume = sum. A bucket becomes a bar only once it is complete in
 * time — the source data reaches the bucket's close — because a trailing partial bucket is not a
 * closed bar and using it would leak an unfinished candle into signals. Minutes missing inside a
 * bucket (exchange gaps, or data that starts mid-bucket) do not stop it from being a bar.
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
            return new RolledCandles(source, first, n);
        }
        if (n == 0) return empty(tf);

        long tfMillis = tf.millis();
        long lastClose = source.closeTime(n - 1);
        // Each bucket holds at least one source bar, so n bounds the bar count.
        int cap = (int) Math.min(n, (tf.floor(source.openTime(n - 1)) - tf.floor(source.openTime(0))) / tfMillis + 1);
        long[] time = new long[cap];
        double[] open = new double[cap], high = new double[cap], low = new double[cap],
                close = new double[cap], volume = new double[cap];
        int[] first = new int[cap];

        int bars = 0;
        long bucket = tf.floor(source.openTime(0));
        long previousOpen = Long.MIN_VALUE;
        int start = 0;
        double o = source.open(0), h = source.high(0), l = source.low(0), c = source.close(0), v = 0;
        for (int i = 0; i < n; i++) {
            long t = source.openTime(i);
            if (t <= previousOpen) {
                throw new IllegalArgumentException("candle open times must increase: bar " + i + " opens at " + t
                        + ", bar " + (i - 1) + " at " + previousOpen);
            }
            previousOpen = t;
            long b = tf.floor(t);
            if (b != bucket) {
                // A bucket followed by later data is complete in time.
                time[bars] = bucket; open[bars] = o; high[bars] = h; low[bars] = l; close[bars] = c;
                volume[bars] = v; first[bars] = start;
                bars++;
                bucket = b;
                start = i;
                o = source.open(i); h = source.high(i); l = source.low(i); v = 0;
            } else {
                h = Math.max(h, source.high(i));
                l = Math.min(l, source.low(i));
            }
            c = source.close(i);
            v += source.volume(i);
        }
        int end = n;
        if (lastClose >= bucket + tfMillis) {
            time[bars] = bucket; open[bars] = o; high[bars] = h; low[bars] = l; close[bars] = c;
            volume[bars] = v; first[bars] = start;
            bars++;
        } else {
            end = start; // the trailing partial bucket is dropped; its minutes belong to no bar
        }
        Candles rolled = new Candles(tf, Arrays.copyOf(time, bars), Arrays.copyOf(open, bars),
                Arrays.copyOf(high, bars), Arrays.copyOf(low, bars), Arrays.copyOf(close, bars),
                Arrays.copyOf(volume, bars));
        return new RolledCandles(rolled, Arrays.copyOf(first, bars), end);
    }

    private static RolledCandles empty(Timeframe tf) {
        return new RolledCandles(new Candles(tf, new long[0], new double[0], new double[0], new double[0],
                new double[0], new double[0]), new int[0], 0);
    }
}
