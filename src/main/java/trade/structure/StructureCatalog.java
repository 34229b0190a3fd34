package trade.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.core.ValueType;

/**
 * The 13 structure types a Play may declare, in the spec's order. Lookup is by the YAML
 * {@code type}; types described but not yet runnable report {@link StructureKind#implemented()} false
 * so the Play checker can reject them before the first bar.
 */
public final class StructureCatalog {
    private static final List<StructureKind> KINDS = build();

    private StructureCatalog() {}

    public static Optional<StructureKind> find(String type) {
        for (StructureKind k : KINDS) if (k.type().equals(type)) return Optional.of(k);
        return Optional.empty();
    }

    /**
     * The output a Play's field text names, for the spellings play-dsl.md §3.1 allows: a fibonacci
     * level by its ratio ({@code level[0.618]}, {@code level_1.0}, matched numerically within 1e-9
     * against the declared levels) and a derived_zone slot field {@code zone[2].state} for
     * {@code zone2_state}. Any other text is returned as written, so an unknown field is reported
     * with the text the author wrote.
     */
    public static String fieldName(String type, Params params, String written) {
        if (type.equals("fibonacci")) {
            Matcher m = LEVEL.matcher(written);
            if (m.matches()) {
                try {
                    double ratio = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
                    for (double declared : params.numbers("levels")) {
                        if (Math.abs(declared - ratio) <= 1e-9) return "level_" + RatioKey.format(declared);
                    }
                } catch (NumberFormatException notANumber) {
                    return written;
                }
            }
        }
        if (type.equals("derived_zone")) {
            Matcher m = SLOT.matcher(written);
            if (m.matches()) return "zone" + m.group(1) + "_" + m.group(2);
        }
        return written;
    }

    private static final Pattern LEVEL = Pattern.compile("level(?:\\[([^\\]]+)\\]|_(.+))");
    private static final Pattern SLOT = Pattern.compile("zone\\[(\\d+)\\]\\.(\\w+)");

    /**
     * True for the BOOL outputs that describe only the bar they were computed on (a BOS, a new
     * gap, a sweep, an accepted pivot, …), as opposed to state that holds until it changes. The
     * engine shows these on a slower timeframe only on the first exec bar after that bar closed.
     */
    public static boolean isBarEvent(OutputSpec output) {
        return output.type() == ValueType.BOOL && BAR_EVENT.matcher(output.name()).matches();
    }

    private static final Pattern BAR_EVENT =
            Pattern.compile(".*_this_bar|any_touched|high_accepted|low_accepted|high_replaced_pending|low_replaced_pending|is_displacement");

    /** Every type name, in the spec's order (structures.md §0). */
    public static List<String> types() { return KINDS.stream().map(StructureKind::type).toList(); }

    private static List<StructureKind> build() {
        List<DeclaredKind> rows = new ArrayList<>();
        rows.addAll(PivotKinds.all());
        rows.addAll(ZoneKinds.all());
        rows.addAll(IctKinds.all());
        String[] order = {"swing", "rolling_window", "trend", "market_structure", "zone", "fibonacci",
            "derived_zone", "displacement", "fair_value_gap", "order_block", "liquidity_zones",
            "premium_discount", "breaker_block"};
        List<StructureKind> sorted = new ArrayList<>();
        for (String t : order) {
            for (DeclaredKind k : rows) if (k.type().equals(t)) sorted.add(k);
        }
        if (sorted.size() != rows.size()) throw new IllegalStateException("catalog order misses a type");
        return List.copyOf(sorted);
    }
}
