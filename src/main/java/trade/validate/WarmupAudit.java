package trade.validate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.timeframe.CandleRollup;
import trade.play.CompiledPlay;

/**
 * Warm-up: a Play starts trading exactly at the first exec bar where every feature and structure
 * it declares is warm, and each timeframe's declared warm-up is what its features and structures
 * need. A feature needs the larger of its catalog warm-up and the bars up to its first value (every
 * output has had one, as the engine showed it, counted in bars of the feature's own timeframe,
 * spec indicators.md §1.5); a structure needs its catalog warm-up with the Play's largest swing
 * left/right (play-dsl.md §3.4).
 */
public final class WarmupAudit implements Audit {
    private final BiFunction<CompiledPlay, Candles, RunTrace> tracer;

    public WarmupAudit() { this(RunTrace::ofEngine); }

    /** An audit of the traces {@code tracer} makes of a Play on 1m candles (tests plant faults here). */
    public WarmupAudit(BiFunction<CompiledPlay, Candles, RunTrace> tracer) { this.tracer = tracer; }

    @Override
    public String name() { return "warm-up"; }

    @Override
    public String description() {
        return "each Play's first tradable bar is the first exec bar where every feature and structure is warm, and each timeframe declares what they need";
    }

    @Override
    public AuditResult run(AuditScope scope) {
        long started = System.nanoTime();
        long checked = 0;
        List<String> failures = new ArrayList<>();
        for (Finding f : WorkerThreads.map(scope.threads(), scope.plays(), file -> check(ScopePlay.load(file, scope.seed())))) {
            checked += f.checked();
            failures.addAll(f.failures());
        }
        return new AuditResult(name(), checked, failures, (System.nanoTime() - started) / 1e9);
    }

    private record Finding(long checked, List<String> failures) {}

    /** Bars of a timeframe one item needs closed before it is warm, and why. */
    private record Need(int bars, String item, String why) {
        Need max(Need other) { return other.bars > bars ? other : this; }
    }

    private Finding check(ScopePlay played) {
        RunTrace trace = tracer.apply(played.play(), played.candles());
        CompiledPlay play = trace.play();
        String id = play.spec().id();
        List<String> failures = new ArrayList<>();
        long checked = 0;
        Map<Timeframe, int[]> closed = new TreeMap<>();
        Map<Timeframe, Need> needs = new TreeMap<>();
        for (Timeframe tf : play.spec().timeframes().distinct()) {
            closed.put(tf, closedBars(CandleRollup.rollUp(played.candles(), tf).candles(), trace.closeTimes()));
            needs.put(tf, new Need(0, "nothing", "no feature or structure"));
        }

        for (CompiledPlay.Feature f : play.features()) {
            Timeframe tf = f.spec().timeframe();
            int[] closedBy = closed.get(tf);
            int firstValue = -1;
            int eitherSide = Integer.MAX_VALUE; // the earlier of a long/short pair
            boolean calendar = CALENDAR_ANCHORED.contains(f.kind().name());
            for (int o = 0; o < f.kind().outputs().size() && !calendar; o++) {
                String output = f.kind().outputs().get(o).name();
                int bar = firstValueBar(trace.values()[f.firstSeries() + o]);
                boolean pairMember = ONE_SIDE_AT_A_TIME.contains(f.kind().name()) && (output.equals("long") || output.equals("short"));
                if (pairMember) {
                    if (bar >= 0) eitherSide = Math.min(eitherSide, closedBy[bar] - 1);
                } else if (bar < 0) {
                    failures.add(id + ": feature " + f.spec().id() + "." + output + " on " + tf.label()
                            + " never has a value in " + trace.bars() + " exec bars, so its warm-up cannot be confirmed");
                } else {
                    firstValue = Math.max(firstValue, closedBy[bar] - 1);
                }
            }
            if (eitherSide != Integer.MAX_VALUE) firstValue = Math.max(firstValue, eitherSide);
            int catalog = f.kind().warmupBars(f.params());
            int declared = play.warmupBars().getOrDefault(tf, 0);
            checked++;
            if (firstValue + 1 > declared) {
                failures.add(id + ": feature " + f.spec().id() + " has its first value at bar " + firstValue + " of " + tf.label()
                        + " (" + (firstValue + 1) + " bars), but " + tf.label() + " declares a warm-up of " + declared + " bars");
            }
            needs.merge(tf, new Need(Math.max(catalog, firstValue + 1), "feature " + f.spec().id(),
                    "first value at bar " + firstValue + ", catalog warm-up " + catalog), Need::max);
        }

        int[] largestSwing = largestSwing(play);
        for (CompiledPlay.Detector d : play.detectors()) {
            int bars = d.kind().warmupBars(d.params(), largestSwing[0], largestSwing[1]);
            needs.merge(d.spec().timeframe(), new Need(bars, "structure " + d.spec().key(),
                    "catalog warm-up with swing left/right " + largestSwing[0] + "/" + largestSwing[1]), Need::max);
        }

        for (Map.Entry<Timeframe, Need> e : needs.entrySet()) {
            int declared = play.warmupBars().getOrDefault(e.getKey(), 0);
            Need need = e.getValue();
            checked++;
            if (declared != need.bars()) {
                failures.add(id + ": " + e.getKey().label() + " declares a warm-up of " + declared + " bars, but its features and structures need "
                        + need.bars() + " (" + need.item() + ": " + need.why() + ")");
            }
        }

        // the first exec bar by whose close every timeframe has closed the bars it needs
        int warm = -1;
        Timeframe last = null;
        for (Map.Entry<Timeframe, Need> e : needs.entrySet()) {
            int bar = firstBarWith(closed.get(e.getKey()), e.getValue().bars());
            if (bar < 0) {
                warm = -1;
                last = e.getKey();
                break;
            }
            if (bar >= warm) {
                warm = bar;
                last = e.getKey();
            }
        }
        checked++;
        if (trace.firstTradable() != warm) {
            Need limit = needs.get(last);
            failures.add(id + ": trading starts at exec bar " + describe(trace, trace.firstTradable()) + ", but every feature and structure is warm from exec bar "
                    + describe(trace, warm) + " (" + last.label() + " needs " + limit.bars() + " bars: " + limit.item() + ", " + limit.why() + ")");
        }
        return new Finding(checked, failures);
    }

