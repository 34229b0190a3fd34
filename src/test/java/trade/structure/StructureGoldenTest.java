package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import trade.validate.reference.Bars;
import trade.validate.reference.Bench;
import trade.fixtures.AppendixSeries;

/**
 * structures.md Appendix A, reproduced exactly: the 600-bar golden series through swing(5,5), trend,
 * market_structure and rolling_window(20, low, min), declared in that order on one timeframe.
 * Numbers are compared exactly because every value is a copied input or a simple count.
 */
class StructureGoldenTest {
    private static Bench bench;

    @BeforeAll
    static void run() { bench = new Bench(Bench.goldenBlock(), null).run(AppendixSeries.bars()); }

    @Test
    void seriesMatchesTheIndicatorCatalog() {
        Bars s = AppendixSeries.bars();
        assertEquals(List.of(100.0, 100.81, 99.5, 100.52, 9669.0),
                List.of(s.open()[0], s.high()[0], s.low()[0], s.close()[0], s.volume()[0]));
        assertEquals(List.of(105.25, 105.79, 104.49, 104.62, 3852.0),
                List.of(s.open()[599], s.high()[599], s.low()[599], s.close()[599], s.volume()[599]));
    }

    @Test
    void swingEventBars() {
        assertEquals(ints(22, 34, 44, 75, 103, 122, 156, 172, 184, 203, 229, 284, 298, 314, 347, 356, 368, 416,
                439, 454, 463, 491, 539, 553, 574), bench.barsWhere("swing", "high_accepted", false));
        assertEquals(ints(39, 64, 85, 106, 150, 160, 180, 190, 209, 244, 255, 294, 309, 329, 354, 363, 403, 409,
                421, 433, 452, 460, 482, 501, 511, 543, 562, 568, 580, 597), bench.barsWhere("swing", "low_accepted", false));
    }

    @Test
    void acceptedPivotsInConfirmationOrder() {
        String expected = "H@17=114.29, H@29=115.3, L@34=113.35, H@39=116.87, L@59=105.66, H@70=108.94, L@80=97.83, "
                + "H@98=108.34, L@101=106.35, H@117=111.5, L@145=98.79, H@151=101.55, L@155=99.25, H@167=103.95, "
                + "L@175=100.48, H@179=106.54, L@185=103.59, H@198=112.34, L@204=108.91, H@224=114.99, L@239=98.85, "
                + "L@250=98.27, H@279=110.35, L@289=103.12, H@293=104.65, L@304=97.45, H@309=100.15, L@324=96.1, "
                + "H@342=106.13, L@349=103.3, H@351=105.75, L@358=102.27, H@363=108.08, L@398=85.58, L@404=86.06, "
                + "H@411=90.04, L@416=87.56, L@428=89.03, H@434=100.93, L@447=97.0, H@449=99.61, L@455=97.04, "
                + "H@458=99.73, L@477=84.51, H@486=91.58, L@496=87.71, L@506=86.8, H@534=99.12, L@538=95.15, "
                + "H@548=97.76, L@557=93.46, L@563=93.26, H@569=96.51, L@575=93.61, L@592=101.2";
        List<String> pivots = new ArrayList<>();
        for (int t = 0; t < 600; t++) {
            if (bench.value("swing", "high_accepted", t) == 1) {
                pivots.add("H@" + (int) bench.value("swing", "high_idx", t) + "=" + bench.value("swing", "high_level", t));
            }
            if (bench.value("swing", "low_accepted", t) == 1) {
                pivots.add("L@" + (int) bench.value("swing", "low_idx", t) + "=" + bench.value("swing", "low_level", t));
            }
        }
        assertEquals(expected, String.join(", ", pivots));
    }

    @Test
    void trendVersionChangesWithDetails() {
        String expected = "39: -1 0 1; 44: 1 1 1; 64: 0 0 0; 75: -1 1 1; 106: 0 0 0; 122: 1 1 1; 150: 0 0 0; "
                + "156: -1 1 1; 160: 0 0 0; 172: 1 1 1; 244: 0 0 0; 284: -1 1 1; 294: 0 0 0; 309: -1 1 1; "
                + "347: 0 0 0; 354: 1 1 1; 356: 0 0 0; 363: -1 1 1; 368: 0 0 0; 416: -1 1 1; 421: 0 0 0; "
                + "439: 1 1 1; 454: 0 0 0; 463: 1 1 1; 482: 0 0 0; 491: -1 1 1; 501: 0 0 0; 539: 1 1 1; "
                + "553: 0 0 0; 562: -1 1 1; 580: 0 0 0";
        List<String> seen = new ArrayList<>();
        for (int t : bench.barsWhere("trend", "version", true)) {
            seen.add(t + ": " + (int) bench.value("trend", "direction", t) + " " + (int) bench.value("trend", "strength", t)
                    + " " + (int) bench.value("trend", "wave_count", t));
        }
        assertEquals(expected, String.join("; ", seen));
    }

