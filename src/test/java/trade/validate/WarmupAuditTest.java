package trade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.play.CompiledPlay;

class WarmupAuditTest {
    @Test
    void theCorePlaysStartTradingExactlyWhenWarm() {
        AuditResult result = new WarmupAudit().run(CorePlays.scope(CorePlays.all()));
        System.out.printf("warm-up on %d core Plays: %d checks in %.2f s%n", CorePlays.all().size(), result.checked(), result.seconds());
        assertEquals(List.of(), result.failures());
        assertTrue(result.passed(), result.reason());
    }

    /** The Play with its exec timeframe's warm-up {@code delta} bars off. */
    private static CompiledPlay execWarmupOff(CompiledPlay p, int delta) {
        Map<Timeframe, Integer> warmup = new TreeMap<>(p.warmupBars());
        warmup.merge(p.spec().timeframes().exec(), delta, Integer::sum);
        return new CompiledPlay(p.spec(), p.features(), p.detectors(), p.series(), p.scope(), p.actions(), warmup, p.riskSeries(),
                p.canonicalText());
    }

    private static final ScopePlay CORE_001 = ScopePlay.load(CorePlays.all().getFirst(), 42);
    private static final int WARM = RunTrace.ofEngine(CORE_001.play(), CORE_001.candles()).firstTradable();

    @ParameterizedTest
    @ValueSource(ints = {-1, 1})
    void aCompilerDeclaringOneBarTooFewOrTooManyFails(int delta) {
        AuditResult result = new WarmupAudit((play, minutes) -> RunTrace.ofEngine(execWarmupOff(play, delta), minutes)).run(CorePlays.first());
        assertFalse(result.passed());
        int declared = CORE_001.play().warmupBars().get(Timeframe.M15) + delta;
        assertTrue(result.failures().stream().anyMatch(f -> f.startsWith("V_CORE_001: 15m declares a warm-up of " + declared + " bars")),
                result.failures().toString());
        assertTrue(result.failures().stream().anyMatch(f -> f.startsWith("V_CORE_001: trading starts at exec bar " + (WARM + delta) + " ")
                && f.contains("warm from exec bar " + WARM + " ")), result.failures().toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1})
    void anEngineStartingOneBarEarlyOrLateFails(int delta) {
        BiFunction<CompiledPlay, Candles, RunTrace> offByOne = (play, minutes) -> {
            RunTrace shifted = RunTrace.ofEngine(execWarmupOff(play, delta), minutes);
            return new RunTrace(play, shifted.closeTimes(), shifted.firstTradable(), shifted.series(), shifted.values(), shifted.decisions());
        };
        AuditResult result = new WarmupAudit(offByOne).run(CorePlays.first());
        assertEquals(1, result.failures().size(), result.failures().toString());
        assertTrue(result.failures().getFirst().startsWith("V_CORE_001: trading starts at exec bar " + (WARM + delta) + " "), result.reason());
        assertTrue(result.failures().getFirst().contains("ema_slow_21"), "names the feature that sets the warm-up: " + result.reason());
    }

    @Test
    void aFeatureWithoutAValueWhenTradingStartsFails() {
        BiFunction<CompiledPlay, Candles, RunTrace> late = (play, minutes) -> {
            RunTrace trace = RunTrace.ofEngine(play, minutes);
            CompiledPlay.Feature slow = play.features().stream().filter(f -> f.spec().id().equals("ema_slow_21")).findFirst().orElseThrow();
            double[][] values = trace.values().clone();
            values[slow.firstSeries()] = values[slow.firstSeries()].clone();
            Arrays.fill(values[slow.firstSeries()], 0, trace.firstTradable() + 1, Double.NaN);
            return new RunTrace(play, trace.closeTimes(), trace.firstTradable(), trace.series(), values, trace.decisions());
        };
        AuditResult result = new WarmupAudit(late).run(CorePlays.first());
        assertFalse(result.passed());
        assertTrue(result.failures().stream().anyMatch(f -> f.startsWith("V_CORE_001: feature ema_slow_21 has its first value at bar "
                + (WARM + 1) + " of 15m")), result.failures().toString());
    }
}
