package trade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.engine.timeframe.CandleRollup;
import trade.play.CompiledPlay;

class LookAheadAuditTest {
    @Test
    void theCorePlaysDoNotLookAhead() {
        AuditResult result = new LookAheadAudit().run(CorePlays.scope(CorePlays.all()));
        System.out.printf("look-ahead on %d core Plays: %d values compared in %.2f s%n", CorePlays.all().size(), result.checked(), result.seconds());
        assertEquals(List.of(), result.failures());
        assertTrue(result.passed(), result.reason());
    }

    /** A series whose value at an exec bar is the close of the next exec bar: the look-ahead the audit exists for. */
    private static RunTrace withNextClose(CompiledPlay play, Candles minutes) {
        RunTrace trace = RunTrace.ofEngine(play, minutes);
        Candles exec = CandleRollup.rollUp(minutes, play.spec().timeframes().exec()).candles();
        double[] next = new double[trace.bars()];
        for (int b = 0; b < next.length; b++) next[b] = b + 1 < exec.size() ? exec.close(b + 1) : Double.NaN;
        List<String> series = new ArrayList<>(trace.series());
        series.add("next_close");
        double[][] values = Arrays.copyOf(trace.values(), series.size());
        values[series.size() - 1] = next;
        return new RunTrace(play, trace.closeTimes(), trace.firstTradable(), series, values, trace.decisions());
    }

    @Test
    void aFeatureThatReadsTheNextBarFailsNamingIt() {
        AuditResult result = new LookAheadAudit(LookAheadAuditTest::withNextClose).run(CorePlays.first());
        assertFalse(result.passed());
        assertTrue(result.checked() > 0);
        assertTrue(result.failures().stream().allMatch(f -> f.contains("next_close") && f.contains("V_CORE_001")), result.failures().toString());
    }

    @Test
    void cutsFallAroundWarmUpInsideSlowerBarsAndNearTheEnd() {
        ScopePlay p = ScopePlay.load(CorePlays.all().get(3), 42); // V_CORE_004: 15m exec, 1h features, daily structures
        RunTrace trace = RunTrace.ofEngine(p.play(), p.candles());
        long[] cuts = LookAheadAudit.cuts(trace, p.candles());
        long[] close = trace.closeTimes();
        long hour = 3_600_000, quarter = 900_000;
        assertTrue(cuts.length >= 12, "cuts: " + cuts.length);
        assertTrue(Arrays.stream(cuts).anyMatch(t -> t == close[trace.firstTradable()]), "a cut right at the first tradable bar");
        assertTrue(Arrays.stream(cuts).anyMatch(t -> t % hour != 0 && t % quarter == 0), "a cut at an exec close inside an hour");
        assertTrue(Arrays.stream(cuts).anyMatch(t -> t % quarter != 0), "a cut inside an exec bar");
        assertTrue(Arrays.stream(cuts).anyMatch(t -> t % (24 * hour) == 0), "a cut at a daily close");
        assertTrue(Arrays.stream(cuts).anyMatch(t -> t > close[close.length - 3]), "a cut near the end");
    }
}