    private static String describe(RunTrace trace, int bar) {
        return bar < 0 ? "never" : bar + " (closing " + Instant.ofEpochMilli(trace.closeTimes()[bar]) + ")";
    }

    /** For each exec bar, how many bars of {@code tf} have closed by its close. */
    private static int[] closedBars(Candles tf, long[] execCloses) {
        int[] out = new int[execCloses.length];
        int j = 0;
        for (int b = 0; b < out.length; b++) {
            while (j < tf.size() && tf.closeTime(j) <= execCloses[b]) j++;
            out[b] = j;
        }
        return out;
    }

    /** Kinds whose long and short outputs take turns: one having a value makes it warm (indicators.md §1.5). */
    private static final Set<String> ONE_SIDE_AT_A_TIME = Set.of("supertrend", "psar");

    /**
     * Kinds whose values start at calendar boundaries (a session, an anchor), not after a bar
     * count; indicators.md §1.5 leaves the anchored ones out of the readiness check, and
     * session_levels' previous-day and previous-week levels are the same kind of thing.
     */
    private static final Set<String> CALENDAR_ANCHORED = Set.of("anchored_vwap", "anchored_volume_profile", "session_levels");

    private static int firstValueBar(double[] values) {
        for (int b = 0; b < values.length; b++) if (!Double.isNaN(values[b])) return b;
        return -1;
    }

    /** The first exec bar by which {@code bars} bars have closed, or -1. */
    private static int firstBarWith(int[] closedBy, int bars) {
        for (int b = 0; b < closedBy.length; b++) if (closedBy[b] >= bars) return b;
        return -1;
    }

    /** The largest {@code left} and {@code right} over the Play's swings, 5/5 when none gives them. */
    private static int[] largestSwing(CompiledPlay play) {
        int left = 5, right = 5;
        boolean any = false;
        for (CompiledPlay.Detector d : play.detectors()) {
            if (d.kind().type().equals("swing") && d.params().has("left")) {
                left = any ? Math.max(left, d.params().integer("left")) : d.params().integer("left");
                right = any ? Math.max(right, d.params().integer("right")) : d.params().integer("right");
                any = true;
            }
        }
        return new int[] {left, right};
    }
}
