package trade.engine;

import trade.core.Candles;
import trade.dsl.plan.SeriesReader;

/**
 * Every series a Play's conditions read, by slot: candle fields and 1m prices straight from the
 * candle columns, indicator and structure outputs from a ring of their last {@link #CAPACITY}
 * values. A read applies the as-of rule: the last bar of the series' timeframe closed by the
 * (shifted) evaluation time, then {@code offset} bars further back. This is the one place that
 * keeps conditions from seeing a bar before it closed.
 */
final class SeriesStore implements SeriesReader {
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
    private final Candles[] feedCandles;
    private final long[][] feedCloseTimes;
    /** Index of the last closed bar of each feed at the current evaluation time (-1 before the first). */
    private final int[] current;
    private final int execFeed;
    private long barClock;
    private long minuteClock;

    SeriesStore(int[] kind, int[] feedOf, int[] field, Candles[] feedCandles, int execFeed) {
        this.kind = kind;
        this.execFeed = execFeed;
        this.feedOf = feedOf;
        this.field = field;
        this.feedCandles = feedCandles;
        this.rings = new double[kind.length][];
        for (int s = 0; s < kind.length; s++) {
            if (kind[s] == RING || kind[s] == EVENT) rings[s] = new double[CAPACITY];
        }
        this.feedCloseTimes = new long[feedCandles.length][];
        for (int f = 0; f < feedCandles.length; f++) {
            Candles c = feedCandles[f];
            long[] t = new long[c.size()];
            for (int i = 0; i < t.length; i++) t[i] = c.closeTime(i);
            feedCloseTimes[f] = t;
        }
        this.current = new int[feedCandles.length];
        java.util.Arrays.fill(current, -1);
    }

    /** Records the value of a ring series for bar {@code bar} of its feed. */
    void write(int series, int bar, double value) { rings[series][bar & MASK] = value; }

    void setCurrent(int feed, int bar) { current[feed] = bar; }

    /** Sets the clocks: bar-based series resolve at {@code barClock}, 1m prices at {@code minuteClock}. */
    void setClocks(long barClock, long minuteClock) {
        this.barClock = barClock;
        this.minuteClock = minuteClock;
    }

    /** True when the exec bar in force at {@code clock} is the first one closing at or after {@code close}. */
    private boolean firstExecBarAfter(long close, long clock) {
        long[] exec = feedCloseTimes[execFeed];
        int e = current[execFeed];
        while (e >= 0 && exec[e] > clock) e--;
        return e <= 0 || close > exec[e - 1];
    }

    @Override
    public double read(int series, int offset, long shiftMs) {
        int feed = feedOf[series];
        int k = kind[series];
        int j = current[feed];
        long t = (k == MINUTE ? minuteClock : barClock) - shiftMs;
        if (shiftMs != 0) {
            long[] closes = feedCloseTimes[feed];
            while (j >= 0 && closes[j] > t) j--;
        }
        if (k == EVENT && offset == 0 && j >= 0 && !firstExecBarAfter(feedCloseTimes[feed][j], t)) return 0;
        j -= offset;
        if (j < 0) return Double.NaN;
        if (k == RING || k == EVENT) return j <= current[feed] - CAPACITY ? Double.NaN : rings[series][j & MASK];
        Candles c = feedCandles[feed];
        return switch (field[series]) {
            case 0 -> c.open(j);
            case 1 -> c.high(j);
            case 2 -> c.low(j);
            case 3 -> c.close(j);
            default -> c.volume(j);
        };
    }
}
