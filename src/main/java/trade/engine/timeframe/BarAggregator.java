package trade.engine.timeframe;

/**
 * Builds one timeframe's bars from closed 1m candles as they arrive. Buckets are epoch-aligned:
 * open = first open, high = max, low = min, close = last close, volume = sum. A bucket closes as
 * soon as it is complete in time: when its last minute arrives, or when time reaches its end
 * (the minutes at its end were missing). Minutes missing inside a bucket do not stop it from
 * being a bar, and a bucket never closes early, so no unfinished candle leaks into a signal.
 */
public final class BarAggregator {
    private final long millis;
    private final long sourceMillis;
    private boolean building;
    private long bucket;
    private double open, high, low, close, volume;
    private long firstMinute;

    /** Bars of {@code millis} from source candles of {@code sourceMillis} (normally 1m), which must divide it. */
    public BarAggregator(long millis, long sourceMillis) {
        if (millis % sourceMillis != 0) throw new IllegalArgumentException(millis + " ms bars cannot be built from " + sourceMillis + " ms candles");
        this.millis = millis;
        this.sourceMillis = sourceMillis;
    }

    /** Closes the bucket being built when time {@code nowMs} has reached its end; true when it did. */
    public boolean endsBy(long nowMs) {
        if (!building || bucket + millis > nowMs) return false;
        building = false;
        return true;
    }

    /**
     * Adds closed source candle number {@code minute} (after {@link #endsBy} at its open time);
     * true when it completes the bucket.
     */
    public boolean add(long minute, long openTime, double o, double h, double l, double c, double v) {
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
        if (openTime + sourceMillis < bucket + millis) return false;
        building = false;
        return true;
    }

    /** The last completed (or building) bar. */
    public long openTime() { return bucket; }

    public long closeTime() { return bucket + millis; }

    public double open() { return open; }

    public double high() { return high; }

    public double low() { return low; }

    public double close() { return close; }

    public double volume() { return volume; }

    /** Number of the bar's first 1m candle. */
    public long firstMinute() { return firstMinute; }
}
