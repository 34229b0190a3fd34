package trade.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import trade.core.Params;
import trade.validate.reference.Bars;
import trade.validate.reference.BatchReference;

/**
 * Ten million random bars through every indicator that keeps window sums or cumulative totals,
 * then the values after the last bar against an exact recomputation: window kinds against
 * {@link BatchReference} on the last {@value #TAIL} bars (their value depends on no earlier bar, or
 * on one only through a seed that has decayed below 1e-20), cumulative kinds against totals kept
 * in the test. Within 1e-9 × max(1, |reference|). Catches rounding that piles up in a running sum.
 */
class LongRunDriftTest {
    private static final int BARS = 10_000_000;
    private static final int TAIL = 20_000;
    /** Kinds with window sums; the others keep EMAs (which contract rounding away) or window extremes. */
    private static final List<String> WINDOWED = List.of("sma", "wma", "trima", "bbands", "cci", "cmo", "mfi", "cmf",
            "ppo", "linreg", "kama", "uo", "vortex", "stoch", "stochrsi", "trix", "squeeze", "vwap");

    @Test
    void tenMillionBarsEndWhereAnExactRecomputationEnds() {
        List<Indicator> windowed = new ArrayList<>();
        for (String name : WINDOWED) windowed.add(Bars.create(name, Map.of()));
        Indicator obv = Bars.create("obv", Map.of());
        AnchoredIndicator anchoredVwap = (AnchoredIndicator) Bars.create("anchored_vwap", Map.of());
        long obvTotal = 0;
        double priceVolume = 0, volumeTotal = 0;
        Bars tail = new Bars(new long[TAIL], new double[TAIL], new double[TAIL], new double[TAIL], new double[TAIL], new double[TAIL]);
        Random rnd = new Random(20240101);
        double price = 100, previousClose = Double.NaN;
        for (int t = 0; t < BARS; t++) {
            double open = price;
            price = Math.max(1, price + 0.02 * (100 - price) + 0.5 * rnd.nextGaussian());
            double high = Math.max(open, price) + 0.3 * rnd.nextDouble(), low = Math.min(open, price) - 0.3 * rnd.nextDouble();
            long volume = 1 + rnd.nextInt(10_000);
            long time = Bars.FIRST_OPEN + t * Bars.HOUR;
            int slot = t - (BARS - TAIL);
            if (slot >= 0) {
                tail.openTime()[slot] = time;
                tail.open()[slot] = open;
                tail.high()[slot] = high;
                tail.low()[slot] = low;
                tail.close()[slot] = price;
                tail.volume()[slot] = volume;
            }
            for (Indicator indicator : windowed) {
                if (indicator instanceof AnchoredIndicator a) a.anchor(time, -1, -1, -1, 0);
                indicator.update(open, high, low, price, volume);
            }
            obv.update(open, high, low, price, volume);
            anchoredVwap.update(open, high, low, price, volume);
            if (t > 0) obvTotal += price > previousClose ? volume : price < previousClose ? -volume : 0;
            priceVolume += (high + low + price) / 3 * volume;
            volumeTotal += volume;
            previousClose = price;
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < WINDOWED.size(); i++) {
            String name = WINDOWED.get(i);
            IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
            double[][] want = BatchReference.compute(name, Params.resolve(kind.params(), Map.of()), tail);
            for (int k = 0; k < want.length; k++) check(failures, name + " output " + k, want[k][TAIL - 1], windowed.get(i).output(k));
        }
        check(failures, "obv", obvTotal, obv.output(0));
        check(failures, "anchored_vwap", priceVolume / volumeTotal, anchoredVwap.output(0));
        assertEquals(BARS, anchoredVwap.output(AnchoredVwap.BARS_SINCE_ANCHOR));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(List<String> failures, String what, double want, double got) {
        if (!(Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want)))) failures.add(what + ": want " + want + ", got " + got);
    }
}
