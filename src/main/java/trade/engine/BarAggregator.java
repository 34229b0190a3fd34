package trade.engine;

/**
 * Builds one timeframe's bars from closed 1m candles as they arrive. Buckets are epoch-aligned:
 * open = first open, high = max, low = min, close = last close, volume = sum. A bucket closes as
 * soon as it is complete in time: when its last minute arrives, or when time reaches its end
 * (the minutes at its end were missing). Minutes missing inside a bucket do not stop it from
 * being a bar, and a bucket never closes early, so no unfinished candle leaks into a signal.
 */
final class BarAggregator {
    private static final long MINUTE_MS = 60_000L;
    private final long millis;
    private boolean building;
    private long bucket;
    private double open, high, low, close, volume;
    private long firstMinute;

    BarAggregator(long millis) { this.millis = millis; }

    /** Closes the bucket being built when time {@code nowMs} has reached its end; true when it did. */
    boolean endsBy(long nowMs) {
        if (!building || bucket + millis > nowMs) return false;
        building = false;
        return true;
    }

    /**
     * Adds closed 1m candle number {@code minute} (after {@link #endsBy} at its open time); true
     * when it completes the bucket.
     */
    boolean add(long minute, long openTime, double o, double h, double l, double c, double v) {
        if (!building) {
            building = true;
            bucket = Math.floorDiv(openTime, millis) * millis;
            firstMinute = minute;
            open = o;
            high = h;
            low = l;
            volume = 0;
        } else {
            high = Math.max(high, h);
            low = Math.min(low, l);
        }
        close = c;
        volume += v;
        if (openTime + MINUTE_MS < bucket + millis) return false;
        building = false;
        return true;
    }

    /** The last completed (or building) bar. */
    long openTime() { return bucket; }

    long closeTime() { return bucket + millis; }

    double open() { return open; }

    double high() { return high; }

    double low() { return low; }

    double close() { return close; }

    double volume() { return volume; }

    /** Number of the bar's first 1m candle. */
    long firstMinute() { return firstMinute; }
}
