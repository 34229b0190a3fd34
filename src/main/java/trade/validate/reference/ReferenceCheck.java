package trade.validate.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one configuration incrementally (through the catalog, as the engine would) and through the
 * batch references, and lists every disagreement. Shared by the example tests and the properties.
 */
public final class ReferenceCheck {
    private ReferenceCheck() {}

    /** A simple ATR stand-in: mean true range of the last 5 bars, missing (NaN) for the first 5. */
    public static double[] atr(Bars s) {
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
    public static Map<String, Object> params(SwingReference.Options o, boolean withAtr) {
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

    public static List<String> check(Bars s, SwingReference.Options o, boolean withAtr, int windowSize) {
        double[] atr = withAtr ? atr(s) : null;
        List<Bench.Declared> block = List.of(Bench.swing(params(o, withAtr)),
                new Bench.Declared("trend", "trend", Map.of(), List.of("swing")),
                new Bench.Declared("ms", "market_structure", Map.of(), List.of("swing")),
                new Bench.Declared("msw", "market_structure", Map.of("confirmation_close", false), List.of("swing")),
                new Bench.Declared("min", "rolling_window", Map.of("size", (long) windowSize, "source", "low", "mode", "min"), List.of()),
                new Bench.Declared("max", "rolling_window", Map.of("size", (long) windowSize, "source", "close", "mode", "max"), List.of()));
        return differences(block, s, atr);
    }

    /** Every disagreement between the block run through the catalog and its batch references. */
    public static List<String> differences(List<Bench.Declared> block, Bars s, double[] atr) {
        Bench bench = new Bench(block, atr).run(s);
        List<String> problems = new ArrayList<>();
        StructureReference.of(block, s, atr).forEach((key, e) -> problems.addAll(Differences.between(key, bench.outputs(key), bench.all(key), e)));
        return problems;
    }

    /** Parameters of the all-types block, drawn from a seed so that properties cover many settings. */
    public record Variant(double width, double bodyMin, double wickMax, double minGap, double tolerance, double sweep, int fvgMax,
                   int obMax, int lookback, int touches, int liqMax, int history, int dzMax, int brkMax, boolean useBody,
                   int windowSize, double dzWidth, double dzTolerance) {
        public static Variant draw(long seed) {
            java.util.Random r = new java.util.Random(seed);
            return new Variant(0.5 + r.nextInt(4) * 0.5, 0.5 + r.nextInt(4) * 0.25, 0.2 + r.nextInt(4) * 0.2,
                    r.nextBoolean() ? 0 : 0.1 * r.nextInt(4), 0.1 * (1 + r.nextInt(6)), 0.05 * r.nextInt(4), 1 + r.nextInt(6),
                    1 + r.nextInt(6), 1 + r.nextInt(4), 1 + r.nextInt(3), 1 + r.nextInt(4), 2 + r.nextInt(20), 1 + r.nextInt(6),
                    1 + r.nextInt(4), r.nextBoolean(), 1 + r.nextInt(30), 0.001 * (1 + r.nextInt(10)), 0.001 * r.nextInt(3));
        }
    }

    private static final List<Double> FIB_LEVELS = List.of(0.236, 0.5, 1.0, -0.272), DZ_LEVELS = List.of(0.382, 0.618, 0.786);

    /**
     * All 13 types in one block, with parameters drawn from {@code variant}: swing, trend,
     * market_structure and rolling_window against their references, and every zone and ICT type,
     * including fibonacci in all four anchorings/modes, derived_zone paired and unpaired, order
     * blocks with an inline and a declared displacement, and a breaker with and without
     * market_structure.
     */
    public static List<Bench.Declared> everyTypeBlock(int left, int right, Variant v) {
        String atrKey = "atr_14";
        return List.of(Bench.swing(Map.of("left", (long) left, "right", (long) right)),
                new Bench.Declared("trend", "trend", Map.of(), List.of("swing")),
                new Bench.Declared("ms", "market_structure", Map.of(), List.of("swing")),
                new Bench.Declared("demand", "zone", Map.of("zone_type", "demand", "width_atr", v.width(), "atr_key", atrKey), List.of("swing")),
                new Bench.Declared("supply", "zone", Map.of("zone_type", "supply", "width_atr", v.width(), "atr_key", atrKey), List.of("swing")),
                new Bench.Declared("fib", "fibonacci", Map.of("levels", FIB_LEVELS), List.of("swing")),
                new Bench.Declared("fibx", "fibonacci", Map.of("levels", FIB_LEVELS, "mode", "extension"), List.of("swing")),
                new Bench.Declared("fibt", "fibonacci", Map.of("levels", FIB_LEVELS, "use_paired_anchor", false, "use_trend_anchor", true),
                        List.of("swing", "trend")),
                new Bench.Declared("fibu", "fibonacci", Map.of("levels", FIB_LEVELS, "mode", "extension_down", "use_paired_anchor", false),
                        List.of("swing")),
                new Bench.Declared("dz", "derived_zone", Map.of("levels", DZ_LEVELS, "max_active", (long) v.dzMax(), "width_pct", v.dzWidth(),
                        "break_tolerance_pct", v.dzTolerance()), List.of("swing")),
                new Bench.Declared("dzu", "derived_zone", Map.of("levels", DZ_LEVELS, "max_active", (long) v.dzMax() + 2, "mode", "extension",
                        "use_paired_source", false), List.of("swing")),
                new Bench.Declared("low", "rolling_window", Map.of("size", (long) v.windowSize(), "source", "low", "mode", "min"), List.of()),
                new Bench.Declared("disp", "displacement", Map.of("atr_key", atrKey, "body_atr_min", v.bodyMin(), "wick_ratio_max", v.wickMax()),
                        List.of()),
                new Bench.Declared("fvg", "fair_value_gap", Map.of("atr_key", atrKey, "min_gap_atr", v.minGap(), "max_active", (long) v.fvgMax()),
                        List.of()),
                new Bench.Declared("ob", "order_block", Map.of("atr_key", atrKey, "use_body", v.useBody(), "body_atr_min", v.bodyMin(),
                        "wick_ratio_max", v.wickMax(), "max_active", (long) v.obMax(), "lookback", (long) v.lookback()), List.of("swing")),
                new Bench.Declared("obd", "order_block", Map.of("atr_key", atrKey, "max_active", (long) v.obMax()), List.of("swing", "disp")),
                new Bench.Declared("liq", "liquidity_zones", Map.of("atr_key", atrKey, "tolerance_atr", v.tolerance(), "sweep_atr", v.sweep(),
                        "min_touches", (long) v.touches(), "max_active", (long) v.liqMax(), "max_swing_history", (long) v.history()),
                        List.of("swing")),
                new Bench.Declared("pd", "premium_discount", Map.of(), List.of("swing")),
                new Bench.Declared("brk", "breaker_block", Map.of("max_active", (long) v.brkMax()), List.of("ob", "ms")),
                new Bench.Declared("brko", "breaker_block", Map.of(), List.of("ob")));
    }

    /** Every output of the all-types block for bars 0..k-1, one line per key, output and bar. */
    public static List<String> outputsUpTo(Bars s, double[] atr, int k, long seed) {
        List<Bench.Declared> block = everyTypeBlock(3, 2, Variant.draw(seed));
        Bench bench = new Bench(block, atr).run(s);
        List<String> out = new ArrayList<>();
        for (Bench.Declared d : block) {
            double[][] all = bench.all(d.key());
            for (int o = 0; o < all.length; o++) {
                for (int t = 0; t < k; t++) out.add(d.key() + "." + bench.outputs(d.key()).get(o).name() + "@" + t + "=" + all[o][t]);
            }
        }
        return out;
    }

    /**
     * All 13 types in one block ({@link #everyTypeBlock}): swing, trend, market_structure and
     * rolling_window against their references, and every zone and ICT type, including fibonacci in
     * all four anchorings/modes, derived_zone paired and unpaired, order blocks with an inline and a
     * declared displacement, and a breaker with and without market_structure.
     */
    public static List<String> everyType(Bars s, double[] atr, int left, int right, long seed) {
        return differences(everyTypeBlock(left, right, Variant.draw(seed)), s, atr);
    }
}
