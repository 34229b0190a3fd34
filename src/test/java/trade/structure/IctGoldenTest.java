package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import trade.validate.reference.Bars;
import trade.validate.reference.Bench;
import trade.fixtures.AppendixSeries;

/**
 * structures.md Appendix A for derived_zone, fair_value_gap, order_block, liquidity_zones and
 * breaker_block: event bars, event details and the full state at bars 299 and 599, on the golden
 * series with the original's atr(14).
 */
class IctGoldenTest {
    private static Bench bench;

    @BeforeAll
    static void run() {
        Bars s = AppendixSeries.bars();
        bench = new Bench(List.of(Bench.swing(5, 5),
                new Bench.Declared("ms", "market_structure", Map.of(), List.of("swing")),
                new Bench.Declared("dz", "derived_zone", Map.of("levels", List.of(0.382, 0.5, 0.618), "max_active", 5L, "width_pct", 0.002),
                        List.of("swing")),
                new Bench.Declared("fvg", "fair_value_gap", Map.of("atr_key", "atr_14", "max_active", 5L), List.of()),
                new Bench.Declared("ob", "order_block", Map.of("atr_key", "atr_14", "body_atr_min", 1.0, "wick_ratio_max", 0.6),
                        List.of("swing")),
                new Bench.Declared("liq", "liquidity_zones",
                        Map.of("atr_key", "atr_14", "tolerance_atr", 0.5, "sweep_atr", 0.1, "min_touches", 2L), List.of("swing")),
                new Bench.Declared("brk", "breaker_block", Map.of(), List.of("ob", "ms"))),
                ZoneGoldenTest.atr14(s)).run(s);
    }

    @Test
    void derivedZoneTouches() {
        assertEquals(ints(85, 107, 156, 157, 161, 314, 354, 416, 452, 461, 492, 543, 553, 574), bench.barsWhere("dz", "any_touched", false));
    }

    @Test
    void fairValueGapEvents() {
        assertEquals(ints(4, 6, 7, 8, 12, 17, 20, 23, 26, 47, 51, 55, 59, 70, 72, 73, 74, 78, 79, 82, 85, 87, 89, 90, 91, 93, 100,
                102, 111, 122, 123, 127, 129, 130, 143, 146, 148, 151, 153, 162, 166, 169, 179, 191, 195, 198, 201, 213, 214, 226,
                231, 236, 237, 238, 239, 240, 242, 253, 255, 256, 263, 266, 268, 279, 281, 284, 296, 298, 301, 312, 328, 334, 336,
                337, 343, 350, 357, 359, 360, 366, 367, 368, 372, 373, 376, 381, 384, 392, 397, 403, 407, 431, 432, 433, 434, 439,
                441, 445, 457, 458, 462, 463, 467, 468, 470, 471, 475, 476, 481, 482, 485, 492, 509, 510, 517, 518, 528, 536, 556,
                557, 566, 579, 580, 594), bench.barsWhere("fvg", "new_this_bar", false));
        assertEquals(ints(13, 20, 22, 34, 46, 50, 53, 64, 71, 81, 82, 86, 92, 94, 99, 101, 103, 121, 124, 132, 147, 148, 152, 155,
                160, 163, 170, 183, 200, 203, 212, 225, 229, 232, 242, 244, 254, 257, 264, 270, 280, 287, 302, 313, 327, 333, 339,
                350, 352, 356, 358, 367, 398, 404, 408, 411, 439, 440, 442, 447, 460, 462, 480, 482, 483, 486, 506, 511, 519, 535,
                547, 559, 560, 575), bench.barsWhere("fvg", "any_mitigated_this_bar", false));
        assertEquals("4: 1 [101.07, 102.26]; 6: 1 [102.74, 103.12]; 7: 1 [103.3, 106.74]; 8: 1 [106.9, 107.69]; "
                + "12: 1 [108.9, 109.27]; 17: 1 [109.75, 112.86]; 20: -1 [112.12, 112.47]; 23: 1 [111.97, 112.4]",
                creations("fvg", 8));
    }

    @Test
    void orderBlockEvents() {
        assertEquals(ints(16, 46, 54, 58, 72, 81, 86, 121, 128, 165, 178, 190, 225, 235, 236, 265, 278, 280, 283, 295, 327, 359,
                367, 372, 375, 380, 383, 391, 431, 432, 462, 475, 480, 516, 535, 578, 579, 593), bench.barsWhere("ob", "new_this_bar", false));
        assertEquals(ints(70, 89, 135, 145, 174, 179, 194, 279, 336, 360, 376, 470), bench.barsWhere("ob", "any_mitigated_this_bar", false));
        assertEquals(ints(54, 236, 239, 280, 295, 367, 431, 432, 433, 484, 579), bench.barsWhere("ob", "any_invalidated_this_bar", false));
        assertEquals("16: 1 [109.43, 109.59]; 46: -1 [114.26, 114.97]; 54: -1 [112.98, 113.17]; 58: -1 [108.89, 109.44]; "
                + "72: -1 [107.87, 108.47]; 81: 1 [98.35, 99.03]; 86: 1 [101.06, 101.46]; 121: -1 [110.15, 110.89]",
                creations("ob", 8));
        List<String> invalidated = new ArrayList<>();
        for (int t : bench.barsWhere("ob", "any_invalidated_this_bar", false)) {
            invalidated.add(t + ": " + (int) bench.value("ob", "last_invalidated_direction", t) + " ["
                    + bench.value("ob", "last_invalidated_lower", t) + ", " + bench.value("ob", "last_invalidated_upper", t) + "]");
        }
        assertEquals("54: 1 [109.43, 109.59]; 236: 1 [104.17, 104.56]; 239: 1 [100.98, 101.73]; 280: 1 [106.83, 107.37]; "
                + "295: 1 [101.89, 102.64]; 367: 1 [102.74, 103.03]; 431: -1 [91.14, 91.9]; 432: -1 [95.22, 95.34]; "
                + "433: -1 [97.22, 97.88]; 484: -1 [89.6, 90.08]; 579: -1 [98.42, 98.88]", String.join("; ", invalidated));
    }

