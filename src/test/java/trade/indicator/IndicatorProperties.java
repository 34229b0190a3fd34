package trade.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import trade.core.ParamSpec;
import trade.core.Params;
import trade.validate.reference.Bars;
import trade.validate.reference.BatchReference;

/**
 * Invariants of every implemented indicator, checked on random bar series with random parameters:
 * <ol>
 *   <li>Grid series (prices on a 1/16 grid below 4096, flat stretches, jumps): every output equals
 *       {@link BatchReference}'s whole-array recomputation within 1e-9 relative, and is NaN at
 *       exactly the same bars. On this grid all window sums are exact in binary, so flat windows
 *       give exactly zero variance on both sides and ratios like percent_b are comparable.</li>
 *   <li>Wild series (levels from 1e-6 to 1e9, spikes of ×/÷1000, flat stretches): the same NaN
 *       pattern, and values within 1e-9 × the largest input for price-unit outputs, 1e-9 relative
 *       for outputs computed in the same operation order (rsi), 1e-6 × the largest input for
 *       bands (a square root of a difference of sums turns 1e-16 rounding into ~3e-8, times the band multiplier, near zero
 *       variance); ratios of such near-zero quantities (bandwidth, percent_b) are not compared, nor are ppo,
 *       uo and vortex (ratios of running sums: after a ×1000 spike leaves the window, the rounding it
 *       left is 1e-13 of the spike, i.e. up to 1e-9 of what remains, until the next exact re-sum).</li>
 *   <li>Every output is a finite number or NaN (never ±Infinity), on both kinds of series.</li>
 *   <li>No look-ahead: the outputs up to bar k are bit-identical whether the input ends at k or
 *       goes on.</li>
 *   <li>reset() gives back a fresh instance: feeding the series again reproduces it bit for bit.</li>
 * </ol>
 */
class IndicatorProperties {
    /** Per output: P price units, R same-order arithmetic, S square-root-amplified, - not compared. */
    private static final Map<String, String> WILD_SCALES = Map.ofEntries(
            Map.entry("ema", "P"), Map.entry("sma", "P"), Map.entry("rsi", "R"), Map.entry("atr", "P"),
            Map.entry("bbands", "SPS--"),
            Map.entry("wma", "P"), Map.entry("natr", "R"), Map.entry("roc", "R"), Map.entry("mom", "P"),
            Map.entry("obv", "R"), Map.entry("ohlc4", "P"), Map.entry("macd", "PPP"), Map.entry("willr", "R"),
            Map.entry("cci", "R"), Map.entry("midprice", "P"), Map.entry("dema", "P"), Map.entry("tema", "P"),
            Map.entry("trima", "P"), Map.entry("kc", "PPP"), Map.entry("donchian", "PPP"), Map.entry("cmo", "R"),
            Map.entry("cmf", "R"), Map.entry("ppo", "---"), Map.entry("mfi", "R"),
            Map.entry("zlma", "P"), Map.entry("kama", "P"), Map.entry("alma", "P"), Map.entry("linreg", "P"),
            Map.entry("vwap", "P"), Map.entry("anchored_vwap", "PR"), Map.entry("uo", "-"), Map.entry("stoch", "RR"),
            Map.entry("stochrsi", "RR"), Map.entry("fisher", "RR"), Map.entry("tsi", "RR"), Map.entry("adx", "RRRR"),
            Map.entry("aroon", "RRR"), Map.entry("supertrend", "PRPP"), Map.entry("psar", "PPRR"), Map.entry("vortex", "--"),
            Map.entry("dm", "PP"), Map.entry("trix", "RR"), Map.entry("squeeze", "P---"), Map.entry("kvo", "RR"),
            Map.entry("volume_profile", "PPPRRR"), Map.entry("anchored_volume_profile", "PPPRRRR"),
            Map.entry("session_levels", "PPPPPP"));

