package trade.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import trade.core.OutputSpec;
import trade.core.ParamSpec;
import trade.core.Params;
import trade.core.ValueType;

class IndicatorCatalogTest {
    private static final Set<String> MULTI_OUTPUT = Set.of("macd", "bbands", "stoch", "stochrsi", "adx", "aroon", "kc",
            "donchian", "supertrend", "psar", "squeeze", "vortex", "dm", "fisher", "tsi", "kvo", "ppo", "trix",
            "anchored_vwap", "volume_profile", "anchored_volume_profile", "session_levels");
    private static final Set<String> NO_PARAMS = Set.of("obv", "ohlc4", "session_levels");

    @Test
    void listsAllFortySevenNamesSorted() {
        List<String> names = IndicatorCatalog.names();
        assertEquals(47, names.size());
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.containsAll(MULTI_OUTPUT));
        assertTrue(IndicatorCatalog.find("EMA").isEmpty(), "names are lower-case");
        assertTrue(IndicatorCatalog.find("volume_sma").isEmpty());
    }

    @Test
    void singleOutputKindsHaveOneFloatValue() {
        for (String name : IndicatorCatalog.names()) {
            IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
            assertEquals(name, kind.name());
            if (MULTI_OUTPUT.contains(name)) {
                assertTrue(kind.outputs().size() >= 2, name);
            } else {
                assertEquals(List.of(OutputSpec.of("value", ValueType.FLOAT)), kind.outputs(), name);
            }
            assertEquals(!NO_PARAMS.contains(name), !kind.params().isEmpty(), name + " params");
            for (ParamSpec spec : kind.params()) assertFalse(spec.required(), name + "." + spec.name() + " has a default");
            assertTrue(kind.warmupBars(defaults(kind)) >= 1, name + " warmup");
        }
    }

    @Test
    void outputsFollowTheSpecsOrderAndTypes() {
        assertOutputs("bbands", "lower:FLOAT", "middle:FLOAT", "upper:FLOAT", "bandwidth:FLOAT", "percent_b:FLOAT");
        assertOutputs("macd", "macd:FLOAT", "signal:FLOAT", "histogram:FLOAT");
        assertOutputs("ppo", "ppo:FLOAT", "histogram:FLOAT", "signal:FLOAT");
        assertOutputs("supertrend", "trend:FLOAT", "direction:INT", "long:FLOAT", "short:FLOAT");
        assertOutputs("psar", "long:FLOAT", "short:FLOAT", "af:FLOAT", "reversal:INT");
        assertOutputs("squeeze", "sqz:FLOAT", "on:INT", "off:INT", "no_sqz:INT");
        assertOutputs("anchored_vwap", "value:FLOAT", "bars_since_anchor:INT");
        assertOutputs("anchored_volume_profile", "poc:FLOAT", "vah:FLOAT", "val:FLOAT", "poc_volume:FLOAT",
                "above_poc:INT", "in_value_area:INT", "bars_since_anchor:INT");
    }

    private static void assertOutputs(String name, String... expected) {
        List<String> got = IndicatorCatalog.find(name).orElseThrow().outputs().stream()
                .map(o -> o.name() + ":" + o.type()).toList();
        assertEquals(List.of(expected), got, name);
    }

    @Test
    void paramsCarryTheFactoryDefaultsAndMinimums() {
        assertParam("ema", "length", ParamSpec.Kind.INT, 20L, 1);
        assertParam("kama", "length", ParamSpec.Kind.INT, 10L, 1);
        assertParam("atr", "length", ParamSpec.Kind.INT, 14L, 2);
        assertParam("bbands", "std", ParamSpec.Kind.FLOAT, 2.0, 0);
        assertParam("alma", "offset", ParamSpec.Kind.FLOAT, 0.85, 0);
        assertParam("stoch", "smooth_k", ParamSpec.Kind.INT, 3L, 1);
        assertParam("psar", "max_af", ParamSpec.Kind.FLOAT, 0.2, 0);
        assertParam("vwap", "anchor", ParamSpec.Kind.TEXT, "D", 0);
        ParamSpec anchor = param("anchored_vwap", "anchor_source");
        assertEquals(List.of("swing_high", "swing_low", "swing_any", "pair_high", "pair_low", "pair_any", "manual"),
                anchor.choices());
        assertTrue(param("atr", "length").problemWith(1L).isPresent(), "atr length 1 never seeds");
        assertTrue(param("ema", "length").problemWith(0L).isPresent());
        assertTrue(param("ema", "length").problemWith(1L).isEmpty());
    }

    private static ParamSpec param(String name, String param) {
        return IndicatorCatalog.find(name).orElseThrow().params().stream()
                .filter(p -> p.name().equals(param)).findFirst().orElseThrow();
    }

    private static void assertParam(String name, String param, ParamSpec.Kind kind, Object defaultValue, double min) {
        ParamSpec spec = param(name, param);
        assertEquals(kind, spec.kind(), name + "." + param);
        assertEquals(defaultValue, spec.defaultValue(), name + "." + param);
        assertEquals(min, spec.min(), name + "." + param);
    }

    @Test
    void warmupFollowsTheRegistryFormulas() {
        assertEquals(60, warmup("ema", Map.of()));
        assertEquals(3 * 9, warmup("ema", Map.of("length", 9L)));
        assertEquals(15, warmup("rsi", Map.of()));
        assertEquals(8, warmup("rsi", Map.of("length", 7L)));
        assertEquals(14, warmup("atr", Map.of()));
        assertEquals(20, warmup("bbands", Map.of()));
        assertEquals(87, warmup("macd", Map.of()));
        assertEquals(3 * 30 + 5, warmup("macd", Map.of("slow", 30L, "signal", 5L)));
        assertEquals(20, warmup("stoch", Map.of()));
        // registry formula + 1 where the first value comes a bar later (indicators.md §1.5: max(registry, t₀ + 1))
        assertEquals(32, warmup("stochrsi", Map.of()));
        assertEquals(11, warmup("roc", Map.of()));
        assertEquals(11, warmup("mom", Map.of()));
        assertEquals(15, warmup("cmo", Map.of()));
        assertEquals(15, warmup("mfi", Map.of()));
        assertEquals(2, warmup("obv", Map.of()));
        assertEquals(61, warmup("kc", Map.of()));
        assertEquals(20, warmup("squeeze", Map.of()));
        assertEquals(18, warmup("squeeze", Map.of("bb_length", 10L, "kc_length", 12L)));
        assertEquals(102, warmup("kvo", Map.of()));
        assertEquals(29, warmup("uo", Map.of()));
        assertEquals(2, warmup("psar", Map.of()));
        assertEquals(96, warmup("session_levels", Map.of()));
        assertEquals(50, warmup("volume_profile", Map.of()));
        assertEquals(14, warmup("willr", Map.of()));
    }

    private static int warmup(String name, Map<String, Object> given) {
        IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
        return kind.warmupBars(Params.resolve(kind.params(), given));
    }

    @Test
    void inputRoutingFollowsTheSpec() {
        for (String name : List.of("ema", "sma", "rsi", "bbands", "macd", "stochrsi", "obv")) {
            assertTrue(IndicatorCatalog.find(name).orElseThrow().singleInput(), name);
        }
        for (String name : List.of("atr", "adx", "cci", "midprice", "ohlc4", "vwap", "session_levels")) {
            assertFalse(IndicatorCatalog.find(name).orElseThrow().singleInput(), name);
        }
    }

    @Test
    void everyKindCreatesAFreshInstance() {
        for (String name : IndicatorCatalog.names()) {
            IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
            Indicator indicator = kind.create(defaults(kind), InputSource.CLOSE);
            assertFalse(indicator.isReady(), name);
            for (int k = 0; k < kind.outputs().size(); k++) {
                boolean number = kind.outputs().get(k).type() != ValueType.FLOAT;
                assertEquals(!number, Double.isNaN(indicator.output(k)), name + " output " + k + " before the first bar");
            }
        }
    }

    @Test
    void sourceRoutesTheSeries() {
        IndicatorKind sma = IndicatorCatalog.find("sma").orElseThrow();
        Indicator onVolume = sma.create(Params.resolve(sma.params(), Map.of("length", 2L)), InputSource.VOLUME);
        onVolume.update(1, 2, 0.5, 1.5, 100);
        onVolume.update(1, 2, 0.5, 1.5, 300);
        assertEquals(200, onVolume.output(0));
        Indicator onHl2 = sma.create(Params.resolve(sma.params(), Map.of("length", 1L)), InputSource.HL2);
        onHl2.update(1, 2, 0.5, 1.5, 100);
        assertEquals(1.25, onHl2.output(0));
    }

    private static Params defaults(IndicatorKind kind) { return Params.resolve(kind.params(), Map.of()); }
}
