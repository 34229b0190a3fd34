package trade.play;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.OutputSpec;
import trade.core.ParamSpec;
import trade.core.Params;
import trade.core.SourceSpan;
import trade.core.Suggestions;
import trade.core.Timeframe;
import trade.core.ValueType;
import trade.dsl.ast.All;
import trade.dsl.ast.Any;
import trade.dsl.ast.Compare;
import trade.dsl.ast.Expr;
import trade.dsl.ast.Not;
import trade.dsl.ast.Ref;
import trade.dsl.ast.SetupRef;
import trade.dsl.ast.Window;
import trade.dsl.check.ExprChecker;
import trade.dsl.print.ExprPrinter;
import trade.indicator.IndicatorCatalog;
import trade.indicator.IndicatorKind;
import trade.structure.Dependency;
import trade.structure.StructureCatalog;
import trade.structure.StructureKind;

/**
 * Stages 2–3: checks a loaded Play against the catalogs (indicators, structures and their
 * dependencies, condition names and types, setups, the exit contract) and lays out every readable
 * series in slots. Reports all errors of the file at once.
 */
public final class PlayCompiler {
    /** Warm-up above this many bars of a timeframe is worth a warning (play-dsl §7). */
    private static final int WARMUP_WARNING_BARS = 1000;

    private final PlaySpec spec;
    private final Diagnostics diagnostics;
    private final List<SeriesInfo> series = new ArrayList<>();
    private final PlayScope scope = new PlayScope(series);
    /** Setups of each cycle already reported, so a → b → a is not reported again as b → a → b. */
    private final java.util.Set<java.util.Set<String>> reportedCycles = new java.util.HashSet<>();

    private PlayCompiler(PlaySpec spec, Diagnostics diagnostics) {
        this.spec = spec;
        this.diagnostics = diagnostics;
    }

