package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import trade.validate.reference.Bars;
import trade.validate.reference.Bench;
import trade.validate.reference.ReferenceCheck;
import trade.validate.reference.SwingReference;

/**
 * Properties over random series.
 *
 * <p>Invariants, in plain words:
 * <ul>
 *   <li>incremental detectors equal their batch references on every output at every bar, for any
 *       seed, length, window and gate setting;</li>
 *   <li>no look-ahead: the outputs up to bar k are the same whether or not later bars follow;</li>
 *   <li>reset() followed by the same bars reproduces the same outputs;</li>
 *   <li>a swing pivot is reported exactly {@code right} bars after its pivot bar, and pairs always
 *       join a high and a low.</li>
 * </ul>
 */
class StructureProperties {
    @Property(tries = 60)
    void incrementalEqualsBatch(@ForAll @LongRange(min = 0, max = 10_000) long seed,
                                @ForAll @IntRange(min = 1, max = 400) int length,
                                @ForAll @IntRange(min = 1, max = 6) int left,
                                @ForAll @IntRange(min = 1, max = 6) int right,
                                @ForAll boolean strict, @ForAll boolean zigzag, @ForAll boolean withAtr,
                                @ForAll @IntRange(min = 1, max = 30) int windowSize) {
        var o = new SwingReference.Options(zigzag ? 0 : left, zigzag ? 0 : right, zigzag, 1.0,
                seed % 3 == 0 ? 0.4 : 0, seed % 5 == 0 ? 0.3 : 0, strict, 1.0 + (seed % 4) * 0.5);
        Bars s = Shapes.randomWalk(seed, length);
        assertEquals(List.of(), ReferenceCheck.check(s, o, withAtr || zigzag, windowSize));
    }

    @Property(tries = 80)
    void everyTypeEqualsItsBatchReference(@ForAll @LongRange(min = 0, max = 100_000) long seed,
                                          @ForAll @IntRange(min = 1, max = 500) int length,
                                          @ForAll @IntRange(min = 1, max = 5) int left,
                                          @ForAll @IntRange(min = 1, max = 5) int right) {
        Bars s = seed % 4 == 0 ? Shapes.spiky(seed, length) : Shapes.randomWalk(seed, length);
        assertEquals(List.of(), ReferenceCheck.everyType(s, ReferenceCheck.atr(s), left, right, seed));
    }

    @Property(tries = 30)
    void noLookAheadInAnyType(@ForAll @LongRange(min = 0, max = 10_000) long seed,
                              @ForAll @IntRange(min = 2, max = 300) int length,
                              @ForAll @IntRange(min = 1, max = 299) int cut) {
        int k = Math.min(cut, length - 1);
        Bars full = Shapes.randomWalk(seed, length);
        double[] atr = ReferenceCheck.atr(full);
        List<String> whole = ReferenceCheck.outputsUpTo(full, atr, k, seed);
        assertEquals(whole, ReferenceCheck.outputsUpTo(full.prefix(k), atr, k, seed));
    }

    @Property(tries = 40)
    void noLookAhead(@ForAll @LongRange(min = 0, max = 10_000) long seed,
                     @ForAll @IntRange(min = 2, max = 300) int length,
                     @ForAll @IntRange(min = 1, max = 299) int cut) {
        int k = Math.min(cut, length - 1);
        Bars full = Shapes.randomWalk(seed, length);
        double[] atr = ReferenceCheck.atr(full);
        Bench whole = new Bench(block(), atr).run(full);
        Bench prefix = new Bench(block(), atr).run(full.prefix(k));
        for (String key : List.of("swing", "trend", "ms", "low20")) {
            double[][] a = whole.all(key), b = prefix.all(key);
            for (int o = 0; o < a.length; o++) {
                for (int t = 0; t < k; t++) {
                    assertEquals(Double.doubleToLongBits(b[o][t]), Double.doubleToLongBits(a[o][t]),
                            key + "." + whole.outputs(key).get(o).name() + " at bar " + t);
                }
            }
        }
    }

    @Property(tries = 20)
    void resetReproducesTheSameOutputs(@ForAll @LongRange(min = 0, max = 10_000) long seed) {
        Bars s = Shapes.randomWalk(seed, 200);
        Bench first = new Bench(block(), ReferenceCheck.atr(s)).run(s);
        double[][][] before = {copy(first.all("swing")), copy(first.all("trend")), copy(first.all("ms")), copy(first.all("low20"))};
        for (String key : List.of("swing", "trend", "ms", "low20")) first.structure(key).reset();
        first.run(s);
        double[][][] after = {first.all("swing"), first.all("trend"), first.all("ms"), first.all("low20")};
        for (int i = 0; i < before.length; i++) {
            for (int o = 0; o < before[i].length; o++) assertEquals(java.util.Arrays.toString(before[i][o]), java.util.Arrays.toString(after[i][o]));
        }
    }

    @Property(tries = 30)
    void pivotsAreConfirmedRightBarsLaterAndPairsAlternate(@ForAll @LongRange(min = 0, max = 10_000) long seed,
                                                           @ForAll @IntRange(min = 1, max = 5) int left,
                                                           @ForAll @IntRange(min = 1, max = 5) int right) {
        Bars s = Shapes.randomWalk(seed, 300);
        Bench b = new Bench(List.of(Bench.swing(left, right)), null).run(s);
        for (int t = 0; t < s.size(); t++) {
            if (b.value("swing", "high_accepted", t) == 1) assertEquals(t - right, (int) b.value("swing", "high_idx", t));
            if (b.value("swing", "low_accepted", t) == 1) assertEquals(t - right, (int) b.value("swing", "low_idx", t));
            if (b.value("swing", "pair_version", t) > 0) {
                double hi = b.value("swing", "pair_high_level", t), lo = b.value("swing", "pair_low_level", t);
                int dir = (int) b.value("swing", "pair_direction", t);
                int hIdx = (int) b.value("swing", "pair_high_idx", t), lIdx = (int) b.value("swing", "pair_low_idx", t);
                // bullish = low then high; bearish = high then low (same bar only for an outside bar)
                if (dir == 1) assertEquals(true, lIdx <= hIdx, "bullish pair order at " + t);
                else assertEquals(true, hIdx <= lIdx, "bearish pair order at " + t);
                assertEquals(false, Double.isNaN(hi) || Double.isNaN(lo));
            }
        }
    }

    private static List<Bench.Declared> block() {
        return List.of(Bench.swing(Map.of("left", 3L, "right", 2L, "atr_key", "atr_14")),
                new Bench.Declared("trend", "trend", Map.of(), List.of("swing")),
                new Bench.Declared("ms", "market_structure", Map.of(), List.of("swing")),
                new Bench.Declared("low20", "rolling_window", Map.of("size", 20L, "source", "low", "mode", "min"), List.of()));
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
