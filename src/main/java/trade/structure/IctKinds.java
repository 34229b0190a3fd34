package trade.structure;

import static trade.structure.Declarations.ABOVE_ZERO;
import static trade.structure.Declarations.b;
import static trade.structure.Declarations.f;
import static trade.structure.Declarations.i;
import static trade.structure.Declarations.text;

import java.util.ArrayList;
import java.util.List;
import trade.core.OutputSpec;
import trade.core.ParamSpec;

/**
 * Catalog rows for the ICT family: displacement, fair_value_gap, order_block, liquidity_zones and
 * breaker_block (structures.md §3.8–3.11, §3.13).
 */
final class IctKinds {
    private IctKinds() {}

    static List<DeclaredKind> all() {
        return List.of(displacement(), fairValueGap(), orderBlock(), liquidityZones(), breakerBlock());
    }

    static DeclaredKind displacement() {
        return new DeclaredKind("displacement",
                List.of(text("atr_key", "atr"), ParamSpec.number("body_atr_min", 1.5, 0),
                        ParamSpec.number("wick_ratio_max", 0.4, 0)),
                List.of(),
                p -> List.of(b("is_displacement"), i("direction"), f("body_atr_ratio"), f("wick_ratio"),
                        i("last_idx"), i("last_direction"), i("version")),
                (p, l, r) -> 1,
                p -> true,
                (p, deps, atr) -> new DisplacementDetector(p, atr));
    }

    static DeclaredKind fairValueGap() {
        return new DeclaredKind("fair_value_gap",
                List.of(text("atr_key", "atr"), ParamSpec.number("min_gap_atr", 0.0, 0),
                        ParamSpec.integer("max_active", 5, 1)),
                List.of(),
                p -> bandOutputs(f("nearest_bull_fill_pct"), f("nearest_bear_fill_pct"), i("version")),
                (p, l, r) -> 3,
                p -> true,
                (p, deps, atr) -> new FairValueGapDetector(p, atr));
    }

    static DeclaredKind orderBlock() {
        return new DeclaredKind("order_block",
                List.of(text("atr_key", "atr"), ParamSpec.bool("use_body", true),
                        ParamSpec.bool("require_displacement", true),
                        ParamSpec.number("body_atr_min", 1.5, ABOVE_ZERO), ParamSpec.number("wick_ratio_max", 0.4, 0),
                        ParamSpec.integer("max_active", 5, 1), ParamSpec.integer("lookback", 3, 1)),
                List.of(Dependency.required("swing"), Dependency.optional("displacement")),
                p -> bandOutputs(b("any_invalidated_this_bar"), i("last_invalidated_direction"),
                        f("last_invalidated_upper"), f("last_invalidated_lower"), i("version")),
                (p, l, r) -> Math.max(p.integer("lookback") + 2, l + r),
                p -> true,
                (p, deps, atr) -> new OrderBlockDetector(p, (DisplacementDetector) deps.get("displacement"), atr));
    }

    static DeclaredKind liquidityZones() {
        return new DeclaredKind("liquidity_zones",
                List.of(text("atr_key", "atr"), ParamSpec.number("tolerance_atr", 0.3, 0),
                        ParamSpec.number("sweep_atr", 0.1, 0), ParamSpec.integer("min_touches", 2, 1),
                        ParamSpec.integer("max_active", 5, 1), ParamSpec.integer("max_swing_history", 20, 1)),
                List.of(Dependency.required("swing")),
                p -> List.of(b("new_zone_this_bar"), b("sweep_this_bar"), i("sweep_direction"), f("swept_level"),
                        f("nearest_high_level"), f("nearest_low_level"), i("nearest_high_touches"),
                        i("nearest_low_touches"), i("version")),
                (p, l, r) -> (l + r) * p.integer("min_touches"),
                p -> true,
                (p, deps, atr) -> new LiquidityZonesDetector(p, (SwingDetector) deps.get("swing"), atr));
    }

    static DeclaredKind breakerBlock() {
        return new DeclaredKind("breaker_block",
                // ms_key is accepted for old Plays but never read: market_structure comes through uses.
                List.of(ParamSpec.integer("max_active", 5, 1), text("ms_key", "")),
                List.of(Dependency.required("order_block"), Dependency.optional("market_structure")),
                p -> bandOutputs(i("version")),
                (p, l, r) -> 4 * (l + r),
                p -> false,
                (p, deps, atr) -> new BreakerBlockDetector(p.integer("max_active"), (OrderBlockDetector) deps.get("order_block"),
                        (MarketStructureDetector) deps.get("market_structure")));
    }

    /** The outputs fair_value_gap, order_block and breaker_block share ({@link PriceBands}), then their own. */
    private static List<OutputSpec> bandOutputs(OutputSpec... own) {
        List<OutputSpec> out = new ArrayList<>(List.of(b("new_this_bar"), i("new_direction"), f("new_upper"), f("new_lower"),
                f("nearest_bull_upper"), f("nearest_bull_lower"), f("nearest_bear_upper"), f("nearest_bear_lower"),
                i("active_bull_count"), i("active_bear_count"), b("any_mitigated_this_bar")));
        out.addAll(List.of(own));
        return List.copyOf(out);
    }
}
