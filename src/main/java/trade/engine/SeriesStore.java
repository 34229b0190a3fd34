package trade.engine;

import java.util.Arrays;
import trade.dsl.plan.SeriesReader;

/**
 * Every series a Play's conditions read, by slot, holding only the recent past: per feed (each
 * timeframe, and the 1m candles) a ring of its last candles sized by the longest look-back any
 * condition makes on it, and per indicator or structure output a ring of its last
 * {@link #CAPACITY} values. A read applies the as-of rule: the last bar of the series' timeframe
 * closed by the (shifted) evaluation time, then {@code offset} bars further back. This is the one
 * place that keeps conditions from seeing a bar before it closed.
 */
final class SeriesStore implements SeriesReader {
    /** Indicator and structure values older than this many bars read as missing. */
    static final int CAPACITY = 1024;
    private static final int MASK = CAPACITY - 1;
    /**
     * EVENT is a ring holding a per-bar event flag of a structure on another timeframe than exec:
     * read at offset 0 it is true only on the first exec bar after its bar closed, not on every
     * exec bar until the next close (docs/differences.md, Structures).
     */
    static final int CANDLE = 0, MINUTE = 1, RING = 2, EVENT = 3;

    private final int[] kind;
    private final int[] feedOf;
    private final int[] field;
    private final double[][] rings;
    private final long[] feedMillis;
    /** Per feed: close times and the five candle fields (open, high, low, close, volume) of its last bars. */
    private final long[][] closeTimes;
    private final double[][][] candles;
    private final int[] feedMask;
    /** Bars appended to each feed so far. */
    private final int[] appended;
    /** Index of the last closed bar of each feed at the current evaluation time (-1 before the first). */
    private final int[] current;
    private final int execFeed;
    private long barClock;
    private long minuteClock;

    /** @param feedCapacity bars each feed must keep (rounded up to a power of two) */
    SeriesStore(int[] kind, int[] feedOf, int[] field, long[] feedMillis, int[] feedCapacity, int execFeed) {
        this.kind = kind;
        this.execFeed = execFeed;
        this.feedOf = feedOf;
        this.field = field;
        this.feedMillis = feedMillis;
        this.rings = new double[kind.length][];
        for (int s = 0; s < kind.length; s++) {
            if (kind[s] == RING || kind[s] == EVENT) rings[s] = new double[CAPACITY];
        }
        int feeds = feedMillis.length;
        closeTimes = new long[feeds][];
        candles = new double[feeds][5][];
        feedMask = new int[feeds];
        for (int f = 0; f < feeds; f++) {
            int cap = Integer.highestOneBit(Math.max(CAPACITY, feedCapacity[f]) - 1) << 1;
            closeTimes[f] = new long[cap];
            for (int k = 0; k < 5; k++) candles[f][k] = new double[cap];
            feedMask[f] = cap - 1;
        }
        appended = new int[feeds];
        current = new int[feeds];
        Arrays.fill(current, -1);
    }

    /** Appends the next closed bar of {@code feed}; returns its index. */
    int append(int feed, long openTime, double open, double high, double low, double close, double volume) {
        int bar = appended[feed]++;
        int i = bar & feedMask[feed];
        closeTimes[feed][i] = openTime + feedMillis[feed];
        double[][] c = candles[feed];
        c[0][i] = open;
        c[1][i] = high;
        c[2][i] = low;
        c[3][i] = close;
        c[4][i] = volume;
        return bar;
    }

    /** Bars appended to {@code feed} so far. */
    int appended(int feed) { return appended[feed]; }

    /** A field (0 open … 4 volume) of a bar still held. */
    double candle(int feed, int bar, int fieldIndex) { return candles[feed][fieldIndex][bar & feedMask[feed]]; }

    long closeTime(int feed, int bar) { return closeTimes[feed][bar & feedMask[feed]]; }

    /** Records the value of a ring series for bar {@code bar} of its feed. */
    void write(int series, int bar, double value) { rings[series][bar & MASK] = value; }

    void setCurrent(int feed, int bar) { current[feed] = bar; }

    /** Sets the clocks: bar-based series resolve at {@code barClock}, 1m prices at {@code minuteClock}. */
    void setClocks(long barClock, long minuteClock) {
        this.barClock = barClock;
        this.minuteClock = minuteClock;
    }

    /** Oldest bar of {@code feed} still held. */
    private int oldest(int feed) { return appended[feed] - feedMask[feed] - 1; }

    /** True when the exec bar in force at {@code clock} is the first one closing at or after {@code close}. */
    private boolean firstExecBarAfter(long close, long clock) {
        int e = current[execFeed];
        int oldest = oldest(execFeed);
        while (e >= 0 && e >= oldest && closeTime(execFeed, e) > clock) e--;
        return e <= 0 || e <= oldest || close > closeTime(execFeed, e - 1);
    }

    @Override
    public double read(int series, int offset, long shiftMs) {
        int feed = feedOf[series];
        int k = kind[series];
        int j = current[feed];
        long t = (k == MINUTE ? minuteClock : barClock) - shiftMs;
        int oldest = oldest(feed);
        if (shiftMs != 0) {
            while (j >= 0 && closeTime(feed, j) > t) {
                if (--j < oldest) return Double.NaN;
            }
        }
        if (k == EVENT && offset == 0 && j >= 0 && !firstExecBarAfter(closeTime(feed, j), t)) return 0;
        j -= offset;
        if (j < 0) return Double.NaN;
        if (k == RING || k == EVENT) return j <= current[feed] - CAPACITY ? Double.NaN : rings[series][j & MASK];
        if (j < oldest) return Double.NaN;
        return candles[feed][field[series]][j & feedMask[feed]];
    }
}
