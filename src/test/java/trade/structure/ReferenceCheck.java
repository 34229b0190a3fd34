package trade.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one configuration incrementally (through the catalog, as the engine would) and through the
 * batch references, and lists every disagreement. Shared by the example tests and the properties.
 */
final class ReferenceCheck {
    private ReferenceCheck() {}

    /** A simple ATR stand-in: mean true range of the last 5 bars, missing (NaN) for the first 5. */
    static double[] atr(Series s) {
        double[] out = new double[s.size()];
        for (int t = 0; t < s.size(); t++) {
            if (t < 5) { out[t] = Double.NaN; continue; }
            double sum = 0;
            for (int j = t - 4; j <= t; j++) sum += s.high()[j] - s.low()[j];
            out[t] = sum / 5;
        }
        return out;
    }

    /** Swing params for the catalog matching a reference option set. */
    static Map<String, Object> params(SwingReference.Options o, boolean withAtr) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("mode", o.zigzag() ? "atr_zigzag" : "fractal");
        if (!o.zigzag()) { p.put("left", (long) o.left()); p.put("right", (long) o.right()); }
        if (withAtr) p.put("atr_key", "atr_14");
        p.put("major_threshold", o.majorThreshold());
        p.put("min_atr_move", o.minAtrMove());
        p.put("min_pct_move", o.minPctMove());
        p.put("strict_alternation", o.strictAlternation());
        p.put("atr_multiplier", o.atrMultiplier());
        return p;
    }

    static List<String> check(Series s, SwingReference.Options o, boolean withAtr, int windowSize) {
        double[] atr = withAtr ? atr(s) : null;
        Bench bench = new Bench(List.of(Bench.swing(params(o, withAtr)),
                new Bench.Declared("trend", "trend", Map.of(), List.of("swing")),
                new Bench.Declared("ms", "market_structure", Map.of(), List.of("swing")),
                new Bench.Declared("msw", "market_structure", Map.of("confirmation_close", false), List.of("swing")),
                new Bench.Declared("min", "rolling_window", Map.of("size", (long) windowSize, "source", "low", "mode", "min"), List.of()),
                new Bench.Declared("max", "rolling_window", Map.of("size", (long) windowSize, "source", "close", "mode", "max"), List.of())),
                atr).run(s);
        List<String> problems = new ArrayList<>();
        problems.addAll(Differences.between("swing", bench.outputs("swing"), bench.all("swing"), SwingReference.run(s, atr, o)));
        // trend and market_structure references read the swing's output arrays, as the original's did
        double[] hi = bench.series("swing", "high_idx"), hl = bench.series("swing", "high_level");
        double[] li = bench.series("swing", "low_idx"), ll = bench.series("swing", "low_level");
        problems.addAll(Differences.between("trend", bench.outputs("trend"), bench.all("trend"), TrendReference.run(hi, hl, li, ll, 4)));
        problems.addAll(Differences.between("ms", bench.outputs("ms"), bench.all("ms"), MarketStructureReference.run(s, hi, hl, li, ll, true)));
        problems.addAll(Differences.between("msw", bench.outputs("msw"), bench.all("msw"), MarketStructureReference.run(s, hi, hl, li, ll, false)));
        problems.addAll(Differences.between("min", bench.outputs("min"), bench.all("min"), new double[][] {window(s.low(), windowSize, false)}));
        problems.addAll(Differences.between("max", bench.outputs("max"), bench.all("max"), new double[][] {window(s.close(), windowSize, true)}));
        return problems;
    }

    /** Rolling min/max by scanning the (partial) window directly. */
    static double[] window(double[] x, int size, boolean max) {
        double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            double v = x[t];
            for (int j = Math.max(0, t - size + 1); j <= t; j++) v = max ? Math.max(v, x[j]) : Math.min(v, x[j]);
            out[t] = v;
        }
        return out;
    }
}
