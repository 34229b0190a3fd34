package trade.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The original's values on the Appendix A series (indicators.md A.2), every indicator with its
 * defaults: first non-NaN bar and the values at t = 99, 299, 599, within 1e-9 absolute.
 */
class IndicatorGoldenTest {
    private static final Bars SERIES = Bars.golden();

    @Test
    void seriesMatchesTheSpecsSpotChecks() {
        assertBar(0, 100.0, 100.81, 99.5, 100.52, 9669);
        assertBar(1, 100.52, 100.91, 100.07, 100.64, 4150);
        assertBar(2, 100.64, 101.07, 99.35, 99.86, 5513);
        assertBar(599, 105.25, 105.79, 104.49, 104.62, 3852);
        double lowest = Double.POSITIVE_INFINITY, highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < SERIES.size(); i++) {
            lowest = Math.min(lowest, SERIES.low()[i]);
            highest = Math.max(highest, SERIES.high()[i]);
        }
        assertEquals(84.51, lowest);
        assertEquals(116.87, highest);
    }

    private static void assertBar(int i, double o, double h, double l, double c, double v) {
        assertEquals(o, SERIES.open()[i]);
        assertEquals(h, SERIES.high()[i]);
        assertEquals(l, SERIES.low()[i]);
        assertEquals(c, SERIES.close()[i]);
        assertEquals(v, SERIES.volume()[i]);
    }

    static Stream<Arguments> golden() {
        return Stream.of(
                row("atr", 0, 13, 1.2518908387614827, 1.2326419104147155, 1.2810119140434648),
                row("bbands", 0, 19, 99.19662396434657, 98.6673688789735, 100.15464368300907),
                row("bbands", 1, 19, 105.64000000000001, 103.41299999999998, 102.954),
                row("bbands", 2, 19, 112.08337603565346, 108.15863112102646, 105.75335631699092),
                row("bbands", 3, 19, 12.1987429679164, 9.178016537623854, 5.438071987471927),
                row("bbands", 4, 19, 0.5954468583855708, 0.031885234366997604, 0.7975684070455924),
                row("ema", 0, 19, 106.52505244824555, 102.79798188280617, 102.56774741337881),
                row("rsi", 0, 14, 52.76665080347802, 27.331165402756362, 65.9635590449543),
                row("sma", 0, 19, 105.64000000000001, 103.41299999999998, 102.954));
    }

    private static Arguments row(String name, int output, int firstBar, double at99, double at299, double at599) {
        return Arguments.of(name, output, firstBar, at99, at299, at599);
    }

    @ParameterizedTest(name = "{0} output {1}")
    @MethodSource("golden")
    void reproducesTheOriginal(String name, int output, int firstBar, double at99, double at299, double at599) {
        double[] values = SERIES.feed(Bars.create(name, Map.of()), Bars.outputCount(name))[output];
        for (int t = 0; t < firstBar; t++) assertTrue(Double.isNaN(values[t]), name + " NaN at t=" + t);
        assertFalse(Double.isNaN(values[firstBar]), name + " first value at t=" + firstBar);
        assertEquals(at99, values[99], 1e-9);
        assertEquals(at299, values[299], 1e-9);
        assertEquals(at599, values[599], 1e-9);
    }
}
