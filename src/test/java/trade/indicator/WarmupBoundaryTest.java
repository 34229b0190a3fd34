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

/**
 * The first non-NaN bar of each output equals the spec's t₀ (indicators.md §3), for several
 * parameter sets, and isReady() turns true exactly on the bar where the last output appears.
 */
class WarmupBoundaryTest {
    private static final Bars SERIES = Bars.golden();

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
            Map.entry("mfi", List.of(WarmupBoundaryTest::len)));

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
        int lastFirst = firstBars.stream().mapToInt(f -> f.applyAsInt(p)).max().orElseThrow();
        for (int t = 0; t < SERIES.size(); t++) {
            indicator.update(SERIES.open()[t], SERIES.high()[t], SERIES.low()[t], SERIES.close()[t], SERIES.volume()[t]);
            for (int k = 0; k < firstBars.size(); k++) {
                if (kind.outputs().get(k).type() != ValueType.FLOAT) continue;
                boolean expected = t >= firstBars.get(k).applyAsInt(p);
                assertEquals(expected, !Double.isNaN(indicator.output(k)), name + " " + p + " output " + k + " at t=" + t);
            }
            assertEquals(t >= lastFirst, indicator.isReady(), name + " " + p + " isReady at t=" + t);
        }
        assertFalse(lastFirst >= SERIES.size(), "boundary beyond the series");
    }
}
