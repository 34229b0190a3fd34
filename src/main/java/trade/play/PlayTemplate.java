package trade.play;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.ParamSpec;
import trade.core.Params;
import trade.core.SourceSpan;
import trade.core.Suggestions;
import trade.indicator.IndicatorCatalog;
import trade.play.RiskModel.SizingModel;
import trade.play.RiskModel.StopType;
import trade.play.RiskModel.TargetType;
import trade.structure.StructureCatalog;

/**
 * A checked Play whose numbers can be set per run: made once from a loaded {@link PlaySpec},
 * {@link #bind} puts values in place of the Play's own and returns a runnable {@link CompiledPlay}
 * without reading YAML again. The paths are
 * <ul>
 *   <li>{@code features.<id>.<param>}: any parameter of the feature's indicator;</li>
 *   <li>{@code structures.<key>.<param>}: any parameter of the detector but {@code atr_key}, which names a feature;</li>
 *   <li>{@code risk.<field>}: the numbers of the risk model as {@code risk_model:} writes them
 *       ({@code risk.stop_loss.value}, {@code risk.sizing.max_leverage}, …), and the shorthand's
 *       {@code risk.stop_loss_pct}, {@code risk.take_profit_pct}, {@code risk.max_position_pct} for the
 *       same fields when the stop, target or sizing is a percent;</li>
 *   <li>{@code account.<field>}: the numbers of {@code account:} ({@code account.fee_model.taker_bps}, …).</li>
 * </ul>
 * Play {@code variables} are not bindable: nothing in a Play reads them.
 *
 * <p>A template is immutable, so one serves any number of binds on any number of threads.
 */
public final class PlayTemplate {
    private final PlaySpec spec;
    private final CompiledPlay play;
    private final Map<String, Parameter> parameters;
    private final List<String> paths;

    /** What a path sets. */
    private sealed interface Parameter {
        /** What two settings of one bind must not both set: two spellings of a risk field set the same thing. */
        default Object target() { return this; }
    }

    private record IndicatorParam(int feature, String indicator, ParamSpec param) implements Parameter {}

    private record StructureParam(int structure, String type, ParamSpec param) implements Parameter {}

    private record AccountParam(AccountField field) implements Parameter {}

    private record RiskParam(RiskField field, Range range) implements Parameter {
        @Override
        public Object target() { return field; }
    }

    private PlayTemplate(PlaySpec spec, CompiledPlay play, Map<String, Parameter> parameters) {
        this.spec = spec;
        this.play = play;
        this.parameters = Collections.unmodifiableMap(parameters);
        this.paths = List.copyOf(parameters.keySet());
    }

    /** Checks and compiles the Play; throws {@link trade.core.PlayException.InvalidPlay} with every error, as {@link PlayCompiler#compile} does. */
    public static PlayTemplate of(PlaySpec spec) {
        CompiledPlay play = PlayCompiler.compile(spec);
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (int i = 0; i < spec.features().size(); i++) {
            FeatureSpec f = spec.features().get(i);
            for (ParamSpec p : IndicatorCatalog.find(f.indicator()).orElseThrow().params()) {
                parameters.put("features." + f.id() + "." + p.name(), new IndicatorParam(i, f.indicator(), p));
            }
        }
        for (int i = 0; i < spec.structures().size(); i++) {
            StructureSpec s = spec.structures().get(i);
            for (ParamSpec p : StructureCatalog.find(s.type()).orElseThrow().params()) {
                if (!p.name().equals("atr_key")) parameters.put("structures." + s.key() + "." + p.name(), new StructureParam(i, s.type(), p));
            }
        }
        if (spec.risk() != null) riskParameters(spec.risk(), parameters);
        for (AccountField a : AccountField.values()) parameters.put("account." + a.path(), new AccountParam(a));
        return new PlayTemplate(spec, play, parameters);
    }

    /** The Play with its own values: what {@link #bind} gives without settings. */
    public CompiledPlay play() { return play; }

    /** Every path {@link #bind} accepts for this Play: features, structures, risk, account, in declaration order. */
    public List<String> paths() { return paths; }

