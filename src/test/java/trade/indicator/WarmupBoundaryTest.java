package trade.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import trade.core.Params;
import trade.core.ValueType;
import trade.validate.reference.Bars;
import trade.fixtures.AppendixSeries;

/**
 * The first non-NaN bar of each output equals the spec's t₀ (indicators.md §3), for several
 * parameter sets, and isReady() turns true exactly on the bar where the last output appears.
 */
class WarmupBoundaryTest {
    private static final Bars SERIES = AppendixSeries.bars();

    /** Mutually exclusive sides (supertrend/psar long and short): no fixed boundary, not checked. */
    private static final int SIDE = -1;

    /** t₀ per output, from the resolved params. */
    private static final Map<String, List<ToIntFunction<Params>>> FIRST_BAR = Map.ofEntries(
            Map.entry("ema", List.of(p -> len(p) - 1)),
            Map.entry("sma", List.of(p -> len(p) - 1)),
            Map.entry("rsi", List.of(WarmupBoundaryTest::len)),
            Map.entry("atr", List.of(p -> len(p) - 1)),
            Map.entry("bbands", List.of(p -> len(p) - 1, p -> len(p) - 1, p -> len(p) - 1, p -> len(p) - 1, p -> len(p) - 1)),
            Map.entry("wma", List.of(p -> len(p) - 1)),
            Map.entry("natr", List.of(p -> len(p) - 1)),
            Map.entry("roc", List.of(WarmupBoundaryTest::len)),
            Map.entry("mom", List.of(WarmupBoundaryTest::len)),
            Map.entry("obv", List.of(p -> 1)),
            Map.entry("ohlc4", List.of(p -> 0)),
            Map.entry("macd", List.of(WarmupBoundaryTest::macdFirst, p -> macdFirst(p) + p.integer("signal") - 1,
                    p -> macdFirst(p) + p.integer("signal") - 1)),
            Map.entry("willr", List.of(p -> len(p) - 1)),
            Map.entry("cci", List.of(p -> len(p) - 1)),
            Map.entry("midprice", List.of(p -> len(p) - 1)),
            Map.entry("dema", List.of(p -> len(p) - 1)),
            Map.entry("tema", List.of(p -> len(p) - 1)),
            Map.entry("trima", List.of(p -> 2 * (int) Math.rint(0.5 * (len(p) + 1)) - 2)),
            Map.entry("kc", List.of(p -> len(p) - 1, p -> len(p) - 1, p -> len(p) - 1)),
            Map.entry("donchian", List.of(WarmupBoundaryTest::donchianFirst, WarmupBoundaryTest::donchianFirst,
                    WarmupBoundaryTest::donchianFirst)),
            Map.entry("cmo", List.of(WarmupBoundaryTest::len)),
            Map.entry("cmf", List.of(p -> len(p) - 1)),
            Map.entry("ppo", List.of(WarmupBoundaryTest::macdFirst, WarmupBoundaryTest::macdFirst, WarmupBoundaryTest::macdFirst)),
            Map.entry("mfi", List.of(WarmupBoundaryTest::len)),
            Map.entry("zlma", List.of(p -> len(p) - 1)),
            Map.entry("kama", List.of(p -> len(p) - 1)),
            Map.entry("alma", List.of(p -> len(p) - 1)),
            Map.entry("linreg", List.of(p -> len(p) - 1)),
            Map.entry("vwap", List.of(p -> 0)),
            Map.entry("anchored_vwap", List.of(p -> 0, p -> 0)),
            Map.entry("uo", List.of(p -> p.integer("slow"))),
            Map.entry("stoch", List.of(WarmupBoundaryTest::stochFirst, WarmupBoundaryTest::stochFirst)),
            Map.entry("stochrsi", List.of(WarmupBoundaryTest::stochRsiFirst, WarmupBoundaryTest::stochRsiFirst)),
            Map.entry("fisher", List.of(WarmupBoundaryTest::len, WarmupBoundaryTest::len)),
            Map.entry("tsi", List.of(p -> p.integer("slow") - 1, p -> p.integer("slow") - 1)),
            Map.entry("adx", List.of(p -> len(p) - 1, p -> len(p) - 1, p -> len(p) - 1, p -> 2 * len(p) - 2)),
            Map.entry("aroon", List.of(WarmupBoundaryTest::len, WarmupBoundaryTest::len, WarmupBoundaryTest::len)),
            Map.entry("supertrend", List.of(p -> len(p) - 1, p -> len(p) - 1, p -> SIDE, p -> SIDE)),
            Map.entry("psar", List.of(p -> SIDE, p -> SIDE, p -> 1, p -> 1)),
            Map.entry("vortex", List.of(p -> len(p) - 1, p -> len(p) - 1)),
            Map.entry("dm", List.of(p -> 1, p -> 1)),
            Map.entry("trix", List.of(WarmupBoundaryTest::len, p -> len(p) + p.integer("signal") - 1)),
            Map.entry("squeeze", List.of(p -> 17, WarmupBoundaryTest::squeezeReady, WarmupBoundaryTest::squeezeReady,
                    WarmupBoundaryTest::squeezeReady)),
            Map.entry("kvo", List.of(WarmupBoundaryTest::kvoFirst, p -> kvoFirst(p) + p.integer("signal") - 1)),
            Map.entry("volume_profile", List.of(p -> 1, p -> 1, p -> 1, p -> 1, p -> 1, p -> 1)),
            Map.entry("anchored_volume_profile", List.of(p -> 1, p -> 1, p -> 1, p -> 1, p -> 1, p -> 1, p -> 0)),
            Map.entry("session_levels", List.of(p -> 24, p -> 24, p -> 0, p -> 0, p -> 168, p -> 168)));

