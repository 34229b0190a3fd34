package trade.structure;

import static trade.structure.Declarations.ABOVE_ZERO;
import static trade.structure.Declarations.requiredWord;
import static trade.structure.Declarations.text;

import java.util.List;
import trade.core.ParamSpec;
import trade.core.Params;

/** Catalog rows for swing, rolling_window, trend and market_structure (structures.md §3.1–3.4). */
final class PivotKinds {
    private PivotKinds() {}

    static List<DeclaredKind> all() { return List.of(swing(), rollingWindow(), trend(), marketStructure()); }

    static DeclaredKind swing() {
        return new DeclaredKind("swing",
                List.of(ParamSpec.word("mode", "fractal", "fractal", "atr_zigzag"),
                        // Required in fractal mode only; the Play checker waives them for atr_zigzag.
                        ParamSpec.requiredInteger("left", 1),
                        ParamSpec.requiredInteger("right", 1),
                        text("atr_key", ""),
                        ParamSpec.number("major_threshold", 1.5, 0),
                        // The original's "null" (filter off) is 0 here: a zero minimum move never rejects.
                        ParamSpec.number("min_atr_move", 0, 0),
                        ParamSpec.number("min_pct_move", 0, 0),
                        ParamSpec.bool("strict_alternation", false),
                        ParamSpec.number("atr_multiplier", 2.0, ABOVE_ZERO)),
                List.of(),
                p -> SwingDetector.OUTPUTS,
                (p, l, r) -> own(p, "left") + own(p, "right"),
                p -> p.text("mode").equals("atr_zigzag") || !p.text("atr_key").isEmpty(),
                (p, deps, atr) -> new SwingDetector(p, atr));
    }

    static DeclaredKind rollingWindow() {
        return new DeclaredKind("rolling_window",
                List.of(ParamSpec.requiredInteger("size", 1),
                        requiredWord("source", "open", "high", "low", "close", "volume"),
                        requiredWord("mode", "min", "max")),
                List.of(),
                p -> RollingWindowDetector.OUTPUTS,
                (p, l, r) -> p.integer("size"),
                p -> false,
                (p, deps, atr) -> new RollingWindowDetector(p));
    }

    static DeclaredKind trend() {
        return new DeclaredKind("trend",
                List.of(ParamSpec.integer("wave_history_size", 4, 1)),
                List.of(Dependency.required("swing")),
                p -> TrendDetector.OUTPUTS,
                (p, l, r) -> 5 * (l + r),
                p -> false,
                (p, deps, atr) -> new TrendDetector(p, (SwingDetector) deps.get("swing")));
    }

    static DeclaredKind marketStructure() {
        return new DeclaredKind("market_structure",
                List.of(ParamSpec.bool("confirmation_close", true)),
                List.of(Dependency.required("swing")),
                p -> MarketStructureDetector.OUTPUTS,
                (p, l, r) -> 3 * (l + r),
                p -> false,
                (p, deps, atr) -> new MarketStructureDetector(p, (SwingDetector) deps.get("swing")));
    }

    /** A swing's own left/right, 5 when absent (atr_zigzag mode), as the original's registry did. */
    private static int own(Params p, String name) { return p.has(name) ? p.integer(name) : 5; }
}
