package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import trade.validate.reference.Bars;
import trade.validate.reference.Bench;

/** Hand-made micro scenarios from structures.md §1.7 and §3.1, small enough to check by eye. */
class SwingScenarioTest {
    private static Bench run(Map<String, Object> params, Bars s, double[] atr) {
        return new Bench(List.of(Bench.swing(params)), atr).run(s);
    }

    @Test
    void pivotAtBar2IsConfirmedAtBar4() {
        Bars s = Shapes.ofHighLow(new double[] {1, 2, 5, 2, 1, 1.5}, new double[] {0.5, 1, 4, 1, 0.5, 1});
        Bench b = run(Map.of("left", 2L, "right", 2L), s, null);
        assertEquals(List.of(4), b.barsWhere("swing", "high_accepted", false));
        assertEquals(-1, b.value("swing", "high_idx", 3));
        assertEquals(2, b.value("swing", "high_idx", 4));
        assertEquals(5, b.value("swing", "high_level", 4));
        assertEquals("high", b.word("swing", "last_confirmed_pivot_type", 4));
        assertEquals(0, b.value("swing", "high_accepted", 5), "event flags reset on the next bar");
        assertEquals(1, b.value("swing", "version", 5));
    }

    @Test
    void tiesProduceNoPivot() {
        Bars s = Shapes.ofHighLow(new double[] {1, 2, 5, 5, 2, 1, 0}, new double[] {0, 1, 3, 3, 1, 0, -1});
        Bench b = run(Map.of("left", 2L, "right", 2L), s, null);
        assertEquals(List.of(), b.barsWhere("swing", "high_accepted", false));
        assertEquals(0, b.value("swing", "version", 6));
    }

    @Test
    void flatSeriesHasNoPivots() {
        Bench b = run(Map.of("left", 1L, "right", 1L), Shapes.flat(20), null);
        assertEquals(0, b.value("swing", "version", 19));
        assertEquals("", b.word("swing", "pair_direction", 19));
    }

    @Test
    void outsideBarGivesBothPivotsHighThenLow() {
        Bars s = Shapes.ofHighLow(new double[] {2, 3, 2}, new double[] {1, 0, 1});
        Bench b = run(Map.of("left", 1L, "right", 1L), s, null);
        assertEquals(1, b.value("swing", "high_accepted", 2));
        assertEquals(1, b.value("swing", "low_accepted", 2));
        assertEquals(2, b.value("swing", "version", 2));
        assertEquals("low", b.word("swing", "last_confirmed_pivot_type", 2));
        // high first, so the low completes a bearish pair on the same pivot bar
        assertEquals("bearish", b.word("swing", "pair_direction", 2));
        assertEquals(1, b.value("swing", "pair_high_idx", 2));
        assertEquals(1, b.value("swing", "pair_low_idx", 2));
        assertEquals(1, b.value("swing", "pair_version", 2));
    }

    @Test
    void strictAlternationReplacesOnlyByAMoreExtremeLevel() {
        double[] flatLows = {0, 0, 0, 0, 0, 0};
        Bars higherSecond = Shapes.ofHighLow(new double[] {1, 3, 1, 4, 1, 1}, flatLows);
        Bench strict = run(Map.of("left", 1L, "right", 1L, "strict_alternation", true), higherSecond, null);
        assertEquals(List.of(2, 4), strict.barsWhere("swing", "high_accepted", false));
        assertEquals(1, strict.value("swing", "high_replaced_pending", 4));
        assertEquals(0, strict.value("swing", "high_replaced_pending", 2));

        Bars lowerSecond = Shapes.ofHighLow(new double[] {1, 4, 1, 3, 1, 1}, flatLows);
        assertEquals(List.of(2), run(Map.of("left", 1L, "right", 1L, "strict_alternation", true), lowerSecond, null)
                .barsWhere("swing", "high_accepted", false));
        // without the gate both highs count, and the pending high of the pair is simply replaced
        assertEquals(List.of(2, 4), run(Map.of("left", 1L, "right", 1L), lowerSecond, null)
                .barsWhere("swing", "high_accepted", false));
    }

    @Test
    void significanceUsesTheAtrOfTheConfirmationBar() {
        Bars s = Shapes.ofHighLow(new double[] {1, 10, 1, 1, 14, 1, 1}, new double[] {0, 0, 0, 0, 0, 0, 0});
        double[] atr = {Double.NaN, Double.NaN, 3, 3, 3, 9, 2};
        Bench b = run(Map.of("left", 1L, "right", 1L, "atr_key", "atr_14"), s, atr);
        assertEquals(List.of(2, 5), b.barsWhere("swing", "high_accepted", false));
        assertEquals(Double.NaN, b.value("swing", "high_significance", 2), "no previous high yet");
        assertEquals(4.0 / 9, b.value("swing", "high_significance", 5));
        assertEquals(0, b.value("swing", "high_is_major", 5));
    }

    @Test
    void minimumAtrMoveRejectsSmallPivots() {
        Bars s = Shapes.ofHighLow(new double[] {1, 10, 1, 1, 10.5, 1, 1, 13, 1}, new double[9]);
        double[] atr = new double[9];
        java.util.Arrays.fill(atr, 1);
        Bench b = run(Map.of("left", 1L, "right", 1L, "atr_key", "atr_14", "min_atr_move", 1.0), s, atr);
        assertEquals(List.of(2, 8), b.barsWhere("swing", "high_accepted", false));
        assertEquals(3.0, b.value("swing", "high_significance", 8));
        assertEquals(1, b.value("swing", "high_is_major", 8));
    }

    @Test
    void zigzagConfirmsTheExtremeAfterAnAtrReversal() {
        Bars s = Shapes.ofHighLow(new double[] {10, 11, 12, 11, 9, 8, 9, 10.5}, new double[] {9, 10, 11, 10.5, 8, 7, 8, 9.5});
        double[] atr = new double[8];
        java.util.Arrays.fill(atr, 1);
        Bench b = run(Map.of("mode", "atr_zigzag", "atr_key", "atr_14", "atr_multiplier", 2.0), s, atr);
        // high 12 at bar 2; bar 4's low 8 < 12 - 2 confirms it; low 7 at bar 5; bar 7's high 10.5 > 9 confirms it
        assertEquals(List.of(4), b.barsWhere("swing", "high_accepted", false));
        assertEquals(2, b.value("swing", "high_idx", 4));
        assertEquals(List.of(7), b.barsWhere("swing", "low_accepted", false));
        assertEquals(5, b.value("swing", "low_idx", 7));
        assertEquals("bearish", b.word("swing", "pair_direction", 7));
    }
}
