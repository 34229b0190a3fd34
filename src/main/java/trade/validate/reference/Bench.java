package trade.validate.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.structure.Structure;
import trade.structure.StructureCatalog;
import trade.structure.StructureKind;

/**
 * A tiny stand-in for the engine: structures of one timeframe, built in declaration order the way
 * the engine builds them (dependencies by type, an ATR supplier when the type reads one) and
 * updated bar by bar, with every output recorded after each bar.
 */
public final class Bench {
    /** One declared structure: params as written in a Play, {@code uses} the keys of earlier ones. */
    public record Declared(String key, String type, Map<String, Object> params, List<String> uses) {}

    /** How a detector is built; production is {@link StructureKind#create}. */
    @FunctionalInterface
    public interface Factory {
        Factory CATALOG = StructureKind::create;

        Structure create(StructureKind kind, Params params, Map<String, Structure> dependenciesByType, DoubleSupplier atr);
    }

    private final List<String> keys = new ArrayList<>();
    private final Map<String, Structure> byKey = new LinkedHashMap<>();
    private final Map<String, List<OutputSpec>> outputs = new LinkedHashMap<>();
    private final Map<String, double[][]> recorded = new LinkedHashMap<>(); // key → [output][bar]

    private int currentBar;

    /** @param atrSeries ATR per bar handed to detectors that need it (NaN = missing); may be null */
    public Bench(List<Declared> declared, double[] atrSeries) { this(declared, atrSeries, Factory.CATALOG); }

    /** @param atrSeries ATR per bar handed to detectors that need it (NaN = missing); may be null */
    public Bench(List<Declared> declared, double[] atrSeries, Factory factory) {
        DoubleSupplier atr = atrSeries == null ? null : () -> atrSeries[currentBar];
        Map<String, String> typeOfKey = new LinkedHashMap<>();
        for (Declared d : declared) {
            StructureKind kind = StructureCatalog.find(d.type()).orElseThrow();
            Params p = Params.resolve(kind.params(), d.params());
            Map<String, Structure> deps = new LinkedHashMap<>();
            for (String u : d.uses()) deps.put(typeOfKey.get(u), byKey.get(u));
            byKey.put(d.key(), factory.create(kind, p, deps, kind.needsAtr(p) ? atr : null));
            outputs.put(d.key(), kind.outputs(p));
            typeOfKey.put(d.key(), d.type());
            keys.add(d.key());
        }
    }

    public static Declared swing(Map<String, Object> params) {
        return new Declared("swing", "swing", params, List.of());
    }

    public static Declared swing(int left, int right) {
        return new Declared("swing", "swing", Map.of("left", (long) left, "right", (long) right), List.of());
    }

    /** The Appendix A block for the types implemented here. */
    public static List<Declared> goldenBlock() {
        return List.of(swing(5, 5),
                new Declared("trend", "trend", Map.of(), List.of("swing")),
                new Declared("ms", "market_structure", Map.of(), List.of("swing")),
                new Declared("low20", "rolling_window",
                        Map.of("size", 20L, "source", "low", "mode", "min"), List.of()));
    }

    public Bench run(Bars s) {
        int n = s.size();
        for (String k : keys) recorded.put(k, new double[outputs.get(k).size()][n]);
        for (int t = 0; t < n; t++) {
            currentBar = t;
            for (String k : keys) {
                Structure st = byKey.get(k);
                st.update(t, s.open()[t], s.high()[t], s.low()[t], s.close()[t], s.volume()[t]);
                double[][] rec = recorded.get(k);
                for (int o = 0; o < rec.length; o++) rec[o][t] = st.output(o);
            }
        }
        return this;
    }

    public double[][] all(String key) { return recorded.get(key); }

    public Structure structure(String key) { return byKey.get(key); }

    public double[] series(String key, String field) {
        List<OutputSpec> specs = outputs.get(key);
        for (int o = 0; o < specs.size(); o++) if (specs.get(o).name().equals(field)) return recorded.get(key)[o];
        throw new IllegalArgumentException(key + "." + field);
    }

    public double value(String key, String field, int bar) { return series(key, field)[bar]; }

    /** The enum word at a bar, as a Play would read it. */
    public String word(String key, String field, int bar) {
        for (OutputSpec spec : outputs.get(key)) {
            if (spec.name().equals(field)) return spec.enumDomain().get((int) value(key, field, bar));
        }
        throw new IllegalArgumentException(key + "." + field);
    }

    public List<OutputSpec> outputs(String key) { return outputs.get(key); }

    /** Bars where a field is true (BOOL) or changed from the previous bar (counters). */
    public List<Integer> barsWhere(String key, String field, boolean changes) {
        double[] v = series(key, field);
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < v.length; t++) {
            boolean hit = changes ? (t == 0 ? v[t] != 0 : v[t] != v[t - 1]) : v[t] == 1.0;
            if (hit) out.add(t);
        }
        return out;
    }
}