    @Test
    void marketStructureEvents() {
        assertEquals(ints(27, 35, 90, 111, 235, 295, 316, 359, 462, 505, 578), bench.barsWhere("ms", "bos_this_bar", false));
        assertEquals(ints(126, 327, 367, 516), bench.barsWhere("ms", "choch_this_bar", false));
        String expected = "27: BOS bullish 114.29; 35: BOS bullish 115.3; 90: BOS bullish 108.94; 111: BOS bullish 108.34; "
                + "126: CHoCH bearish 106.35; 235: BOS bearish 108.91; 295: BOS bearish 103.12; 316: BOS bearish 97.45; "
                + "327: CHoCH bullish 100.15; 359: BOS bullish 105.75; 367: CHoCH bearish 103.3; 462: BOS bearish 97.04; "
                + "505: BOS bearish 87.71; 516: CHoCH bullish 91.58; 578: BOS bullish 96.51";
        List<String> seen = new ArrayList<>();
        for (int t = 0; t < 600; t++) {
            if (bench.value("ms", "bos_this_bar", t) == 1) {
                seen.add(t + ": BOS " + bench.word("ms", "bos_direction", t) + " " + bench.value("ms", "last_bos_level", t));
            }
            if (bench.value("ms", "choch_this_bar", t) == 1) {
                seen.add(t + ": CHoCH " + bench.word("ms", "choch_direction", t) + " " + bench.value("ms", "last_choch_level", t));
            }
        }
        assertEquals(expected, String.join("; ", seen));
    }

    @Test
    void stateAtBar299() {
        assertState(299, "104.65 293 103.12 289 25 13 12 293 high NaN NaN 0 0 0 0 0 0 104.65 293 103.12 289 bullish 22",
                "0 0 5 0 bullish 0 1 1 0 13", "-1 0 0 bearish bearish 295 103.12 126 106.35 104.65 NaN 7", 98.9);
        assertEquals("309ca4d01ddad318", hashAt(299));
    }

    @Test
    void stateAtBar599() {
        assertState(599, "96.51 569 101.2 592 55 25 30 592 low NaN NaN 0 0 0 0 0 0 96.51 569 93.61 575 bearish 47",
                "0 0 18 0 bearish 0 1 1 0 31", "1 0 0 bullish bullish 578 96.51 516 91.58 NaN 101.2 15", 100.48);
        assertEquals("77bc72f1cbba5b1b", ((SwingDetector) bench.structure("swing")).pairAnchorHash());
    }

    /** The hash at an earlier bar: rerun on the prefix, since the detector only keeps the latest pair. */
    private static String hashAt(int bar) {
        Bench prefix = new Bench(List.of(Bench.swing(5, 5)), null).run(AppendixSeries.bars().prefix(bar + 1));
        return ((SwingDetector) prefix.structure("swing")).pairAnchorHash();
    }

    private static void assertState(int t, String swing, String trend, String ms, double low20) {
        assertEquals(swing, render("swing", t, 23));
        assertEquals(trend, render("trend", t, 10));
        assertEquals(ms, render("ms", t, 12));
        assertEquals(low20, bench.value("low20", "value", t));
    }

    /** Fields in output order: enums as words, integers without ".0", NaN as "NaN". */
    private static String render(String key, int t, int count) {
        List<String> parts = new ArrayList<>();
        var specs = bench.outputs(key);
        for (int o = 0; o < count; o++) {
            var spec = specs.get(o);
            double v = bench.value(key, spec.name(), t);
            if (spec.type() == trade.core.ValueType.ENUM) parts.add(bench.word(key, spec.name(), t));
            else if (spec.type() == trade.core.ValueType.FLOAT) parts.add(Double.toString(v));
            else parts.add(Integer.toString((int) v));
        }
        return String.join(" ", parts);
    }

    private static List<Integer> ints(int... values) { return Arrays.stream(values).boxed().toList(); }
}
