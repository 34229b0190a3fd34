package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import trade.validate.reference.Bars;
import trade.validate.reference.Bench;
import trade.fixtures.AppendixSeries;

/**
 * structures.md Appendix A for zone (demand/supply), fibonacci (paired retracement, extension and
 * trend-anchored), premium_discount and displacement, fed the original's atr(14) (missing on bars 0–12).
 */
class ZoneGoldenTest {
    private static Bench bench;

    /** indicators.md §2 ATR(14, prenan=false): mean of the first 14 true ranges, then Wilder smoothing. */
    static double[] atr14(Bars s) {
        int n = 14;
        double[] out = new double[s.size()];
        double sum = 0, atr = Double.NaN;
        for (int t = 0; t < s.size(); t++) {
            double tr = t == 0 ? s.high()[t] - s.low()[t]
                    : Math.max(s.high()[t] - s.low()[t], Math.max(Math.abs(s.high()[t] - s.close()[t - 1]),
                            Math.abs(s.low()[t] - s.close()[t - 1])));
            if (t < n) {
                sum += tr;
                if (t == n - 1) atr = sum / n;
            } else {
                atr = (1.0 / n) * tr + (1 - 1.0 / n) * atr;
            }
            out[t] = atr;
        }
        return out;
    }

    @BeforeAll
    static void run() {
        Bars s = AppendixSeries.bars();
        bench = new Bench(List.of(Bench.swing(5, 5),
                new Bench.Declared("trend", "trend", Map.of(), List.of("swing")),
                new Bench.Declared("demand", "zone", Map.of("zone_type", "demand", "width_atr", 1.5, "atr_key", "atr_14"), List.of("swing")),
                new Bench.Declared("supply", "zone", Map.of("zone_type", "supply", "width_atr", 1.5, "atr_key", "atr_14"), List.of("swing")),
                new Bench.Declared("fib", "fibonacci", Map.of("levels", List.of(0.382, 0.5, 0.618), "mode", "retracement"), List.of("swing")),
                new Bench.Declared("fibx", "fibonacci", Map.of("levels", List.of(0.272, 0.618, 1.0), "mode", "extension"), List.of("swing")),
                new Bench.Declared("fibt", "fibonacci", Map.of("levels", List.of(0.618), "mode", "retracement",
                        "use_paired_anchor", false, "use_trend_anchor", true), List.of("swing", "trend")),
                new Bench.Declared("pd", "premium_discount", Map.of(), List.of("swing")),
                new Bench.Declared("disp", "displacement",
                        Map.of("atr_key", "atr_14", "body_atr_min", 1.0, "wick_ratio_max", 0.6), List.of())),
                atr14(s)).run(s);
    }

    @Test
    void atrMatchesTheIndicatorCatalog() {
        double[] atr = atr14(AppendixSeries.bars());
        assertEquals(Double.NaN, atr[12]);
        assertEquals(1.2518908387614827, atr[99], 1e-12);
        assertEquals(1.2810119140434648, atr[599], 1e-12);
    }

    @Test
    void zoneVersionChanges() {
        assertEquals(ints(39, 54, 64, 73, 85, 106, 128, 150, 160, 180, 190, 209, 235, 244, 255, 294, 295, 309, 329, 354, 363,
                372, 403, 409, 421, 433, 452, 460, 462, 482, 501, 511, 543, 562, 568, 580, 597), bench.barsWhere("demand", "version", true));
        assertEquals(ints(22, 34, 44, 75, 103, 117, 122, 156, 166, 172, 178, 184, 192, 203, 218, 229, 284, 298, 314, 333, 347,
                356, 363, 368, 416, 431, 439, 454, 463, 491, 517, 539, 553, 574, 579), bench.barsWhere("supply", "version", true));
    }

    @Test
    void premiumDiscountVersionChanges() {
        assertEquals(ints(39, 43, 46, 69, 70, 85, 87, 107, 110, 121, 122, 156, 165, 172, 178, 184, 190, 203, 213, 225, 226, 227,
                230, 233, 234, 265, 294, 309, 311, 314, 315, 317, 319, 327, 354, 355, 359, 367, 416, 419, 422, 423, 444, 447, 452,
                454, 455, 457, 460, 462, 482, 502, 508, 516, 539, 542, 543, 552, 553, 554, 566, 575, 576, 578),
                bench.barsWhere("pd", "version", true));
    }

    @Test
    void displacementEvents() {
        assertEquals(ints(16, 46, 54, 58, 72, 78, 81, 86, 121, 128, 165, 178, 190, 225, 235, 236, 239, 265, 278, 280, 283,
                295, 327, 359, 367, 372, 375, 380, 383, 391, 431, 432, 433, 462, 475, 480, 516, 535, 578, 579, 593),
                bench.barsWhere("disp", "is_displacement", false));
        assertEquals(2.376653488230632, bench.value("disp", "body_atr_ratio", 16));
        assertEquals(0.03370786516854471, bench.value("disp", "wick_ratio", 16));
        assertEquals(-1, bench.value("disp", "direction", 46));
        assertEquals(1.8577457167186315, bench.value("disp", "body_atr_ratio", 46));
        assertEquals(0.023809523809524617, bench.value("disp", "wick_ratio", 46));
        assertEquals(2.4595042826165483, bench.value("disp", "body_atr_ratio", 72));
    }

    @Test
    void snapshots() {
        check(299, "disp", "0 0 0.2352670289317336 2.2068965517240433 295 -1 22");
        check(599, "disp", "0 0 0.4917987046751382 1.0634920634920964 593 1 41");
        check(299, "demand", "broken 103.12 101.39016709380375 289 17");
        check(599, "demand", "active 101.2 99.22072483592439 592 37");
        check(299, "supply", "active 106.53388308605454 104.65 293 18");
        check(599, "supply", "broken 98.20553957829317 96.51 569 35");
        check(299, "fib", "104.06554 103.885 103.70446000000001 104.65 103.12 1.5300000000000011 bullish set 0");
        check(599, "fib", "95.40220000000001 95.06 94.7178 96.51 93.61 2.9000000000000057 bearish set 0");
        check(299, "fibx", "105.06616000000001 105.59554 106.18 104.65 103.12 1.5300000000000011 bullish set 0");
        check(599, "fibx", "92.8212 91.81779999999999 90.71 96.51 93.61 2.9000000000000057 bearish set 0");
        check(299, "fibt", "102.88456 110.35 98.27 12.079999999999998 bearish  -1");
        check(599, "fibt", "94.50150000000001 96.51 93.26 3.25 bearish  -1");
        check(299, "pd", "103.885 104.26750000000001 103.5025 discount 0.0 27");
        check(599, "pd", "95.06 95.785 94.33500000000001 premium 1.0 64");
        assertEquals("77bc72f1cbba5b1b", ((FibonacciDetector) bench.structure("fib")).anchorHash());
        assertEquals("", ((FibonacciDetector) bench.structure("fibt")).anchorHash());
    }

    private static void check(int t, String key, String expected) {
        StringBuilder sb = new StringBuilder();
        for (var spec : bench.outputs(key)) {
            double v = bench.value(key, spec.name(), t);
            String text = switch (spec.type()) {
                case ENUM -> bench.word(key, spec.name(), t);
                case FLOAT -> Double.toString(v);
                default -> Integer.toString((int) v);
            };
            sb.append(sb.isEmpty() ? "" : " ").append(text);
        }
        assertEquals(expected, sb.toString(), key + " at " + t);
    }

    private static List<Integer> ints(int... values) { return Arrays.stream(values).boxed().toList(); }
}