    /** isReady follows the spec where it is not "every output has appeared": session_levels is ready with the previous day. */
    private static final Map<String, Integer> READY_AT = Map.of("session_levels", 24);

    private static int stochFirst(Params p) { return p.integer("k") + p.integer("smooth_k") + p.integer("d") - 3; }

    private static int stochRsiFirst(Params p) {
        return p.integer("rsi_length") + len(p) + p.integer("k") + p.integer("d") - 3;
    }

    private static int squeezeReady(Params p) {
        return Math.max(Math.max(p.integer("bb_length"), p.integer("kc_length")) - 1, 17);
    }

    private static int kvoFirst(Params p) { return Math.max(p.integer("fast"), p.integer("slow")); }

    private static int donchianFirst(Params p) { return Math.max(p.integer("lower_length"), p.integer("upper_length")) - 1; }

    /** max(fast, slow)-1 (macd, ppo): no swapping, so a fast longer than slow delays the first value. */
    private static int macdFirst(Params p) { return Math.max(p.integer("fast"), p.integer("slow")) - 1; }

    private static int len(Params p) { return p.integer("length"); }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : IndicatorCatalog.names()) {
            out.add(Arguments.of(name, 0L));
            for (long seed = 1; seed <= 5; seed++) out.add(Arguments.of(name, seed));
        }
        return out.stream();
    }

    @Test
    void everyIndicatorHasAnExpectedBoundary() {
        for (String name : IndicatorCatalog.names()) {
            assertTrue(FIRST_BAR.containsKey(name), "no t0 declared for " + name);
            assertEquals(Bars.outputCount(name), FIRST_BAR.get(name).size(), name);
        }
    }

    @ParameterizedTest(name = "{0} params#{1}")
    @MethodSource("cases")
    void firstValueAppearsAtTheSpecifiedBar(String name, long paramSeed) {
        IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
        Params p = paramSeed == 0 ? Params.resolve(kind.params(), Map.of()) : IndicatorProperties.randomParams(name, paramSeed);
        Indicator indicator = kind.create(p, InputSource.CLOSE);
        List<ToIntFunction<Params>> firstBars = FIRST_BAR.get(name);
        int lastFirst = READY_AT.getOrDefault(name, firstBars.stream().mapToInt(f -> f.applyAsInt(p)).max().orElseThrow());
        for (int t = 0; t < SERIES.size(); t++) {
            SERIES.push(indicator, t);
            for (int k = 0; k < firstBars.size(); k++) {
                int first = firstBars.get(k).applyAsInt(p);
                if (kind.outputs().get(k).type() != ValueType.FLOAT || first == SIDE) continue;
                boolean expected = t >= first;
                assertEquals(expected, !Double.isNaN(indicator.output(k)), name + " " + p + " output " + k + " at t=" + t);
            }
            assertEquals(t >= lastFirst, indicator.isReady(), name + " " + p + " isReady at t=" + t);
        }
        assertFalse(lastFirst >= SERIES.size(), "boundary beyond the series");
    }
}
