package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import trade.core.OutputSpec;
import trade.core.Params;

/** The catalog lists all 13 types with the dependencies, outputs and warm-ups of play-dsl.md §3.4. */
class StructureCatalogTest {
    private static StructureKind kind(String type) { return StructureCatalog.find(type).orElseThrow(); }

    private static Params params(String type, Map<String, Object> given) {
        return Params.resolve(kind(type).params(), given);
    }

    @Test
    void listsThirteenTypesInSpecOrder() {
        assertEquals(List.of("swing", "rolling_window", "trend", "market_structure", "zone", "fibonacci", "derived_zone",
                "displacement", "fair_value_gap", "order_block", "liquidity_zones", "premium_discount", "breaker_block"),
                StructureCatalog.types());
        assertTrue(StructureCatalog.find("pivot").isEmpty());
    }

    @Test
    void dependencies() {
        assertEquals(List.of(), kind("swing").dependencies());
        assertEquals(List.of(new Dependency("swing", true)), kind("trend").dependencies());
        assertEquals(List.of(new Dependency("swing", true), new Dependency("trend", false)), kind("fibonacci").dependencies());
        assertEquals(List.of(new Dependency("swing", true), new Dependency("displacement", false)), kind("order_block").dependencies());
        assertEquals(List.of(new Dependency("order_block", true), new Dependency("market_structure", false)),
                kind("breaker_block").dependencies());
    }

    @Test
    void warmups() {
        assertEquals(7, kind("swing").warmupBars(params("swing", Map.of("left", 3L, "right", 4L)), 9, 9));
        assertEquals(10, kind("swing").warmupBars(params("swing", Map.of("mode", "atr_zigzag")), 3, 3));
        assertEquals(5 * 7, kind("trend").warmupBars(params("trend", Map.of()), 3, 4));
        assertEquals(3 * 7, kind("market_structure").warmupBars(params("market_structure", Map.of()), 3, 4));
        assertEquals(20, kind("rolling_window").warmupBars(
                params("rolling_window", Map.of("size", 20L, "source", "low", "mode", "min")), 5, 5));
        assertEquals(11, kind("derived_zone").warmupBars(params("derived_zone", Map.of("levels", List.of(0.5), "max_active", 2L)), 5, 5));
        assertEquals(10, kind("order_block").warmupBars(params("order_block", Map.of()), 5, 5));
        assertEquals(20, kind("liquidity_zones").warmupBars(params("liquidity_zones", Map.of()), 5, 5));
        assertEquals(40, kind("breaker_block").warmupBars(params("breaker_block", Map.of()), 5, 5));
        assertEquals(3, kind("fair_value_gap").warmupBars(params("fair_value_gap", Map.of()), 5, 5));
    }

    @Test
    void atrNeeds() {
        for (String t : List.of("zone", "displacement", "order_block", "fair_value_gap", "liquidity_zones")) {
            assertTrue(kind(t).needsAtr(params(t, Map.of("zone_type", "demand", "width_atr", 1.0))), t);
        }
        assertFalse(kind("swing").needsAtr(params("swing", Map.of("left", 2L, "right", 2L))));
        assertTrue(kind("swing").needsAtr(params("swing", Map.of("left", 2L, "right", 2L, "atr_key", "atr_14"))));
        assertTrue(kind("swing").needsAtr(params("swing", Map.of("mode", "atr_zigzag", "atr_key", "atr_14"))));
        assertFalse(kind("trend").needsAtr(params("trend", Map.of())));
    }

    @Test
    void outputsFollowTheDslTable() {
        assertEquals(24, kind("swing").outputs(params("swing", Map.of("left", 2L, "right", 2L))).size());
        assertEquals(10, kind("trend").outputs(params("trend", Map.of())).size());
        assertEquals(12, kind("market_structure").outputs(params("market_structure", Map.of())).size());
        List<String> fib = kind("fibonacci").outputs(params("fibonacci", Map.of("levels", List.of(0.5, 1.0, -0.272, 0.1234567))))
                .stream().map(OutputSpec::name).toList();
        assertEquals(List.of("level_0.5", "level_1", "level_-0.272", "level_0.123457", "anchor_high", "anchor_low", "range",
                "anchor_direction", "anchor_hash", "anchor_trend_direction"), fib);
        List<OutputSpec> dz = kind("derived_zone").outputs(params("derived_zone", Map.of("levels", List.of(0.5), "max_active", 3L)));
        assertEquals(3 * 10 + 9, dz.size());
        assertEquals("zone2_instance_id", dz.get(29).name());
        // the empty word comes first so a fresh detector's 0 code reads as empty
        assertEquals("", kind("swing").outputs(params("swing", Map.of("left", 2L, "right", 2L))).get(21).enumDomain().get(0));
        assertEquals("none", kind("trend").outputs(params("trend", Map.of())).get(4).enumDomain().get(0));
    }

    @Test
    void requiredParamsHaveNoDefault() {
        assertTrue(kind("swing").params().stream().filter(p -> p.name().equals("left")).findFirst().orElseThrow().required());
        assertEquals(3, kind("rolling_window").params().stream().filter(p -> p.required()).count());
        assertFalse(kind("trend").params().get(0).required());
    }

    @Test
    void createChecksImplementationAndDependencies() {
        assertTrue(kind("swing").implemented());
        assertTrue(kind("trend").implemented());
        assertTrue(kind("market_structure").implemented());
        assertTrue(kind("rolling_window").implemented());
        assertThrows(IllegalArgumentException.class, () -> kind("trend").create(params("trend", Map.of()), Map.of(), null));
        Params swing = params("swing", Map.of("mode", "atr_zigzag"));
        assertThrows(IllegalArgumentException.class, () -> kind("swing").create(swing, Map.of(), null));
        for (String t : StructureCatalog.types()) {
            if (!kind(t).implemented()) {
                assertThrows(UnsupportedOperationException.class, () -> kind(t).create(params(t, Map.of()), Map.of(), () -> 1));
            }
        }
    }
}
