package trade.validate.reference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.structure.StructureCatalog;
import trade.structure.StructureKind;

/**
 * The batch outputs of a block of declared structures of one timeframe: each type's reference is
 * picked by its YAML type and fed its resolved parameters, and reads its dependencies' reference
 * outputs (never a detector), so the whole chain is independent of the incremental classes.
 * Results are [output][bar] in the catalog's output order, keyed like the block.
 */
public final class StructureReference {
    private StructureReference() {}

    /** @param atr ATR per bar handed to types that read one (NaN = missing); may be null when none does */
    public static Map<String, double[][]> of(List<Bench.Declared> block, Bars s, double[] atr) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        Map<String, List<OutputSpec>> specs = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        for (Bench.Declared d : block) {
            StructureKind kind = StructureCatalog.find(d.type()).orElseThrow();
            Params p = Params.resolve(kind.params(), d.params());
            Map<String, String> keyOfType = new HashMap<>();
            for (String u : d.uses()) keyOfType.put(typeOf.get(u), u);
            Fields deps = (type, field) -> {
                String key = keyOfType.get(type);
                if (key == null) return null;
                List<OutputSpec> o = specs.get(key);
                for (int i = 0; i < o.size(); i++) if (o.get(i).name().equals(field)) return out.get(key)[i];
                throw new IllegalArgumentException(key + " has no output " + field);
            };
            out.put(d.key(), compute(d.type(), p, s, kind.needsAtr(p) ? atr : null, deps));
            specs.put(d.key(), kind.outputs(p));
            typeOf.put(d.key(), d.type());
        }
        return out;
    }

    /** An output of the dependency of a type, or null when the block declares none. */
    private interface Fields {
        double[] of(String type, String field);
    }

    private static double[][] compute(String type, Params p, Bars s, double[] atr, Fields deps) {
        return switch (type) {
            case "swing" -> {
                boolean zigzag = p.text("mode").equals("atr_zigzag");
                var o = new SwingReference.Options(zigzag ? 0 : p.integer("left"), zigzag ? 0 : p.integer("right"), zigzag,
                        p.number("major_threshold"), p.number("min_atr_move"), p.number("min_pct_move"),
                        p.bool("strict_alternation"), p.number("atr_multiplier"));
                yield SwingReference.run(s, atr, o);
            }
            case "trend" -> TrendReference.run(deps.of("swing", "high_idx"), deps.of("swing", "high_level"),
                    deps.of("swing", "low_idx"), deps.of("swing", "low_level"), p.integer("wave_history_size"));
            case "market_structure" -> MarketStructureReference.run(s, deps.of("swing", "high_idx"), deps.of("swing", "high_level"),
                    deps.of("swing", "low_idx"), deps.of("swing", "low_level"), p.bool("confirmation_close"));
            case "rolling_window" -> new double[][] {window(field(s, p.text("source")), p.integer("size"), p.text("mode").equals("max"))};
            case "zone" -> ZoneReferences.zone(inputs(s, atr, deps), p.text("zone_type").equals("demand"), p.number("width_atr"));
            case "fibonacci" -> ZoneReferences.fibonacci(inputs(s, atr, deps), ratios(p), p.text("mode"),
                    p.bool("use_trend_anchor") ? "trend" : p.bool("use_paired_anchor") ? "paired" : "unpaired");
            case "derived_zone" -> ZoneReferences.derivedZone(inputs(s, atr, deps), ratios(p), p.integer("max_active"), p.text("mode"),
                    p.number("width_pct"), p.bool("use_paired_source"), p.number("break_tolerance_pct"));
            case "premium_discount" -> ZoneReferences.premiumDiscount(inputs(s, atr, deps));
            case "displacement" -> IctReferences.displacement(s, atr, p.number("body_atr_min"), p.number("wick_ratio_max"));
            case "fair_value_gap" -> IctReferences.fairValueGap(s, atr, p.number("min_gap_atr"), p.integer("max_active"));
            case "order_block" -> IctReferences.orderBlock(s, atr, deps.of("displacement", "direction"), p.bool("use_body"),
                    p.number("body_atr_min"), p.number("wick_ratio_max"), p.integer("max_active"), p.integer("lookback"));
            case "liquidity_zones" -> IctReferences.liquidity(s, atr, deps.of("swing", "high_idx"), deps.of("swing", "high_level"),
                    deps.of("swing", "low_idx"), deps.of("swing", "low_level"), p.number("tolerance_atr"), p.number("sweep_atr"),
                    p.integer("min_touches"), p.integer("max_active"), p.integer("max_swing_history"));
            case "breaker_block" -> IctReferences.breaker(s, deps.of("order_block", "any_invalidated_this_bar"),
                    deps.of("order_block", "last_invalidated_direction"), deps.of("order_block", "last_invalidated_upper"),
                    deps.of("order_block", "last_invalidated_lower"), deps.of("market_structure", "choch_this_bar"), p.integer("max_active"));
            default -> throw new IllegalArgumentException("no batch reference for structure type " + type);
        };
    }

    private static ZoneReferences.Inputs inputs(Bars s, double[] atr, Fields deps) {
        return new ZoneReferences.Inputs(s, atr, deps.of("swing", "high_idx"), deps.of("swing", "high_level"), deps.of("swing", "low_idx"),
                deps.of("swing", "low_level"), deps.of("swing", "version"), deps.of("swing", "pair_high_level"),
                deps.of("swing", "pair_high_idx"), deps.of("swing", "pair_low_level"), deps.of("swing", "pair_low_idx"),
                deps.of("swing", "pair_direction"), deps.of("swing", "pair_version"), deps.of("trend", "version"),
                deps.of("trend", "direction"));
    }

    private static double[] ratios(Params p) { return p.numbers("levels").stream().mapToDouble(Double::doubleValue).toArray(); }

    private static double[] field(Bars s, String name) {
        return switch (name) {
            case "open" -> s.open();
            case "high" -> s.high();
            case "low" -> s.low();
            case "close" -> s.close();
            default -> s.volume();
        };
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