    /**
     * The Play with each setting's value in place of its own, checked and compiled as the file
     * would be with that value written in it. A value equal to the Play's own changes nothing (the
     * same canonical text, so the same play hash). Without settings this is {@link #play()}.
     *
     * @throws trade.core.PlayException.InvalidPlay with every unknown path (listing this Play's
     *         paths), path set twice and refused value (the code the YAML would get, the path, the
     *         value and what is accepted) at once, before anything is compiled
     */
    public CompiledPlay bind(List<Setting> settings) {
        if (settings.isEmpty()) return play;
        Diagnostics diagnostics = new Diagnostics();
        SourceSpan at = new SourceSpan(spec.file(), 0, 0, 0); // a setting has no place in the file
        Map<Integer, Map<String, Object>> featureParams = new HashMap<>(), structureParams = new HashMap<>();
        Map<AccountField, Double> account = new EnumMap<>(AccountField.class);
        Map<RiskField, Double> risk = new EnumMap<>(RiskField.class);
        Map<Object, String> setBy = new HashMap<>();
        for (Setting s : settings) {
            Parameter p = parameters.get(s.path());
            if (p == null) {
                diagnostics.add(unknown(s, at));
                continue;
            }
            String earlier = setBy.putIfAbsent(p.target(), s.path());
            if (earlier != null) {
                diagnostics.add(Issue.error("DUPLICATE_KEY", at, s.path() + " is set twice" + (earlier.equals(s.path()) ? "" : " (as " + earlier + " before)"))
                        .expecting("each parameter set once", s.path() + "=" + s.value()));
                continue;
            }
            // features and detectors compiled in declaration order, all of them, since the template compiled
            switch (p) {
                case IndicatorParam i -> paramValue(s, i.param(), "INVALID_PARAM", "indicator " + i.indicator(), diagnostics, at)
                        .filter(v -> changes(v, i.param(), play.features().get(i.feature()).params()))
                        .ifPresent(v -> featureParams.computeIfAbsent(i.feature(), k -> new LinkedHashMap<>(spec.features().get(k).params())).put(i.param().name(), v));
                case StructureParam d -> paramValue(s, d.param(), "INVALID_STRUCTURE_PARAM", "structure " + d.type(), diagnostics, at)
                        .filter(v -> changes(v, d.param(), play.detectors().get(d.structure()).params()))
                        .ifPresent(v -> structureParams.computeIfAbsent(d.structure(), k -> new LinkedHashMap<>(spec.structures().get(k).params())).put(d.param().name(), v));
                case AccountParam a -> number(s, a.field().range(), "INVALID_ACCOUNT_FIELD", diagnostics, at).ifPresent(v -> account.put(a.field(), v));
                case RiskParam r -> number(s, r.range(), "INVALID_RISK", diagnostics, at).ifPresent(v -> risk.put(r.field(), v));
            }
        }
        diagnostics.throwIfErrors();
        return PlayCompiler.compile(bound(featureParams, structureParams, account, risk));
    }

    private PlaySpec bound(Map<Integer, Map<String, Object>> featureParams, Map<Integer, Map<String, Object>> structureParams,
                           Map<AccountField, Double> account, Map<RiskField, Double> risk) {
        List<FeatureSpec> features = new ArrayList<>(spec.features());
        featureParams.forEach((i, params) -> {
            FeatureSpec f = features.get(i);
            features.set(i, new FeatureSpec(f.id(), f.indicator(), params, f.timeframe(), f.source(), f.sourceGiven(), f.span()));
        });
        List<StructureSpec> structures = new ArrayList<>(spec.structures());
        structureParams.forEach((i, params) -> {
            StructureSpec s = structures.get(i);
            structures.set(i, new StructureSpec(s.key(), s.type(), s.uses(), params, s.role(), s.timeframe(), s.span()));
        });
        RiskModel r = spec.risk();
        // The risk model sizes with the account's leverage unless risk_model.sizing gives its own,
        // and the spec keeps no note of which: a sizing leverage equal to the account's follows it,
        // as it would when account.max_leverage is changed in the file.
        if (account.containsKey(AccountField.MAX_LEVERAGE) && r != null && !risk.containsKey(RiskField.SIZING_MAX_LEVERAGE)
                && r.sizing().maxLeverage() == spec.account().maxLeverage()) {
            risk.put(RiskField.SIZING_MAX_LEVERAGE, account.get(AccountField.MAX_LEVERAGE));
        }
        return new PlaySpec(spec.file(), spec.id(), spec.version(), spec.description(), spec.symbol(), spec.timeframes(),
                account.isEmpty() ? spec.account() : AccountField.with(spec.account(), account), features, structures,
                spec.setups(), spec.actions(), spec.positionPolicy(), risk.isEmpty() ? r : RiskField.with(r, risk), spec.riskDeclared(),
                spec.entry(), spec.variables(), spec.pattern(), spec.backtestEquity(), spec.backtestSlippageBps(), spec.deploy(), spec.invalidIds());
    }

