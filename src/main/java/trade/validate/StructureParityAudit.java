package trade.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import trade.core.Params;
import trade.core.Timeframe;
import trade.validate.reference.Bars;
import trade.validate.reference.BatchReference;
import trade.validate.reference.Bench;
import trade.validate.reference.Differences;
import trade.validate.reference.ReferenceCheck;
import trade.validate.reference.StructureReference;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;

/**
 * Every structure detector, built and updated as the engine does (dependencies by type, an ATR when
 * the type reads one), equals its batch reference ({@link StructureReference}) exactly on every
 * output at every bar of every pattern. The references read their dependencies' reference outputs,
 * so a wrong swing shows up in the swing and in everything built on it.
 */
public final class StructureParityAudit implements Audit {
    /** ATR length handed to detectors in the catalog focus (the batch ATR, so both sides read the same). */
    private static final int ATR_LENGTH = 14;

    /** Declared structures of one timeframe, audited together; {@code atr} names the ATR feature, if any. */
    record Block(String label, Timeframe timeframe, List<Bench.Declared> declared, AtrFeature atr) {}

    /** The ATR a block's detectors read: indicator kind name and resolved params. */
    record AtrFeature(String indicator, Params params) {}

    private final Bench.Factory factory;

    public StructureParityAudit() { this(Bench.Factory.CATALOG); }

    public StructureParityAudit(Bench.Factory factory) { this.factory = factory; }

    @Override
    public String name() { return "structure-parity"; }

    @Override
    public String description() {
        return "every structure detector updated bar by bar equals its batch reference on every output, bar and pattern";
    }

    @Override
    public AuditResult run(AuditScope scope) {
        List<Block> blocks = scope.focus() == AuditScope.Focus.CATALOG ? catalogBlocks() : playBlocks(scope.plays());
        return PatternRuns.run(name(), scope, bars -> {
            long checked = 0;
            List<String> failures = new ArrayList<>();
            for (Block block : blocks) checked += compare(block, bars.at(block.timeframe()), bars.pattern, failures);
            return new PatternRuns.Findings(checked, failures);
        });
    }

    /**
     * All 13 types three times over on 15m and 1h: every type at its defaults (required params given
     * plain values), the all-types block with drawn params (fibonacci in all anchorings, paired and
     * unpaired derived zones, order blocks with inline and declared displacement, breakers with and
     * without market_structure), and an ATR zigzag swing with gates and strict alternation feeding
     * trend, market_structure, zones and liquidity.
     */
    static List<Block> catalogBlocks() {
        AtrFeature atr = new AtrFeature("atr", Params.of(Map.of("length", (long) ATR_LENGTH)));
        List<Bench.Declared> defaults = List.of(Bench.swing(5, 5),
                declared("trend", "trend", Map.of(), "swing"),
                declared("ms", "market_structure", Map.of(), "swing"),
                declared("low20", "rolling_window", Map.of("size", 20L, "source", "low", "mode", "min")),
                declared("demand", "zone", Map.of("zone_type", "demand", "width_atr", 1.0), "swing"),
                declared("fib", "fibonacci", Map.of("levels", List.of(0.382, 0.5, 0.618)), "swing"),
                declared("dz", "derived_zone", Map.of("levels", List.of(0.5, 0.618), "max_active", 3L), "swing"),
                declared("pd", "premium_discount", Map.of(), "swing"),
                declared("disp", "displacement", Map.of()),
                declared("fvg", "fair_value_gap", Map.of()),
                declared("ob", "order_block", Map.of(), "swing"),
                declared("liq", "liquidity_zones", Map.of(), "swing"),
                declared("brk", "breaker_block", Map.of(), "ob", "ms"));
        List<Bench.Declared> zigzag = List.of(
                Bench.swing(Map.of("mode", "atr_zigzag", "atr_multiplier", 1.5, "min_atr_move", 0.3, "strict_alternation", true,
                        "major_threshold", 1.0)),
                declared("trend", "trend", Map.of("wave_history_size", 6L), "swing"),
                declared("ms", "market_structure", Map.of("confirmation_close", false), "swing"),
                declared("supply", "zone", Map.of("zone_type", "supply", "width_atr", 0.5), "swing"),
                declared("liq", "liquidity_zones", Map.of("tolerance_atr", 0.5, "min_touches", 1L), "swing"));
        List<Block> out = new ArrayList<>();
        for (Timeframe tf : IndicatorParityAudit.CATALOG_TIMEFRAMES) {
            out.add(new Block("defaults", tf, defaults, atr));
            out.add(new Block("drawn params", tf, ReferenceCheck.everyTypeBlock(3, 2, ReferenceCheck.Variant.draw(7)), atr));
            out.add(new Block("atr zigzag", tf, zigzag, atr));
        }
        return out;
    }

    private static Bench.Declared declared(String key, String type, Map<String, Object> params, String... uses) {
        return new Bench.Declared(key, type, params, List.of(uses));
    }

    /** Exactly the structures each Play declares, per timeframe, with the ATR feature they name. */
    static List<Block> playBlocks(List<Path> plays) {
        List<Block> out = new ArrayList<>();
        for (Path file : plays) {
            CompiledPlay play = PlayCompiler.compile(PlayLoader.load(file));
            Map<Timeframe, List<CompiledPlay.Detector>> byTimeframe = new LinkedHashMap<>();
            for (CompiledPlay.Detector d : play.detectors()) byTimeframe.computeIfAbsent(d.spec().timeframe(), t -> new ArrayList<>()).add(d);
            byTimeframe.forEach((tf, detectors) -> {
                List<Bench.Declared> declared = new ArrayList<>();
                AtrFeature atr = null;
                for (CompiledPlay.Detector d : detectors) {
                    declared.add(new Bench.Declared(d.spec().key(), d.spec().type(), d.spec().params(), d.spec().uses()));
                    // a block reads one ATR series; Plays name one ATR feature per timeframe
                    if (atr == null && d.atrFeature() >= 0) {
                        CompiledPlay.Feature f = play.features().get(d.atrFeature());
                        atr = new AtrFeature(f.kind().name(), f.params());
                    }
                }
                out.add(new Block(play.spec().id(), tf, declared, atr));
            });
        }
        return out;
    }

    /** Adds what differs to {@code failures}; returns the number of values compared. */
    private long compare(Block block, Bars bars, String pattern, List<String> failures) {
        String where = block.label() + " on " + pattern + " " + block.timeframe().label() + ": ";
        double[] atr = block.atr() == null ? null : BatchReference.compute(block.atr().indicator(), block.atr().params(), bars)[0];
        Bench bench;
        Map<String, double[][]> expected;
        try {
            bench = new Bench(block.declared(), atr, factory).run(bars);
            expected = StructureReference.of(block.declared(), bars, atr);
        } catch (RuntimeException e) {
            failures.add(where + "threw " + e);
            return 0;
        }
        long checked = 0;
        for (Bench.Declared d : block.declared()) {
            String what = d.type() + " " + d.key() + " " + d.params();
            for (String difference : Differences.between(what, bench.outputs(d.key()), bench.all(d.key()), expected.get(d.key()))) {
                failures.add(where + difference);
            }
            checked += (long) expected.get(d.key()).length * bars.size();
        }
        return checked;
    }
}
