package trade.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