    @Property(tries = 200)
    void matchesBatchOnGridSeries(@ForAll("gridBars") Bars bars, @ForAll("paramSeeds") long paramSeed) {
        for (String name : IndicatorCatalog.names()) {
            Params p = randomParams(name, paramSeed);
            double[][] got = bars.feed(create(name, p), Bars.outputCount(name));
            double[][] want = BatchReference.compute(name, p, bars);
            for (int k = 0; k < got.length; k++) {
                for (int t = 0; t < bars.size(); t++) {
                    check(name, p, k, t, want[k][t], got[k][t], 1e-9 * Math.max(1, Math.abs(want[k][t])));
                }
            }
        }
    }

    @Property(tries = 200)
    void matchesBatchOnWildSeries(@ForAll("wildBars") Bars bars, @ForAll("paramSeeds") long paramSeed) {
        double scale = largestInput(bars);
        for (String name : IndicatorCatalog.names()) {
            String scales = WILD_SCALES.get(name);
            if (scales == null) fail("no wild-series tolerance declared for " + name);
            Params p = randomParams(name, paramSeed);
            double[][] got = bars.feed(create(name, p), Bars.outputCount(name));
            double[][] want = BatchReference.compute(name, p, bars);
            for (int k = 0; k < got.length; k++) {
                for (int t = 0; t < bars.size(); t++) {
                    double tolerance = switch (scales.charAt(k)) {
                        case 'P' -> 1e-9 * scale;
                        case 'R' -> 1e-9 * Math.max(1, Math.abs(want[k][t]));
                        case 'S' -> 1e-6 * scale;
                        default -> Double.POSITIVE_INFINITY;
                    };
                    check(name, p, k, t, want[k][t], got[k][t], tolerance);
                }
            }
        }
    }

    @Property(tries = 100)
    void neverLooksAhead(@ForAll("gridBars") Bars bars, @ForAll("paramSeeds") long paramSeed) {
        int cut = (int) Math.floorMod(paramSeed, (long) bars.size()) + 1;
        for (String name : IndicatorCatalog.names()) {
            Params p = randomParams(name, paramSeed);
            double[][] full = bars.feed(create(name, p), Bars.outputCount(name));
            double[][] head = bars.prefix(cut).feed(create(name, p), Bars.outputCount(name));
            for (int k = 0; k < full.length; k++) {
                for (int t = 0; t < cut; t++) assertBitEqual(name + " " + p + " output " + k + " t=" + t, head[k][t], full[k][t]);
            }
        }
    }

    @Property(tries = 100)
    void resetReproducesTheSeries(@ForAll("wildBars") Bars bars, @ForAll("paramSeeds") long paramSeed) {
        for (String name : IndicatorCatalog.names()) {
            Params p = randomParams(name, paramSeed);
            Indicator indicator = create(name, p);
            double[][] first = bars.feed(indicator, Bars.outputCount(name));
            indicator.reset();
            assertTrue(!indicator.isReady() || bars.size() == 0, name + " ready right after reset");
            double[][] second = bars.feed(indicator, Bars.outputCount(name));
            for (int k = 0; k < first.length; k++) {
                for (int t = 0; t < bars.size(); t++) assertBitEqual(name + " output " + k + " t=" + t, first[k][t], second[k][t]);
            }
        }
    }

    private static void check(String name, Params p, int k, int t, double want, double got, double tolerance) {
        String where = name + " " + p + " output " + k + " t=" + t;
        assertTrue(Double.isNaN(got) || Double.isFinite(got), where + ": outputs are finite or NaN, got " + got);
        if (Double.isNaN(want) || Double.isNaN(got)) {
            assertEquals(Double.isNaN(want), Double.isNaN(got), where + ": want " + want + ", got " + got);
        } else if (!(Math.abs(want - got) <= tolerance)) {
            fail(where + ": want " + want + ", got " + got + " (tolerance " + tolerance + ")");
        }
    }

