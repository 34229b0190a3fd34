package trade.validate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.timeframe.CandleRollup;
import trade.engine.timeframe.RolledCandles;
import trade.synth.SyntheticMarket;

/**
 * Gate G6: every higher timeframe the engine builds from 1m candles equals a plain aggregation
 * written here. For each pattern of the scope and every {@link Timeframe}, three windows of its 1m
 * candles are rolled up: the whole series (starting on a day boundary), a window cut at odd minutes
 * at both ends (so the first bucket is partial and the last one incomplete), and the series with
 * every 97th minute missing (exchange gaps). Each bar's open time, open, high, low, close, volume and
 * the 1m index range it was built from ({@link RolledCandles#firstMinute}/{@link RolledCandles#endMinute},
 * which the engine uses to walk a bar's minutes) must agree; prices exactly, since they are selected,
 * not computed, and volume within {@value #VOLUME_TOLERANCE} relative, allowing another summation order.
 *
 * <p>The original's {@code px.rollup.*} exec-bar fields do not exist in this DSL; the 1m range of an
 * exec bar is what the engine exposes instead, and it is compared here.
 */
public final class RollupParityAudit implements Audit {
    static final double VOLUME_TOLERANCE = 1e-9;

    private static final long MINUTE_MS = 60_000L;

    /** A window of a pattern's 1m candles: the minutes it keeps. */
    private record Window(String name, IntPredicate keep) {}

    /** A bar as the reference builds it: the 1m indices {@code [first, end)} it covers. */
    record Bar(long openTime, double open, double high, double low, double close, double volume, int first, int end) {}

    /** What one pattern contributed. */
    private record Outcome(long checked, List<String> failures) {}

    private final BiFunction<Candles, Timeframe, RolledCandles> rollup;

    /** The audit of the engine's roll-up: {@link CandleRollup}, which pushes candles through the streaming {@code BarAggregator} the engine runs. */
    public RollupParityAudit() { this(CandleRollup::rollUp); }

    /** The audit of another roll-up (a test hands in a faulty one to see it caught). */
    public RollupParityAudit(BiFunction<Candles, Timeframe, RolledCandles> rollup) { this.rollup = rollup; }

    @Override public String name() { return "rollup-parity"; }

    @Override public String description() {
        return "candles of every timeframe rolled up from 1m equal a plain bucket aggregation (whole, offset and gapped windows)";
    }

    @Override
    public AuditResult run(AuditScope scope) {
        long start = System.nanoTime();
        List<Outcome> outcomes = WorkerThreads.map(scope.threads(), scope.patterns(), pattern -> audit(pattern, scope));
        long checked = 0;
        List<String> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            checked += o.checked();
            failures.addAll(o.failures());
        }
        return new AuditResult(name(), checked, failures, (System.nanoTime() - start) / 1e9);
    }

    private Outcome audit(String pattern, AuditScope scope) {
        Candles minutes = SyntheticMarket.generate(pattern, scope.minutes(), scope.seed(), SyntheticMarket.BASE_TIMESTAMP_MS);
        int n = minutes.size();
        List<Window> windows = List.of(
                new Window("whole", i -> true),
                new Window("offset", i -> i >= 7 && i < n - 11),
                new Window("gapped", i -> i % 97 != 13));
        long checked = 0;
        List<String> failures = new ArrayList<>();
        for (Window w : windows) {
            Candles source = select(minutes, w.keep());
            for (Timeframe tf : Timeframe.values()) {
                String where = pattern + " (" + w.name() + " window) " + tf.label();
                checked += compare(where, rollup.apply(source, tf), reference(source, tf), tf, failures);
            }
        }
        return new Outcome(checked, failures);
    }

    /**
     * The reference aggregation: consecutive 1m candles whose open times floor to the same
     * multiple of the timeframe's length (UTC epoch) form a bucket; a bucket is a bar once the data
     * reaches its close (the last 1m candle closes at or after the bucket's end), so only the
     * trailing bucket can be dropped.
     */
    static List<Bar> reference(Candles m, Timeframe tf) {
        long length = tf.minutes() * MINUTE_MS;
        int n = m.size();
        long dataEnd = n == 0 ? Long.MIN_VALUE : m.openTime(n - 1) + MINUTE_MS;
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        while (i < n) {
            long bucket = Math.floorDiv(m.openTime(i), length) * length;
            double high = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY, volume = 0;
            int j = i;
            for (; j < n && m.openTime(j) < bucket + length; j++) {
                high = Math.max(high, m.high(j));
                low = Math.min(low, m.low(j));
                volume += m.volume(j);
            }
            if (bucket + length <= dataEnd) bars.add(new Bar(bucket, m.open(i), high, low, m.close(j - 1), volume, i, j));
            i = j;
        }
        return bars;
    }

    /** Compares bar by bar, adding a sentence per difference; returns the number of comparisons. */
    private static long compare(String where, RolledCandles got, List<Bar> want, Timeframe tf, List<String> failures) {
        Candles c = got.candles();
        long checked = 2;
        if (c.timeframe() != tf) failures.add(where + ": the roll-up says its candles are " + c.timeframe().label());
        if (c.size() != want.size()) {
            failures.add(where + ": " + c.size() + " bars from the roll-up, " + want.size() + " by plain aggregation");
        }
        for (int i = 0; i < Math.min(c.size(), want.size()); i++) {
            Bar b = want.get(i);
            String bar = where + " bar " + i + " (" + Instant.ofEpochMilli(b.openTime()) + ")";
            checked += 8;
            field(bar, "open time", c.openTime(i), b.openTime(), failures);
            field(bar, "open", c.open(i), b.open(), failures);
            field(bar, "high", c.high(i), b.high(), failures);
            field(bar, "low", c.low(i), b.low(), failures);
            field(bar, "close", c.close(i), b.close(), failures);
            if (Math.abs(c.volume(i) - b.volume()) > VOLUME_TOLERANCE * Math.max(1, Math.abs(b.volume()))) {
                failures.add(bar + ": volume is " + c.volume(i) + " from the roll-up, " + b.volume() + " by plain aggregation");
            }
            field(bar, "first 1m index", got.firstMinute(i), b.first(), failures);
            field(bar, "end 1m index", got.endMinute(i), b.end(), failures);
        }
        return checked;
    }

    private static void field(String bar, String field, double got, double want, List<String> failures) {
        if (Double.compare(got, want) != 0) failures.add(bar + ": " + field + " is " + show(got) + " from the roll-up, " + show(want) + " by plain aggregation");
    }

    private static String show(double x) { return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x); }

    /** The 1m candles whose index {@code keep} accepts, as a new series. */
    private static Candles select(Candles m, IntPredicate keep) {
        int n = m.size(), k = 0;
        long[] time = new long[n];
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n], volume = new double[n];
        for (int i = 0; i < n; i++) {
            if (!keep.test(i)) continue;
            time[k] = m.openTime(i); open[k] = m.open(i); high[k] = m.high(i); low[k] = m.low(i);
            close[k] = m.close(i); volume[k] = m.volume(i);
            k++;
        }
        return new Candles(m.timeframe(), Arrays.copyOf(time, k), Arrays.copyOf(open, k),
                Arrays.copyOf(high, k), Arrays.copyOf(low, k), Arrays.copyOf(close, k),
                Arrays.copyOf(volume, k));
    }
}
