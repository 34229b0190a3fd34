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
import trade.core.ValueType;
import trade.validate.reference.Bars;
import trade.fixtures.AppendixSeries;

/**
 * The original's values on the Appendix A series (indicators.md A.2), every indicator with its
 * defaults: first non-NaN bar and the values at t = 99, 299, 599, within 1e-9 absolute.
 */
class IndicatorGoldenTest {
    private static final Bars SERIES = AppendixSeries.bars();

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

    /** NaN where the spec shows NaN (the mutually exclusive psar and supertrend sides), else within 1e-9. */
    static void assertValue(double expected, double actual) {
        if (Double.isNaN(expected)) assertTrue(Double.isNaN(actual), "expected NaN, got " + actual);
        else assertEquals(expected, actual, 1e-9);
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
                row("mfi", 0, 14, 58.60332784059327, 42.734132967156626, 57.56374677483308),
                row("adx", 0, 13, 25.8157587393913, 27.86658367258716, 48.52543885982583),
                row("adx", 1, 13, 27.342853830816583, 11.116729356341756, 33.09002651738451),
                row("adx", 2, 13, 23.04346169768669, 35.6849369851579, 8.5385568607237),
                row("adx", 3, 26, 30.561999074739454, 26.976209575511334, 42.872669940752985),
                row("alma", 0, 9, 107.71648206749536, 100.23163703704262, 104.90328884478875),
                row("aroon", 0, 25, 68.0, 20.0, 100.0),
                row("aroon", 1, 25, 24.0, 100.0, 4.0),
                row("aroon", 2, 25, 44.0, -80.0, 96.0),
                row("dm", 0, 1, 0.34230555365656323, 0.13702946511407138, 0.4238871820478374),
                row("dm", 1, 1, 0.28848140590578886, 0.4398674889855079, 0.10937993067324625),
                row("fisher", 0, 9, -0.39820410529626116, -1.9002760510352994, 2.596968170885474),
                row("fisher", 1, 9, 0.13885124170186752, -1.442067487712332, 2.434218543794455),
                row("kama", 0, 9, 107.42833517198245, 101.4071753950755, 102.89644896523866),
                row("kvo", 0, 55, -243.82956228448273, -423.81988657182353, 162.93266581632264),
                row("kvo", 1, 67, -376.26610061948975, -120.70243551686926, 116.80687138311191),
                row("linreg", 0, 13, 107.88228571428564, 99.91085714285988, 105.19142857144263),
                row("psar", 0, 2, Double.NaN, Double.NaN, 104.2891264),
                row("psar", 1, 1, 109.35, 102.91399961115296, Double.NaN),
                row("psar", 2, 1, 0.02, 0.19999999999999998, 0.2),
                row("psar", 3, 0, 1.0, 0.0, 0.0),
                row("session_levels", 0, 24, 109.35, 110.35, 96.61),
                row("session_levels", 1, 24, 97.83, 101.53, 93.26),
                row("session_levels", 2, 0, 108.34, 104.65, 105.79),
                row("session_levels", 3, 0, 106.69, 98.9, 93.98),
                row("session_levels", 4, 168, Double.NaN, 116.87, 108.08),
                row("session_levels", 5, 168, Double.NaN, 97.83, 84.51),
                row("squeeze", 0, 17, 4.498333333333332, -3.8899999999999983, 2.8083333333333322),
                row("squeeze", 1, 0, 0.0, 0.0, 0.0),
                row("squeeze", 2, 0, 1.0, 1.0, 1.0),
                row("squeeze", 3, 0, 0.0, 0.0, 0.0),
                row("stoch", 0, 17, 75.31544694649524, 1.2890140930055933, 82.59591492989169),
                row("stoch", 1, 17, 79.81383742653571, 1.8291664069339602, 86.68934567450924),
                row("stochrsi", 0, 31, 47.74795538960435, 0.0, 66.15494056125605),
                row("stochrsi", 1, 31, 66.94297461727443, 1.0681569172009382, 77.65776363241768),
                row("supertrend", 0, 9, 104.39388075210226, 102.99196481328293, 101.31858004840862),
                row("supertrend", 1, 0, 1.0, -1.0, 1.0),
                row("supertrend", 2, 9, 104.39388075210226, Double.NaN, 101.31858004840862),
                row("supertrend", 3, 46, Double.NaN, 102.99196481328293, Double.NaN),
                row("trix", 0, 18, -0.013484263328950998, -0.050295148989075424, 0.2510855003927899),
                row("trix", 1, 26, -0.0874730623609596, 0.004740531682532535, 0.2264266294854531),
                row("tsi", 0, 24, 12.321769911069278, -26.505467417125477, 37.02183822411147),
                row("tsi", 1, 24, 2.641849733792589, -10.45531633085651, 34.19549685626889),
                row("uo", 0, 28, 55.412619223337664, 25.23992802958283, 57.146044835615825),
                row("volume_profile", 0, 1, 106.86360000000002, 105.5992, 100.4212),
                row("volume_profile", 1, 1, 106.86360000000002, 105.5992, 100.4212),
                row("volume_profile", 2, 1, 106.86360000000002, 105.5992, 100.4212),
                row("volume_profile", 3, 1, 266416.6954561951, 234225.20137362517, 195444.94120046688),
                row("volume_profile", 4, 0, 1.0, 0.0, 1.0),
                row("volume_profile", 5, 0, 0.0, 0.0, 0.0),
                row("vortex", 0, 13, 1.2755383765875206, 0.6603001364256487, 1.1733566026759736),
                row("vortex", 1, 13, 0.7233572611816671, 1.2899045020463848, 0.8184991273996508),
                row("vwap", 0, 0, 107.6830351283536, 102.6780450681099, 101.46264004109695),
                row("zlma", 0, 19, 108.18789128801748, 100.61680687260605, 105.11167953663221));
    }

    private static Arguments row(String name, int output, int firstBar, double at99, double at299, double at599) {
        return Arguments.of(name, output, firstBar, at99, at299, at599);
    }

    @ParameterizedTest(name = "{0} output {1}")
    @MethodSource("golden")
    void reproducesTheOriginal(String name, int output, int firstBar, double at99, double at299, double at599) {
        double[] values = SERIES.feed(Bars.create(name, Map.of()), Bars.outputCount(name))[output];
        boolean flag = IndicatorCatalog.find(name).orElseThrow().outputs().get(output).type() != ValueType.FLOAT;
        for (int t = 0; t < firstBar; t++) assertTrue(Double.isNaN(values[t]), name + " NaN at t=" + t);
        if (flag) assertFalse(Double.isNaN(values[0]), name + " flags are numbers from the first bar");
        assertFalse(Double.isNaN(values[firstBar]), name + " first value at t=" + firstBar);
        assertValue(at99, values[99]);
        assertValue(at299, values[299]);
        assertValue(at599, values[599]);
    }
}
