package trade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.core.Params;
import trade.engine.timeframe.CandleRollup;
import trade.validate.reference.Bench;
import trade.synth.SyntheticMarket;
import trade.indicator.Indicator;
import trade.indicator.IndicatorKind;
import trade.indicator.InputSource;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;

/**
 * The parity audits pass on the production catalogs, and each one catches the fault it exists for:
 * an indicator or detector that is deliberately wrong fails parity, and the failure names it.
 */
class ParityAuditTest {
    private static final List<String> PATTERNS = List.of("trending", "range_wide", "breakout_false");
    private static final AuditScope SMALL = new AuditScope(PATTERNS, 2000, 42, List.of(), AuditScope.Focus.CATALOG, 2);
    private static final Path CORE_001 = Path.of("plays/core/V_CORE_001_ema_cross_trend.yml");

    @Test
    void productionIndicatorsPass() {
        AuditResult r = new IndicatorParityAudit().run(SMALL);
        assertTrue(r.passed(), r.reason());
        assertTrue(r.checked() > 0);
    }

    @Test
    void productionDetectorsPass() {
        AuditResult r = new StructureParityAudit().run(SMALL);
        assertTrue(r.passed(), r.reason());
        assertTrue(r.checked() > 0);
    }

    @Test
    void anEmaWithTheWrongAlphaFailsAndIsNamed() {
        AuditResult r = new IndicatorParityAudit(faulty("ema", (p, s) -> new SlowEma(p.integer("length")))).run(SMALL);
        assertFalse(r.passed());
        assertTrue(r.failures().stream().allMatch(f -> f.startsWith("ema ")), r.failures().toString());
        assertTrue(r.failures().getFirst().contains("on trending"), r.failures().getFirst());
    }

    @Test
    void anRsiOneBarLateFailsAndIsNamed() {
        AuditResult r = new IndicatorParityAudit(faulty("rsi", (p, s) -> new OneBarLate(catalog("rsi").create(p, s)))).run(SMALL);
        assertFalse(r.passed());
        assertTrue(r.failures().stream().allMatch(f -> f.startsWith("rsi ")), r.failures().toString());
    }

    @Test
    void aSwingThatConfirmsOneBarLateFailsAndIsNamed() {
        // the right-hand window one bar wider: every pivot is confirmed a bar later than the spec says
        Bench.Factory late = (kind, p, deps, atr) -> kind.type().equals("swing") && p.has("right")
                ? kind.create(Params.resolve(kind.params(), with(p, "right", (long) p.integer("right") + 1)), deps, atr)
                : kind.create(p, deps, atr);
        AuditResult r = new StructureParityAudit(late).run(SMALL);
        assertFalse(r.passed());
        assertTrue(r.failures().stream().anyMatch(f -> f.contains(": swing swing ")), r.failures().toString());
    }

    @Test
    void playsFocusCoversExactlyTheFeaturesOfACorePlay() {
        CompiledPlay play = PlayCompiler.compile(PlayLoader.load(CORE_001));
        List<IndicatorParityAudit.Case> cases = IndicatorParityAudit.playCases(List.of(CORE_001));
        assertEquals(play.features().stream().map(f -> f.spec().id()).toList(),
                cases.stream().map(c -> c.label().replaceAll(".* (\\S+)\\)$", "$1")).toList());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(play.features().get(i).params().values(), cases.get(i).params().values());
            assertEquals(play.features().get(i).spec().timeframe(), cases.get(i).timeframe());
        }
        // and the audit compares every output of exactly those features at every bar of their timeframe
        AuditScope scope = new AuditScope(List.of("trend_up_clean"), 2000, 42, List.of(CORE_001), AuditScope.Focus.PLAYS, 1);
        Candles minutes = SyntheticMarket.generate("trend_up_clean", 2000, 42, SyntheticMarket.BASE_TIMESTAMP_MS);
        long expected = 0;
        for (CompiledPlay.Feature f : play.features()) {
            expected += (long) f.kind().outputs().size() * CandleRollup.rollUp(minutes, f.spec().timeframe()).candles().size();
        }
        AuditResult r = new IndicatorParityAudit().run(scope);
        assertTrue(r.passed(), r.reason());
        assertEquals(expected, r.checked());
    }

    @Test
    void playsFocusCoversExactlyTheStructuresOfACorePlay() {
        CompiledPlay play = PlayCompiler.compile(PlayLoader.load(CORE_001));
        List<StructureParityAudit.Block> blocks = StructureParityAudit.playBlocks(List.of(CORE_001));
        assertEquals(play.detectors().stream().map(d -> d.spec().key()).toList(),
                blocks.stream().flatMap(b -> b.declared().stream()).map(Bench.Declared::key).toList());
        AuditScope scope = new AuditScope(List.of("trend_up_clean"), 2000, 42, List.of(CORE_001), AuditScope.Focus.PLAYS, 1);
        Candles minutes = SyntheticMarket.generate("trend_up_clean", 2000, 42, SyntheticMarket.BASE_TIMESTAMP_MS);
        long expected = 0;
        for (CompiledPlay.Detector d : play.detectors()) {
            expected += (long) d.outputCount() * CandleRollup.rollUp(minutes, d.spec().timeframe()).candles().size();
        }
        AuditResult r = new StructureParityAudit().run(scope);
        assertTrue(r.passed(), r.reason());
        assertEquals(expected, r.checked());
    }

    private interface Replacement {
        Indicator create(Params p, InputSource source);
    }

    /** The production factory, except that {@code name} is built by {@code wrong}. */
    private static IndicatorParityAudit.Factory faulty(String name, Replacement wrong) {
        return (kind, p, s) -> kind.name().equals(name) ? wrong.create(p, s) : kind.create(p, s);
    }

    private static IndicatorKind catalog(String name) { return trade.indicator.IndicatorCatalog.find(name).orElseThrow(); }

    private static Map<String, Object> with(Params p, String name, Object value) {
        Map<String, Object> given = new java.util.LinkedHashMap<>(p.values());
        given.put(name, value);
        return given;
    }

    /** An EMA seeded by the SMA like the real one, but smoothing with alpha 2/(n+2) instead of 2/(n+1). */
    private static final class SlowEma implements Indicator {
        private final int n;
        private double sum, value = Double.NaN;
        private int count;

        SlowEma(int n) { this.n = n; }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            count++;
            if (count < n) sum += close;
            else if (count == n) value = (sum + close) / n;
            else value += 2.0 / (n + 2) * (close - value);
        }

        @Override
        public double output(int index) { return value; }

        @Override
        public boolean isReady() { return count >= n; }

        @Override
        public void reset() {
            sum = 0;
            count = 0;
            value = Double.NaN;
        }
    }

    /** Shows the wrapped single-output indicator's value one bar late. */
    private static final class OneBarLate implements Indicator {
        private final Indicator inner;
        private double shown = Double.NaN;

        OneBarLate(Indicator inner) { this.inner = inner; }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            shown = inner.output(0);
            inner.update(open, high, low, close, volume);
        }

        @Override
        public double output(int index) { return shown; }

        @Override
        public boolean isReady() { return inner.isReady(); }

        @Override
        public void reset() {
            inner.reset();
            shown = Double.NaN;
        }
    }
}
