package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import trade.validate.reference.Bars;
import trade.validate.reference.Bench;

/** Hand-computed micro scenarios for the band detectors (structures.md §2, §3.9). */
class BandScenarioTest {
    @Test
    void gapIsMitigatedOnceHalfFilled() {
        // bar 2's low 11 clears bar 0's high 10: bullish gap [10, 11]; bar 3 fills 40 %, bar 4 50 %
        Bars s = Shapes.ofHighLow(new double[] {10, 12, 13, 11.5, 11.2}, new double[] {9, 10, 11, 10.6, 10.5});
        Bench b = new Bench(List.of(new Bench.Declared("fvg", "fair_value_gap", Map.of(), List.of())), null).run(s);
        assertEquals(List.of(2), b.barsWhere("fvg", "new_this_bar", false));
        assertEquals(11.0, b.value("fvg", "new_upper", 2));
        assertEquals(10.0, b.value("fvg", "new_lower", 2));
        assertEquals(0.0, b.value("fvg", "nearest_bull_fill_pct", 2));
        assertEquals(0.4, b.value("fvg", "nearest_bull_fill_pct", 3), 1e-12);
        assertEquals(List.of(4), b.barsWhere("fvg", "any_mitigated_this_bar", false));
        assertEquals(0.0, b.value("fvg", "active_bull_count", 4));
        assertEquals(Double.NaN, b.value("fvg", "nearest_bull_upper", 4));
    }

    @Test
    void onATieTheNewerBandIsNearest() {
        PriceBands bands = new PriceBands(5);
        bands.create(1, 11, 10, 0);    // middle 10.5
        bands.create(1, 10.75, 10.25, 1); // same middle, newer
        bands.create(-1, 14, 13, 2);
        bands.finishBar(12);
        assertEquals(1, bands.nearestBull(), "index 0 is the bearish band created last");
        assertEquals(2, (int) bands.output(PriceBands.ACTIVE_BULL_COUNT));
        assertEquals(10.75, bands.output(PriceBands.NEAREST_BULL_UPPER));
        assertEquals(14.0, bands.output(PriceBands.NEAREST_BEAR_UPPER));
    }

    @Test
    void theListKeepsTheNewestEntriesOfAnyState() {
        PriceBands bands = new PriceBands(2);
        bands.create(1, 11, 10, 0);
        bands.finishBar(12);
        bands.startBar();
        bands.create(1, 21, 20, 1);
        bands.create(-1, 31, 30, 1);
        bands.finishBar(25);
        // the oldest band, still active, fell off the end
        assertEquals(2, bands.size());
        assertEquals(1, (int) bands.output(PriceBands.ACTIVE_BULL_COUNT));
        assertEquals(21.0, bands.output(PriceBands.NEAREST_BULL_UPPER));
        assertEquals(3, bands.version());
    }
}