    private static void assertBitEqual(String where, double a, double b) {
        assertEquals(Double.doubleToLongBits(a), Double.doubleToLongBits(b), where + ": " + a + " vs " + b);
    }

    private static Indicator create(String name, Params p) {
        return IndicatorCatalog.find(name).orElseThrow().create(p, InputSource.CLOSE);
    }

    /** Every INT parameter from its minimum up to min+29, FLOATs in [min, min+3] (or their range). */
    static Params randomParams(String name, long seed) {
        Random rnd = new Random(seed ^ name.hashCode());
        List<ParamSpec> specs = IndicatorCatalog.find(name).orElseThrow().params();
        Map<String, Object> given = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            switch (spec.kind()) {
                case INT -> given.put(spec.name(), (long) spec.min() + rnd.nextInt(30));
                case FLOAT -> given.put(spec.name(), spec.max() <= 1 ? spec.min() + rnd.nextDouble() * (spec.max() - spec.min())
                        : spec.min() + 3 * rnd.nextDouble());
                default -> { }
            }
        }
        return Params.resolve(specs, given);
    }

    private static double largestInput(Bars b) {
        double m = 0;
        for (int t = 0; t < b.size(); t++) {
            m = Math.max(m, Math.max(Math.abs(b.high()[t]), Math.abs(b.low()[t])));
            m = Math.max(m, Math.max(Math.abs(b.open()[t]), Math.abs(b.close()[t])));
        }
        return m;
    }

    @Provide
    Arbitrary<Long> paramSeeds() { return Arbitraries.longs(); }

    @Provide
    Arbitrary<Bars> gridBars() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 300))
                .as((seed, size) -> series(new Random(seed), size, true));
    }

    @Provide
    Arbitrary<Bars> wildBars() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 300))
                .as((seed, size) -> series(new Random(seed), size, false));
    }

    /**
     * A random walk with flat stretches (O=H=L=C repeated) and occasional jumps. Grid series move
     * in steps of 1/16 within [1/16, 4096]; wild ones multiplicatively from a level in [1e-6, 1e9].
     */
    static Bars series(Random rnd, int size, boolean grid) {
        double[] o = new double[size], h = new double[size], l = new double[size], c = new double[size], v = new double[size];
        double price = grid ? (1 + rnd.nextInt(64_000)) / 16.0 : Math.pow(10, -6 + 15 * rnd.nextDouble());
        int flatLeft = 0;
        for (int t = 0; t < size; t++) {
            if (flatLeft == 0 && rnd.nextInt(20) == 0) flatLeft = 1 + rnd.nextInt(40);
            double open = price;
            if (flatLeft > 0) {
                flatLeft--;
                o[t] = h[t] = l[t] = c[t] = price;
            } else if (grid) {
                int step = rnd.nextInt(50) == 0 ? rnd.nextInt(32_001) - 16_000 : rnd.nextInt(81) - 40;
                price = clampGrid(price + step / 16.0);
                o[t] = open;
                c[t] = price;
                h[t] = clampGrid(Math.max(open, price) + rnd.nextInt(20) / 16.0);
                l[t] = clampGrid(Math.min(open, price) - rnd.nextInt(20) / 16.0);
            } else {
                double factor = rnd.nextInt(50) == 0 ? (rnd.nextBoolean() ? 1000 : 0.001) : Math.exp(0.05 * rnd.nextGaussian());
                price = price * factor;
                o[t] = open;
                c[t] = price;
                h[t] = Math.max(open, price) * (1 + 0.01 * rnd.nextDouble());
                l[t] = Math.min(open, price) * (1 - 0.01 * rnd.nextDouble());
            }
            v[t] = rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(10_000);
        }
        return new Bars(Bars.hourly(size), o, h, l, c, v);
    }

    private static double clampGrid(double p) { return Math.min(4096, Math.max(1 / 16.0, p)); }
}
