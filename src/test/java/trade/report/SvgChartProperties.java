package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of thinning a series for a chart ({@link SvgChart#keep}):
 * - at most the allowed number of points, in strictly increasing index order;
 * - the first and last point are kept;
 * - the series' lowest and highest values are kept, so no spike or drawdown disappears;
 * - a series that already fits is kept whole.
 */
class SvgChartProperties {

    @Property
    void thinningKeepsTheEndsAndTheExtremes(@ForAll @Size(min = 1, max = 3000) double[] raw,
                                            @ForAll @IntRange(min = 4, max = 400) int maxPoints) {
        double[] y = Arrays.stream(raw).map(v -> Double.isFinite(v) ? v : 0).toArray();
        int[] kept = SvgChart.keep(y, y.length, maxPoints);
        assertTrue(kept.length <= Math.max(maxPoints, 2), kept.length + " > " + maxPoints);
        assertEquals(0, kept[0]);
        assertEquals(y.length - 1, kept[kept.length - 1]);
        for (int i = 1; i < kept.length; i++) assertTrue(kept[i] > kept[i - 1], "indices must increase");
        double min = Arrays.stream(y).min().orElseThrow(), max = Arrays.stream(y).max().orElseThrow();
        assertTrue(Arrays.stream(kept).anyMatch(i -> y[i] == min), "the minimum is drawn");
        assertTrue(Arrays.stream(kept).anyMatch(i -> y[i] == max), "the maximum is drawn");
        if (y.length <= maxPoints) assertEquals(y.length, kept.length);
    }

    @Property(tries = 200)
    void smoothSeriesAreThinnedToNearlyTheAllowedCount(@ForAll @IntRange(min = 5_000, max = 50_000) int n,
                                                       @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double wave) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = Math.sin(i * wave);
        int kept = SvgChart.keep(y, n, SvgChart.MAX_POINTS).length;
        assertTrue(kept > SvgChart.MAX_POINTS / 2 && kept <= SvgChart.MAX_POINTS, kept + " points");
    }
}
