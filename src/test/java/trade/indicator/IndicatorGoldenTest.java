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
                row("sma", 0, 19, 105.64000000000001, 103.41299999999998, 102.954),
                row("wma", 0, 19, 107.04657142857135, 102.31842857142686, 103.59252380951702),
                row("natr", 0, 13, 1.062654693990028, 1.207203202284555, 1.1986517577118958),
                row("roc", 0, 10, -1.0371330678766464, -4.717435255607977, 1.6221466731423038),
                row("mom", 0, 10, -1.1199999999999903, -4.900000000000006, 1.6700000000000017),
                row("obv", 0, 1, 50749.0, 76792.0, 152194.0),
                row("ohlc4", 0, 0, 107.2575, 99.24000000000001, 105.03750000000001),
                row("macd", 0, 25, 0.6933084798141351, -1.4116106623096556, 1.9372367631352034),
                row("macd", 1, 33, 0.44650305202421714, -0.781262399231011, 1.8990060072437955),
                row("macd", 2, 33, 0.24680542778991799, -0.6303482630786446, 0.0382307558914079),
                row("willr", 0, 13, -34.15977961432497, -98.7826086956523, -25.490196078431392),
                row("cci", 0, 13, -37.386113729191905, -138.5225922950721, 85.38950183884644),
                row("midprice", 0, 13, 105.72, 101.775, 103.495),
                row("dema", 0, 19, 107.31297014978779, 101.15526873267493, 105.1871759193599),
                row("tema", 0, 19, 108.57708556591783, 99.83440288286309, 105.70322561054722),
                row("trima", 0, 18, 106.81740000000002, 103.4915, 102.8219),
                row("kc", 0, 19, 104.11503635525057, 100.37369517455487, 100.01572667666632),
                row("kc", 1, 19, 106.52505244824555, 102.79798188280617, 102.56774741337881),
                row("kc", 2, 19, 108.93506854124053, 105.22226859105747, 105.1197681500913),
                row("donchian", 0, 19, 97.83, 98.9, 100.48),
                row("donchian", 1, 19, 103.59, 104.595, 103.135),
                row("donchian", 2, 19, 109.35, 110.29, 105.79),
                row("cmo", 0, 14, 46.71968190854866, -62.79650436953816, 30.517423442449804),
                row("cmf", 0, 19, 0.2010645199142909, -0.2059599657258982, 0.04886166985399865),
                row("ppo", 0, 25, 3.0461193894528464, -2.127852705048265, 2.2282120054477295),
                row("ppo", 1, 25, 1.1410789909056067, -0.5828250878753112, -0.3955962156937036),
                row("ppo", 2, 25, 1.9050403985472397, -1.5450276171729538, 2.623808221141433),
                row("mfi", 0, 14, 58.60332784059327, 42.734132967156626, 57.56374677483308));
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