    @Test
    void liquidityEvents() {
        assertEquals(ints(160, 229, 244, 255, 294, 309, 347, 354, 368, 409, 439, 452, 454, 460, 501, 568),
                bench.barsWhere("liq", "new_zone_this_bar", false));
        assertEquals(ints(239, 250, 295, 300, 316, 356, 359, 455, 462, 475, 503, 579), bench.barsWhere("liq", "sweep_this_bar", false));
        List<String> sweeps = new ArrayList<>();
        for (int t : bench.barsWhere("liq", "sweep_this_bar", false)) {
            sweeps.add(t + ": " + (int) bench.value("liq", "sweep_direction", t) + " " + bench.value("liq", "swept_level", t));
        }
        assertEquals("239: -1 99.02000000000001; 250: -1 98.96333333333332; 295: -1 103.355; 300: -1 98.435; 316: -1 97.64; "
                + "356: -1 103.33666666666666; 359: 1 105.94; 455: -1 97.225; 462: -1 97.16333333333334; 475: -1 85.82; "
                + "503: -1 87.63499999999999; 579: 1 99.36500000000001", String.join("; ", sweeps));
    }

    @Test
    void breakerEvents() {
        assertEquals(ints(367), bench.barsWhere("brk", "new_this_bar", false));
        assertEquals(ints(), bench.barsWhere("brk", "any_mitigated_this_bar", false));
        assertEquals("367: -1 [102.74, 103.03]", creations("brk", 8));
    }

    @Test
    void snapshots() {
        check(299, "dz", "zone0_", "103.60075554000001 103.80816446000001 broken 298 1 0 0 -1 0 2772172802");
        check(599, "dz", "zone0_", "94.6230822 94.8125178 broken 580 19 0 0 -1 0 4018386216");
        check(299, "dz", "zone1_", "103.781115 103.98888500000001 broken 298 1 0 0 -1 0 3170771590");
        check(599, "dz", "zone1_", "94.96494 95.15506 broken 580 19 0 0 -1 0 387352971");
        check(299, "dz", "active_count|any_active|any_touched|any_inside|first_active_lower|first_active_upper|first_active_idx"
                + "|newest_active_idx|source_version", "0 0 0 0 NaN NaN -1 -1 22");
        check(599, "dz", "active_count|any_active|any_touched|any_inside|first_active_lower|first_active_upper|first_active_idx"
                + "|newest_active_idx|source_version", "0 0 0 0 NaN NaN -1 -1 47");
        check(299, "fvg", "", "0 0 NaN NaN NaN NaN 100.54 100.43 0 4 0 NaN 0.0 68");
        check(599, "fvg", "", "0 0 NaN NaN 103.8 102.16 NaN NaN 3 0 0 0.054878048780489866 NaN 124");
        check(299, "ob", "", "0 0 NaN NaN NaN NaN 104.53 104.27 0 3 0 0 0 NaN NaN 20");
        check(599, "ob", "", "0 0 NaN NaN 102.17 101.8 NaN NaN 4 0 0 0 0 NaN NaN 38");
        check(299, "liq", "", "0 0 0 NaN 115.145 98.435 2 4 8");
        check(599, "liq", "", "0 0 0 NaN 108.21000000000001 93.44333333333333 2 3 29");
        check(299, "brk", "", "0 0 NaN NaN NaN NaN NaN NaN 0 0 0 0");
        check(599, "brk", "", "0 0 NaN NaN NaN NaN NaN NaN 0 0 0 1");
    }

    /** The first {@code count} creations as "t: direction [lower, upper]". */
    private static String creations(String key, int count) {
        List<String> out = new ArrayList<>();
        for (int t : bench.barsWhere(key, "new_this_bar", false)) {
            if (out.size() == count) break;
            out.add(t + ": " + (int) bench.value(key, "new_direction", t) + " [" + bench.value(key, "new_lower", t) + ", "
                    + bench.value(key, "new_upper", t) + "]");
        }
        return String.join("; ", out);
    }

    /**
     * Renders the fields selected by {@code select}: a prefix (every field starting with it) or a
     * "|"-separated list of names; enums as words, integers without ".0".
     */
    private static void check(int t, String key, String select, String expected) {
        List<String> names = select.contains("|") ? List.of(select.split("\\|")) : null;
        List<String> parts = new ArrayList<>();
        for (var spec : bench.outputs(key)) {
            if (names != null ? !names.contains(spec.name()) : !spec.name().startsWith(select)) continue;
            double v = bench.value(key, spec.name(), t);
            parts.add(switch (spec.type()) {
                case ENUM -> bench.word(key, spec.name(), t);
                case FLOAT -> Double.toString(v);
                default -> Long.toString((long) v);
            });
        }
        assertEquals(expected, String.join(" ", parts), key + " " + select + " at " + t);
    }

    private static List<Integer> ints(int... values) { return Arrays.stream(values).boxed().toList(); }
}