    /** Checks and compiles; throws {@link trade.core.PlayException.InvalidPlay} with every error found. */
    public static CompiledPlay compile(PlaySpec spec) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<CompiledPlay> play = check(spec, diagnostics);
        diagnostics.throwIfErrors();
        return play.orElseThrow();
    }

    /** Checks and compiles, reporting into {@code diagnostics} (warnings too); empty when any error was found. */
    public static Optional<CompiledPlay> check(PlaySpec spec, Diagnostics diagnostics) {
        return new PlayCompiler(spec, diagnostics).run();
    }

    private Optional<CompiledPlay> run() {
        boolean loadErrors = diagnostics.hasErrors();
        spec.invalidIds().forEach(scope::markInvalid);
        candleSeries();
        List<CompiledPlay.Feature> features = features();
        List<CompiledPlay.Detector> detectors = detectors(features);
        Map<String, Expr> setups = checkedSetups();
        List<ActionBlock> actions = new ArrayList<>();
        ExprChecker checker = new ExprChecker(scope, diagnostics);
        for (ActionBlock block : spec.actions()) {
            List<ActionBlock.Case> cases = new ArrayList<>();
            for (ActionBlock.Case c : block.cases()) {
                Expr when = inline(c.when(), setups);
                checker.check(when);
                checkMetadata(c.emit());
                cases.add(new ActionBlock.Case(when, c.emit()));
            }
            checkMetadata(block.otherwise());
            actions.add(new ActionBlock(block.id(), cases, block.otherwise()));
        }
        exitContract();
        CompiledPlay.RiskSeries riskSeries = riskSeries();
        sideWarnings();
        Map<Timeframe, Integer> warmup = warmup(features, detectors);
        warmup.forEach((tf, bars) -> {
            if (bars > WARMUP_WARNING_BARS) {
                SourceSpan at = features.stream().filter(f -> f.spec().timeframe() == tf && f.kind().warmupBars(f.params()) == bars)
                        .map(f -> f.spec().span()).findFirst()
                        .orElse(detectors.stream().filter(d -> d.spec().timeframe() == tf).map(d -> d.spec().span()).findFirst()
                                .orElse(new SourceSpan(spec.file(), 1, 1, 1)));
                diagnostics.warning("WARMUP_EXCEEDED", at, "warm-up of " + bars + " bars on " + tf.label()
                        + " exceeds " + WARMUP_WARNING_BARS + "; backtests need that much extra history");
            }
        });
        if (loadErrors || diagnostics.hasErrors()) return Optional.empty();
        return Optional.of(new CompiledPlay(spec, features, detectors, series, scope, actions, warmup, riskSeries, canonicalText(actions)));
    }

    /** Slots of the ATR features the risk model reads (-1 when not used). */
    private CompiledPlay.RiskSeries riskSeries() {
        RiskModel risk = spec.risk();
        if (risk == null) {
            if (spec.riskDeclared() || spec.positionPolicy().exitMode() == PositionPolicy.ExitMode.SL_TP_ONLY) return CompiledPlay.RiskSeries.NONE;
            diagnostics.warning("NO_RISK_MODEL", spec.positionPolicy().exitModeSpan(),
                    "no stop and target: positions close only on exit signals, risk limits or the end of data");
            return CompiledPlay.RiskSeries.NONE;
        }
        return new CompiledPlay.RiskSeries(atrSeries(risk.stopLoss().atrFeatureId()), atrSeries(risk.takeProfit().atrFeatureId()),
                risk.trailing() == null ? -1 : atrSeries(risk.trailing().atrFeatureId()));
    }

    private int atrSeries(String featureId) {
        if (featureId == null) return -1;
        if (spec.features().stream().noneMatch(f -> f.id().equals(featureId))) {
            diagnostics.add(Issue.error("UNDECLARED_FEATURE", new SourceSpan(spec.file(), 1, 1, 1), "risk model reads ATR from '" + featureId + "', which is not a declared feature")
                    .expecting("an atr feature declared under features:", featureId).suggesting(Suggestions.closest(featureId, spec.features().stream().map(FeatureSpec::id).toList())));
            return -1;
        }
        return scope.resolve(featureId, "") instanceof trade.dsl.check.Scope.Resolution.Found f ? f.series() : -1;
    }

    /** Entry intents for a side the position mode never opens are skipped at run time: say so now. */
    private void sideWarnings() {
        PositionPolicy.Mode mode = spec.positionPolicy().mode();
        spec.actions().stream().flatMap(b -> java.util.stream.Stream.concat(b.cases().stream().flatMap(c -> c.emit().stream()), b.otherwise().stream()))
                .filter(i -> i.action() == Intent.Action.ENTRY_LONG && !mode.allowsLong() || i.action() == Intent.Action.ENTRY_SHORT && !mode.allowsShort())
                .forEach(i -> diagnostics.warning("DISALLOWED_SIDE_ACTION", i.span(), i.action().label() + " is never taken with position_policy.mode "
                        + mode.name().toLowerCase()));
    }

    private void candleSeries() {
        String[] fields = {"open", "high", "low", "close", "volume"};
        for (int i = 0; i < fields.length; i++) {
            addSeries(fields[i], "", SeriesInfo.Kind.CANDLE, spec.timeframes().exec(), i, 0, OutputSpec.of("value", ValueType.FLOAT));
        }
        for (String minute : List.of("last_price", "mark_price")) {
            addSeries(minute, "", SeriesInfo.Kind.MINUTE_PRICE, Timeframe.M1, 3, 0, OutputSpec.of("value", ValueType.FLOAT));
        }
    }

    private int addSeries(String id, String field, SeriesInfo.Kind kind, Timeframe tf, int owner, int output, OutputSpec out) {
        int slot = series.size();
        series.add(new SeriesInfo(field.isEmpty() ? id : id + "." + field, kind, tf, owner, output, out));
        scope.add(id, field, slot);
        return slot;
    }

    private List<CompiledPlay.Feature> features() {
        List<CompiledPlay.Feature> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (FeatureSpec f : spec.features()) {
            if (!ids.add(f.id())) diagnostics.error("DUPLICATE_FEATURE_ID", f.span(), "'" + f.id() + "' is declared twice");
            Optional<IndicatorKind> kind = IndicatorCatalog.find(f.indicator());
            if (kind.isEmpty()) {
                diagnostics.add(Issue.error("UNSUPPORTED_INDICATOR", f.span(), "unknown indicator '" + f.indicator() + "'")
                        .expecting("one of the 47 indicators", "'" + f.indicator() + "'").suggesting(Suggestions.closest(f.indicator(), IndicatorCatalog.names())));
                scope.markInvalid(f.id());
                continue;
            }
            Optional<Params> params = params(kind.get().params(), f.params(), f.span(), "INVALID_PARAM", "indicator " + f.indicator());
            if (params.isEmpty()) {
                scope.markInvalid(f.id());
                continue;
            }
            if (!kind.get().singleInput() && f.sourceGiven()) {
                diagnostics.warning("INVALID_SOURCE", f.span(), "indicator " + f.indicator() + " reads high, low and close itself; source: is ignored");
            }
            int first = series.size();
            List<OutputSpec> outputs = kind.get().outputs();
            for (int k = 0; k < outputs.size(); k++) {
                String field = outputs.size() == 1 ? "" : outputs.get(k).name();
                addSeries(f.id(), field, SeriesInfo.Kind.INDICATOR, f.timeframe(), out.size(), k, outputs.get(k));
            }
            out.add(new CompiledPlay.Feature(f, kind.get(), params.get(), first));
        }
        return out;
    }

    private List<CompiledPlay.Detector> detectors(List<CompiledPlay.Feature> features) {
        List<CompiledPlay.Detector> out = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        for (StructureSpec s : spec.structures()) {
            if (byKey.containsKey(s.key()) || spec.features().stream().anyMatch(f -> f.id().equals(s.key()))) {
                diagnostics.error("DUPLICATE_FEATURE_ID", s.span(), "'" + s.key() + "' is already declared");
            }
            Optional<StructureKind> kind = StructureCatalog.find(s.type());
            if (kind.isEmpty()) {
                diagnostics.add(Issue.error("UNSUPPORTED_STRUCTURE_TYPE", s.span(), "unknown structure type '" + s.type() + "'")
                        .expecting("one of " + StructureCatalog.types(), s.type()).suggesting(Suggestions.closest(s.type(), StructureCatalog.types())));
                scope.markInvalid(s.key());
                continue;
            }
            if (!kind.get().implemented()) {
                diagnostics.error("UNSUPPORTED_STRUCTURE_TYPE", s.span(), "structure '" + s.type() + "' is catalogued but not implemented in this version yet");
                scope.markInvalid(s.key());
                continue;
            }
            Map<String, Object> given = new LinkedHashMap<>(s.params());
            Object atrKey = given.remove("atr_key");
            Optional<Params> params = params(kind.get().params(), given, s.span(), "INVALID_STRUCTURE_PARAM", "structure " + s.type());
            if (params.isEmpty()) {
                scope.markInvalid(s.key());
                continue;
            }
            Map<String, Integer> deps = new LinkedHashMap<>();
            boolean usesFailed = false;
            for (String use : s.uses()) {
                Integer index = byKey.get(use);
                if (index == null && scope.resolve(use, "") instanceof trade.dsl.check.Scope.Resolution.Invalid) {
                    usesFailed = true; // its declaration's errors are already reported
                    continue;
                }
                if (index == null || out.get(index).spec().timeframe() != s.timeframe()) {
                    usesFailed = true;
                    List<String> cycle = dependencyCycle(s, use);
                    String problem = !cycle.isEmpty() ? "'" + s.key() + "' is in a dependency cycle: " + String.join(" → ", cycle)
                            : "'" + s.key() + "' uses '" + use + "', which is not a structure declared above it on the same timeframe";
                    diagnostics.add(Issue.error("STRUCTURE_DEPENDENCY", s.span(), problem)
                            .expecting("a structure key declared earlier in the same role block", use));
                    continue;
                }
                String usedType = out.get(index).kind().type();
                if (kind.get().dependencies().stream().noneMatch(d -> d.type().equals(usedType))) {
                    diagnostics.add(Issue.error("STRUCTURE_DEPENDENCY", s.span(), s.type() + " '" + s.key() + "' cannot use " + usedType + " '" + use + "'")
                            .expecting("one of " + kind.get().dependencies().stream().map(Dependency::type).toList(), usedType));
                } else if (deps.putIfAbsent(usedType, index) != null) {
                    // the engine hands dependencies over by type, so a second one of a type would be ignored
                    diagnostics.add(Issue.error("STRUCTURE_DEPENDENCY", s.span(), "'" + s.key() + "' uses two " + usedType + " structures")
                            .expecting("at most one " + usedType + " in uses", s.uses().toString()));
                }
            }
            for (Dependency d : kind.get().dependencies()) {
                if (d.required() && !deps.containsKey(d.type()) && !usesFailed) {
                    diagnostics.add(Issue.error("STRUCTURE_DEPENDENCY", s.span(), s.type() + " '" + s.key() + "' needs a " + d.type() + " in 'uses'")
                            .expecting("uses: <a " + d.type() + " key>", s.uses().toString()));
                }
            }
            int atr = -1;
            if (atrKey != null) {
                for (int i = 0; i < features.size(); i++) {
                    if (features.get(i).spec().id().equals(atrKey) && features.get(i).spec().timeframe() == s.timeframe()) atr = i;
                }
                if (atr < 0) diagnostics.error("INVALID_STRUCTURE_PARAM", s.span(), "atr_key '" + atrKey + "' is not an indicator declared on " + s.timeframe().label());
            } else if (kind.get().needsAtr(params.get())) {
                diagnostics.error("INVALID_STRUCTURE_PARAM", s.span(), s.type() + " '" + s.key() + "' needs atr_key naming an ATR feature on its timeframe");
            }
            int first = series.size();
            for (OutputSpec o : kind.get().outputs(params.get())) {
                addSeries(s.key(), o.name(), SeriesInfo.Kind.STRUCTURE, s.timeframe(), out.size(), first == series.size() ? 0 : series.size() - first, o);
            }
            Params resolved = params.get();
            scope.spelling(s.key(), field -> StructureCatalog.fieldName(s.type(), resolved, field));
            byKey.put(s.key(), out.size());
            out.add(new CompiledPlay.Detector(s, kind.get(), params.get(), first, atr, deps));
        }
        return out;
    }

    /**
     * The cycle through {@code from} when following {@code uses} from {@code first} leads back to
     * it, e.g. {@code [a, b, a]}; empty when there is none. Only structures of the same timeframe
     * count, since uses never crosses timeframes.
     */
    private List<String> dependencyCycle(StructureSpec from, String first) {
        Map<String, StructureSpec> sameTimeframe = new HashMap<>();
        for (StructureSpec s : spec.structures()) if (s.timeframe() == from.timeframe()) sameTimeframe.putIfAbsent(s.key(), s);
        List<String> path = new ArrayList<>(List.of(from.key()));
        return cycleFrom(first, from.key(), sameTimeframe, path) ? path : List.of();
    }

    private static boolean cycleFrom(String key, String target, Map<String, StructureSpec> byKey, List<String> path) {
        path.add(key);
        if (key.equals(target)) return true;
        StructureSpec s = byKey.get(key);
        if (s != null && path.indexOf(key) == path.size() - 1) {
            for (String next : s.uses()) if (cycleFrom(next, target, byKey, path)) return true;
        }
        path.remove(path.size() - 1);
        return false;
    }

    private Optional<Params> params(List<ParamSpec> specs, Map<String, Object> given, SourceSpan span, String code, String what) {
        boolean ok = true;
        Map<String, Object> converted = new LinkedHashMap<>();
        List<String> names = specs.stream().map(ParamSpec::name).toList();
        for (Map.Entry<String, Object> e : given.entrySet()) {
            Optional<ParamSpec> p = specs.stream().filter(ps -> ps.name().equals(e.getKey())).findFirst();
            if (p.isEmpty()) {
                diagnostics.add(Issue.error(code, span, what + " has no parameter '" + e.getKey() + "'")
                        .expecting("one of " + names, e.getKey()).suggesting(Suggestions.closest(e.getKey(), names)));
                ok = false;
                continue;
            }
            Object v = e.getValue();
            if (p.get().kind() == ParamSpec.Kind.INT && v instanceof Double d && d == Math.rint(d)) v = d.longValue();
            Optional<String> problem = p.get().problemWith(v);
            if (problem.isPresent()) {
                diagnostics.add(Issue.error(code, span, what + ": bad value for '" + e.getKey() + "'").expecting(problem.get(), String.valueOf(v)));
                ok = false;
            }
            converted.put(e.getKey(), v);
        }
        for (ParamSpec p : specs) {
            if (p.required() && !converted.containsKey(p.name())) {
                diagnostics.add(Issue.error(code, span, what + " needs parameter '" + p.name() + "'").expecting(p.name() + ": <value>", "nothing"));
                ok = false;
            }
        }
        return ok ? Optional.of(Params.resolve(specs, converted)) : Optional.empty();
    }

    /** Checks every setup (used or not) and detects cycles, then returns them ready to inline. */
    private Map<String, Expr> checkedSetups() {
        ExprChecker checker = new ExprChecker(scope, diagnostics);
        for (Map.Entry<String, Expr> e : spec.setups().entrySet()) {
            cycle(e.getKey(), new ArrayList<>());
            checker.check(inline(e.getValue(), spec.setups()));
        }
        return spec.setups();
    }

    private boolean cycle(String name, List<String> path) {
        if (path.contains(name)) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            loop.add(name);
            if (path.indexOf(name) == 0 && reportedCycles.add(java.util.Set.copyOf(loop))) {
                diagnostics.error("CIRCULAR_SETUP", spec.setups().get(name).span(), "circular setup reference: " + String.join(" -> ", loop));
            }
            return true;
        }
        Expr body = spec.setups().get(name);
        if (body == null) return false;
        path.add(name);
        for (String ref : setupRefs(body)) if (cycle(ref, path)) break;
        path.removeLast();
        return false;
    }

    private Expr inline(Expr expr, Map<String, Expr> setups) { return inline(expr, setups, new ArrayList<>()); }

    /** Writes each setup in place of its reference; {@code open} holds the setups being inlined, so a cycle stops (it is reported by {@link #cycle}). */
    private Expr inline(Expr expr, Map<String, Expr> setups, List<String> open) {
        return switch (expr) {
            case All a -> new All(a.children().stream().map(c -> inline(c, setups, open)).toList(), a.span());
            case Any a -> new Any(a.children().stream().map(c -> inline(c, setups, open)).toList(), a.span());
            case Not n -> new Not(inline(n.child(), setups, open), n.span());
            case Window w -> new Window(w.kind(), w.duration(), w.count(), w.anchorTimeframe(), w.minTrue(), inline(w.body(), setups, open), w.span());
            case Compare c -> c;
            case SetupRef s -> {
                Expr body = setups.get(s.name());
                if (body == null) {
                    diagnostics.add(Issue.error("UNDECLARED_SETUP", s.span(), "setup '" + s.name() + "' is not declared")
                            .expecting("one of the setups declared under setups:", s.name())
                            .suggesting(Suggestions.closest(s.name(), setups.keySet())));
                    yield s;
                }
                if (open.contains(s.name())) yield s;
                open.add(s.name());
                Expr inlined = inline(body, setups, open);
                open.removeLast();
                yield inlined;
            }
        };
    }

    private static List<String> setupRefs(Expr expr) {
        List<String> out = new ArrayList<>();
        switch (expr) {
            case All a -> a.children().forEach(c -> out.addAll(setupRefs(c)));
            case Any a -> a.children().forEach(c -> out.addAll(setupRefs(c)));
            case Not n -> out.addAll(setupRefs(n.child()));
            case Window w -> out.addAll(setupRefs(w.body()));
            case SetupRef s -> out.add(s.name());
            case Compare ignored -> { }
        }
        return out;
    }

    private void checkMetadata(List<Intent> intents) {
        ExprChecker checker = new ExprChecker(scope, diagnostics);
        for (Intent i : intents) {
            for (Object v : i.metadata().values()) {
                if (v instanceof Ref r) checker.check(new Compare(r, trade.dsl.ast.Operator.GT, r, Double.NaN, r.span()));
            }
        }
    }

    private void exitContract() {
        List<Intent> exits = spec.actions().stream().flatMap(b -> java.util.stream.Stream.concat(b.cases().stream().flatMap(c -> c.emit().stream()), b.otherwise().stream()))
                .filter(i -> i.action().exit()).toList();
        boolean slTp = spec.risk() != null;
        if (!slTp && spec.riskDeclared()) return; // the risk block's own errors say what is wrong
        SourceSpan at = spec.positionPolicy().exitModeSpan();
        switch (spec.positionPolicy().exitMode()) {
            case SL_TP_ONLY -> {
                if (!slTp) diagnostics.add(Issue.error("EXIT_MODE_REQUIRES_SL_TP", at, "exit_mode sl_tp_only (the default) needs a stop and a target")
                        .expecting("a risk: or risk_model: block with both, or exit_mode: signal with exit actions", "none"));
                for (Intent exit : exits) {
                    diagnostics.add(Issue.error("EXIT_MODE_NO_SIGNAL_EXIT", exit.span(), "exit_mode sl_tp_only (the default) forbids exit actions")
                            .expecting("position_policy: {exit_mode: first_hit} or {exit_mode: signal}", exit.action().label()));
                }
            }
            case SIGNAL -> {
                if (exits.isEmpty()) diagnostics.warning("EXIT_MODE_SIGNAL_NO_EXIT_ACTIONS", at, "exit_mode signal but no exit action is declared");
            }
            case FIRST_HIT -> {
                if (!slTp && exits.isEmpty()) diagnostics.error("EXIT_MODE_FIRST_HIT_NO_EXITS", at, "exit_mode first_hit needs a stop, a target or an exit action");
            }
        }
    }

    /**
     * Warm-up per timeframe: the largest indicator warm-up and structure warm-up on it (structures
     * use the largest swing left/right of the Play, 5/5 without swings).
     */
    private Map<Timeframe, Integer> warmup(List<CompiledPlay.Feature> features, List<CompiledPlay.Detector> detectors) {
        Map<Timeframe, Integer> out = new TreeMap<>();
        for (Timeframe tf : spec.timeframes().distinct()) out.put(tf, 0);
        for (CompiledPlay.Feature f : features) out.merge(f.spec().timeframe(), f.kind().warmupBars(f.params()), Math::max);
        int left = 5, right = 5;
        boolean anySwing = false;
        for (CompiledPlay.Detector d : detectors) {
            if (d.kind().type().equals("swing") && d.params().has("left")) {
                left = anySwing ? Math.max(left, d.params().integer("left")) : d.params().integer("left");
                right = anySwing ? Math.max(right, d.params().integer("right")) : d.params().integer("right");
                anySwing = true;
            }
        }
        for (CompiledPlay.Detector d : detectors) out.merge(d.spec().timeframe(), d.kind().warmupBars(d.params(), left, right), Math::max);
        return out;
    }

    /** The Play's meaning as text (no positions, no validation/backtest blocks): what play_hash hashes. */
    private String canonicalText(List<ActionBlock> actions) {
        StringBuilder b = new StringBuilder();
        b.append("id=").append(spec.id()).append('\n').append("version=").append(spec.version()).append('\n')
                .append("description=").append(spec.description()).append('\n').append("symbol=").append(spec.symbol()).append('\n')
                .append("timeframes=").append(spec.timeframes()).append('\n').append("account=").append(spec.account()).append('\n');
        spec.features().forEach(f -> b.append("feature ").append(f.id()).append('=').append(f.indicator()).append(new TreeMap<>(f.params()))
                .append(" tf=").append(f.timeframe().label()).append(" source=").append(f.source().label()).append('\n'));
        spec.structures().forEach(s -> b.append("structure ").append(s.key()).append('=').append(s.type()).append(new TreeMap<>(s.params()))
                .append(" uses=").append(s.uses()).append(" tf=").append(s.timeframe().label()).append('\n'));
        for (ActionBlock block : actions) {
            b.append("block ").append(block.id()).append('\n');
            for (ActionBlock.Case c : block.cases()) {
                b.append("  when ").append(ExprPrinter.print(c.when())).append(" emit ").append(intents(c.emit())).append('\n');
            }
            if (!block.otherwise().isEmpty()) b.append("  else emit ").append(intents(block.otherwise())).append('\n');
        }
        b.append("position_policy=").append(spec.positionPolicy().mode()).append(" ").append(spec.positionPolicy().exitMode()).append('\n').append("risk=").append(spec.risk()).append('\n')
                .append("entry=").append(spec.entry()).append('\n');
        return b.toString();
    }

    private static String intents(List<Intent> intents) {
        return intents.stream().map(i -> i.action().label() + (i.percent() != 100 ? "(" + i.percent() + "%)" : "")
                + (i.metadata().isEmpty() ? "" : new TreeMap<>(i.metadata().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue() instanceof Ref r ? ExprPrinter.operand(r) : String.valueOf(e.getValue())))).toString())).toList().toString();
    }
}
