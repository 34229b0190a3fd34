package trade.core;

/**
 * Closed OHLCV candles of one timeframe as columns of primitive arrays (the hot path reads these
 * directly; nothing is boxed). Bar {@code i} opens at {@code openTime(i)} and closes at
 * {@code openTime(i) + timeframe.millis()}.
 */
public final class Candles {
    private final Timeframe timeframe;
    private final long[] openTime;
    private final double[] open, high, low, close, volume;

    public Candles(Timeframe timeframe, long[] openTime, double[] open, double[] high, double[] low,
                   double[] close, double[] volume) {
        int n = openTime.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("candle columns differ in length");
        }
        this.timeframe = timeframe;
        this.openTime = openTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    public Timeframe timeframe() { return timeframe; }
    public int size() { return openTime.length; }
    public long openTime(int i) { return openTime[i]; }
    public long closeTime(int i) { return openTime[i] + timeframe.millis(); }
    public double open(int i) { return open[i]; }
    public double high(int i) { return high[i]; }
    public double low(int i) { return low[i]; }
    public double close(int i) { return close[i]; }
    public double volume(int i) { return volume[i]; }

    /** Candles {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public Candles slice(int from, int to) {
        return new Candles(timeframe, java.util.Arrays.copyOfRange(openTime, from, to), java.util.Arrays.copyOfRange(open, from, to),
                java.util.Arrays.copyOfRange(high, from, to), java.util.Arrays.copyOfRange(low, from, to),
                java.util.Arrays.copyOfRange(close, from, to), java.util.Arrays.copyOfRange(volume, from, to));
    }
}