    private Issue unknown(Setting s, SourceSpan at) {
        String message = s.path().startsWith("variables.")
                ? s.path() + " cannot be set: Play variables are informational and nothing in a Play reads them"
                : "'" + s.path() + "' is not a parameter of " + spec.id();
        return Issue.error("UNKNOWN_PARAMETER_PATH", at, message)
                .expecting("one of " + String.join(", ", paths), s.path()).suggesting(Suggestions.closest(s.path(), paths));
    }

    /** The value as the parameter takes it (floats as Double), checked as PlayCompiler checks a written one; reported and empty when refused. */
    private static Optional<Object> paramValue(Setting s, ParamSpec param, String code, String owner, Diagnostics diagnostics, SourceSpan at) {
        Object v = s.typed();
        Optional<String> problem = param.problemWith(v);
        if (problem.isPresent()) {
            diagnostics.add(Issue.error(code, at, "bad value for " + s.path() + " (" + owner + ")").expecting(problem.get(), s.value()));
            return Optional.empty();
        }
        return Optional.of(param.kind() == ParamSpec.Kind.FLOAT ? ((Number) v).doubleValue() : v);
    }

    /** False for the value the Play already has, so that binding it leaves the spec, and the play hash, as written. */
    private static boolean changes(Object value, ParamSpec param, Params current) {
        return !Objects.equals(value, current.values().get(param.name()));
    }

    private static Optional<Double> number(Setting s, Range range, String code, Diagnostics diagnostics, SourceSpan at) {
        if (s.typed() instanceof Number n && range.contains(n.doubleValue())) return Optional.of(n.doubleValue());
        diagnostics.add(Issue.error(code, at, "bad value for " + s.path()).expecting(range.expected(), s.value()));
        return Optional.empty();
    }

    /** The risk paths of this model: only the numbers its stop, target and sizing types read. Ranges are RiskReader's. */
    private static void riskParameters(RiskModel r, Map<String, Parameter> out) {
        StopType stop = r.stopLoss().type();
        switch (stop) {
            case PERCENT, ATR_MULTIPLE, FIXED_POINTS -> {
                if (stop == StopType.PERCENT) risk(out, "stop_loss_pct", RiskField.STOP_VALUE, Range.PERCENT);
                risk(out, "stop_loss.value", RiskField.STOP_VALUE, RiskReader.stopValue(stop));
                risk(out, "stop_loss.buffer_pct", RiskField.STOP_BUFFER_PCT, Range.FROM_ZERO);
            }
            case TRAILING_ATR -> {
                risk(out, "stop_loss.atr_multiplier", RiskField.STOP_ATR_MULTIPLIER, Range.ABOVE_ZERO);
                risk(out, "stop_loss.activation_pct", RiskField.STOP_ACTIVATION_PCT, Range.FROM_ZERO);
            }
            case TRAILING_PCT -> {
                risk(out, "stop_loss.trail_pct", RiskField.STOP_TRAIL_PCT, Range.PERCENT);
                risk(out, "stop_loss.activation_pct", RiskField.STOP_ACTIVATION_PCT, Range.FROM_ZERO);
            }
        }
        TargetType target = r.takeProfit().type();
        if (target == TargetType.PERCENT) risk(out, "take_profit_pct", RiskField.TARGET_VALUE, RiskReader.TARGET_PERCENT);
        risk(out, "take_profit.value", RiskField.TARGET_VALUE, RiskReader.targetValue(target));
        if (r.sizing().model() == SizingModel.PERCENT_EQUITY) risk(out, "max_position_pct", RiskField.SIZING_VALUE, Range.PERCENT);
        risk(out, "sizing.value", RiskField.SIZING_VALUE, Range.ABOVE_ZERO);
        risk(out, "sizing.max_leverage", RiskField.SIZING_MAX_LEVERAGE, Range.ABOVE_ZERO);
        if (r.breakEven() != null) {
            risk(out, "break_even.activation_pct", RiskField.BREAK_EVEN_ACTIVATION_PCT, Range.ABOVE_ZERO);
            risk(out, "break_even.offset_pct", RiskField.BREAK_EVEN_OFFSET_PCT, Range.FROM_ZERO);
        }
        if (r.trailing() != null) {
            if (r.trailing().atrFeatureId() != null) risk(out, "trailing.atr_multiplier", RiskField.TRAILING_ATR_MULTIPLIER, Range.ABOVE_ZERO);
            else risk(out, "trailing.trail_pct", RiskField.TRAILING_TRAIL_PCT, Range.PERCENT);
            risk(out, "trailing.activation_pct", RiskField.TRAILING_ACTIVATION_PCT, Range.FROM_ZERO);
        }
    }

    private static void risk(Map<String, Parameter> out, String path, RiskField field, Range range) {
        out.put("risk." + path, new RiskParam(field, range));
    }
}
