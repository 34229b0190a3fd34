package trade.validate;

import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.play.CompiledPlay;
import trade.play.Intent;

/**
 * No look-ahead: a Play's decisions and every series value up to a bar are the same whether its
 * candles end there or go on. Each Play runs once on all its candles, then again on its candles cut
 * at many instants (right after warm-up, spread over the run, at and inside bars of its slower
 * timeframes, inside an exec bar, near the end); every bar the cut run traced must equal the full
 * run bit for bit (NaN equals NaN).
 */
public final class LookAheadAudit implements Audit {
    /** Cuts spread evenly over the tradable bars, besides the fixed ones. */
    private static final int SPREAD_CUTS = 12;
    private static final long MINUTE = 60_000;

    private final BiFunction<CompiledPlay, Candles, RunTrace> tracer;

    public LookAheadAudit() { this(RunTrace::ofEngine); }

    /** An audit of the traces {@code tracer} makes of a Play on 1m candles (tests plant faults here). */
    public LookAheadAudit(BiFunction<CompiledPlay, Candles, RunTrace> tracer) { this.tracer = tracer; }

    @Override
    public String name() { return "look-ahead"; }

    @Override
    public String description() {
        return "each Play's decisions and series values up to a bar are identical whether its candles end there or go on, at ~18 cuts";
    }

    @Override
    public AuditResult run(AuditScope scope) {
        long started = System.nanoTime();
        long checked = 0;
        List<String> failures = new ArrayList<>();
        // one Play at a time, its cuts in parallel: only one Play's full trace is held at once
        for (Path file : scope.plays()) {
            ScopePlay p = ScopePlay.load(file, scope.seed());
            Full full = new Full(p, tracer.apply(p.play(), p.candles()));
            for (Comparison c : WorkerThreads.map(scope.threads(), java.util.Arrays.stream(cuts(full.trace(), p.candles())).boxed().toList(), cut -> compare(full, cut))) {
                checked += c.checked();
                failures.addAll(c.failures());
            }
        }
        return new AuditResult(name(), checked, failures, (System.nanoTime() - started) / 1e9);
    }

    private record Full(ScopePlay played, RunTrace trace) {}

    private record Comparison(long checked, List<String> failures) {}

    /**
     * Instants to cut the candles at (the last kept 1m candle closes there): exec-bar closes around
     * the first tradable bar and near the end, evenly spread ones (every other one half-way into the
     * next exec bar), and for each slower timeframe a close of its bar mid-run, one minute before it
     * and one exec bar before it (inside that bar).
     */
    static long[] cuts(RunTrace full, Candles minutes) {
        int n = full.bars();
        if (n < 3) return new long[0];
        long[] close = full.closeTimes();
        Timeframe exec = full.play().spec().timeframes().exec();
        int first = Math.max(full.firstTradable(), 0);
        TreeSet<Long> at = new TreeSet<>();
        for (int b : new int[] {first - 1, first, first + 1, n - 2}) at.add(close[Math.clamp(b, 0, n - 2)]);
        at.add(close[n - 1] - MINUTE);
        for (int j = 1; j <= SPREAD_CUTS; j++) {
            int b = first + (int) ((long) (n - 1 - first) * j / (SPREAD_CUTS + 1));
            at.add(close[Math.min(b, n - 2)] + (j % 2 == 0 ? 0 : exec.millis() / 2 / MINUTE * MINUTE));
        }
        long middle = close[(first + n) / 2];
        for (Timeframe tf : full.play().spec().timeframes().distinct()) {
            if (tf.minutes() <= exec.minutes()) continue;
            long slowClose = tf.floor(middle);
            for (long t : new long[] {slowClose, slowClose - MINUTE, slowClose - exec.millis()}) at.add(t);
        }
        long end = minutes.closeTime(minutes.size() - 1);
        return at.stream().filter(t -> t >= close[0] && t < end).mapToLong(Long::longValue).toArray();
    }

    /** Runs the Play on its candles up to {@code cut} and compares every traced bar with the full run. */
    private Comparison compare(Full full, long cut) {
        RunTrace all = full.trace();
        RunTrace part = tracer.apply(all.play(), upTo(full.played().candles(), cut));
        String where = full.played().id() + ": candles cut at " + time(cut);
        int expected = closedBy(all.closeTimes(), cut);
        List<String> failures = new ArrayList<>();
        if (part.bars() != expected) {
            failures.add(where + ": the cut run traced " + part.bars() + " exec bars, the full run " + expected + " up to the cut");
        }
        int expectedFirst = all.firstTradable() < expected ? all.firstTradable() : -1;
        if (part.firstTradable() != expectedFirst) {
            failures.add(where + ": first tradable bar is " + part.firstTradable() + " when the candles end there, "
                    + expectedFirst + " when they go on");
        }
        if (!part.series().equals(all.series())) {
            failures.add(where + ": the cut run traced other series: " + part.series() + " vs " + all.series());
            return new Comparison(0, failures);
        }
        int bars = Math.min(expected, part.bars());
        long checked = 0;
        for (int s = 0; s < all.series().size(); s++) {
            double[] whole = all.values()[s], cutRun = part.values()[s];
            for (int b = 0; b < bars; b++) {
                if (Double.doubleToLongBits(whole[b]) != Double.doubleToLongBits(cutRun[b])) {
                    failures.add(where + " (" + bars + " exec bars): " + all.series().get(s) + " at bar " + b + " (closing " + time(all.closeTimes()[b])
                            + ") is " + whole[b] + " when the candles go on but " + cutRun[b] + " when they end at the cut");
                    break;
                }
            }
            checked += bars;
        }
        for (int b = 0; b < bars; b++) {
            Intent whole = all.decisions()[b], cutRun = part.decisions()[b];
            if (!Objects.equals(whole, cutRun)) {
                failures.add(where + " (" + bars + " exec bars): the decision at bar " + b + " (closing " + time(all.closeTimes()[b]) + ") is "
                        + label(whole) + " when the candles go on but " + label(cutRun) + " when they end at the cut");
                break;
            }
        }
        return new Comparison(checked + bars, failures);
    }

    private static String label(Intent intent) { return intent == null ? "none" : intent.action().label(); }

    private static String time(long epochMs) { return Instant.ofEpochMilli(epochMs).toString(); }

    /** Number of leading entries of the ascending {@code closes} that are at or before {@code time}. */
    static int closedBy(long[] closes, long time) {
        int lo = 0, hi = closes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (closes[mid] <= time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The 1m candles closing at or before {@code time}. */
    private static Candles upTo(Candles minutes, long time) {
        int m = 0;
        while (m < minutes.size() && minutes.closeTime(m) <= time) m++;
        return minutes.slice(0, m);
    }
}
