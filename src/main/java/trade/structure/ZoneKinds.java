package trade.structure;

import static trade.structure.Declarations.ABOVE_ZERO;
import static trade.structure.Declarations.b;
import static trade.structure.Declarations.f;
import static trade.structure.Declarations.i;
import static trade.structure.Declarations.requiredNumber;
import static trade.structure.Declarations.requiredNumbers;
import static trade.structure.Declarations.requiredWord;
import static trade.structure.Declarations.text;

import java.util.ArrayList;
import java.util.List;
import trade.core.OutputSpec;
import trade.core.ParamSpec;
import trade.core.Params;

/** Catalog rows for zone, fibonacci, derived_zone and premium_discount (structures.md §3.5–3.7, §3.12). */
final class ZoneKinds {
    private ZoneKinds() {}

    static List<DeclaredKind> all() { return List.of(zone(), fibonacci(), derivedZone(), premiumDiscount()); }

    static DeclaredKind zone() {
        return new DeclaredKind("zone",
                List.of(requiredWord("zone_type", "demand", "supply"),
                        requiredNumber("width_atr", ABOVE_ZERO),
                        text("atr_key", "atr")),
                List.of(Dependency.required("swing")),
                p -> List.of(OutputSpec.enumOf("state", "none", "active", "broken"), f("upper"), f("lower"),
                        i("anchor_idx"), i("version")),
                (p, l, r) -> l + r,
                p -> true,
                (p, deps, atr) -> new ZoneDetector(p, (SwingDetector) deps.get("swing"), atr));
    }

    static DeclaredKind fibonacci() {
        return new DeclaredKind("fibonacci",
                List.of(requiredNumbers("levels"),
                        ParamSpec.word("mode", "retracement", "retracement", "extension", "extension_up", "extension_down"),
                        ParamSpec.bool("use_paired_anchor", true),
                        ParamSpec.bool("use_trend_anchor", false)),
                List.of(Dependency.required("swing"), Dependency.optional("trend")),
                ZoneKinds::fibonacciOutputs,
                (p, l, r) -> l + r,
                p -> false,
                (p, deps, atr) -> new FibonacciDetector(p, (SwingDetector) deps.get("swing"), (TrendDetector) deps.get("trend")));
    }

    /** One level per ratio, named with Python's %g so Play keys written for the original still match. */
    static List<OutputSpec> fibonacciOutputs(Params p) {
        List<OutputSpec> out = new ArrayList<>();
        for (double r : p.numbers("levels")) out.add(f("level_" + RatioKey.format(r)));
        out.add(f("anchor_high"));
        out.add(f("anchor_low"));
        out.add(f("range"));
        out.add(OutputSpec.enumOf("anchor_direction", "", "bullish", "bearish"));
        out.add(OutputSpec.enumOf("anchor_hash", "", "set"));
        out.add(i("anchor_trend_direction"));
        return List.copyOf(out);
    }

    static DeclaredKind derivedZone() {
        return new DeclaredKind("derived_zone",
                List.of(requiredNumbers("levels"),
                        ParamSpec.requiredInteger("max_active", 1),
                        ParamSpec.word("mode", "retracement", "retracement", "extension"),
                        ParamSpec.number("width_pct", 0.002, ABOVE_ZERO),
                        ParamSpec.bool("use_paired_source", true),
                        ParamSpec.number("break_tolerance_pct", 0.001, Double.NEGATIVE_INFINITY)),
                List.of(Dependency.required("swing")),
                ZoneKinds::derivedZoneOutputs,
                (p, l, r) -> l + r + 1,
                p -> false,
                (p, deps, atr) -> new DerivedZoneDetector(p, (SwingDetector) deps.get("swing")));
    }

    /** Ten fields per slot (zone0_… to zone{K-1}_…), then the aggregates. */
    static List<OutputSpec> derivedZoneOutputs(Params p) {
        List<OutputSpec> out = new ArrayList<>();
        for (int n = 0; n < p.integer("max_active"); n++) {
            String z = "zone" + n + "_";
            out.add(f(z + "lower"));
            out.add(f(z + "upper"));
            out.add(OutputSpec.enumOf(z + "state", "none", "active", "broken"));
            out.add(i(z + "anchor_idx"));
            out.add(i(z + "age_bars"));
            out.add(b(z + "touched_this_bar"));
            out.add(i(z + "touch_count"));
            out.add(i(z + "last_touch_age"));
            out.add(b(z + "inside"));
            out.add(i(z + "instance_id"));
        }
        out.addAll(List.of(i("active_count"), b("any_active"), b("any_touched"), b("any_inside"),
                f("first_active_lower"), f("first_active_upper"), i("first_active_idx"), i("newest_active_idx"),
                i("source_version")));
        return List.copyOf(out);
    }

    static DeclaredKind premiumDiscount() {
        return new DeclaredKind("premium_discount",
                List.of(),
                List.of(Dependency.required("swing")),
                p -> List.of(f("equilibrium"), f("premium_level"), f("discount_level"),
                        OutputSpec.enumOf("zone", "none", "premium", "discount", "equilibrium"),
                        f("depth_pct"), i("version")),
                (p, l, r) -> l + r,
                p -> false,
                (p, deps, atr) -> new PremiumDiscountDetector((SwingDetector) deps.get("swing")));
    }
}
