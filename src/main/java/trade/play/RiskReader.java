package trade.play;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import trade.core.Issue;
import trade.dsl.print.ExprPrinter;
import trade.play.RiskModel.BreakEven;
import trade.play.RiskModel.OrderType;
import trade.play.RiskModel.Sizing;
import trade.play.RiskModel.SizingModel;
import trade.play.RiskModel.StopLoss;
import trade.play.RiskModel.StopType;
import trade.play.RiskModel.TakeProfit;
import trade.play.RiskModel.TargetType;
import trade.play.RiskModel.Trailing;

/**
 * Reads {@code risk:} (shorthand), {@code risk_model:} (full form, wins when both are present) and
 * {@code entry:} (play-dsl §2.7, §6). Every bound of §6 is checked here with INVALID_RISK or
 * INVALID_ENTRY; ATR feature ids are checked later against the declared features.
 */
final class RiskReader {
    private static final List<String> STOP_TYPES = List.of("percent", "atr_multiple", "fixed_points", "trailing_atr", "trailing_pct", "structure");
    private static final List<String> TARGET_TYPES = List.of("percent", "rr_ratio", "atr_multiple", "fixed_points");
    private static final List<String> ORDER_TYPES = List.of("Market", "Limit");

    /** take_profit_pct and a percent target: ROI percents up to 10 000. */
    static final Range TARGET_PERCENT = Range.ABOVE_ZERO.upTo(10_000);

    private final YamlDoc doc;

    RiskReader(YamlDoc doc) { this.doc = doc; }

    /** What {@code stop_loss.value} accepts: a percent or ATR multiple up to 100, or any positive price distance. */
    static Range stopValue(StopType type) { return type == StopType.FIXED_POINTS ? Range.ABOVE_ZERO : Range.PERCENT; }

    /** What {@code take_profit.value} accepts for each target type. */
    static Range targetValue(TargetType type) {
        return switch (type) {
            case PERCENT -> TARGET_PERCENT;
            case RR_RATIO, ATR_MULTIPLE -> Range.PERCENT;
            case FIXED_POINTS -> Range.ABOVE_ZERO;
        };
    }

    /** The risk model of the Play, or null when it declares no stop and target. */
    RiskModel read(Map<String, YamlDoc.Entry> top, AccountSpec account) {
        double leverage = account == null ? Defaults.MAX_LEVERAGE : account.maxLeverage();
        if (top.containsKey("risk_model")) {
            if (top.containsKey("risk")) doc.diagnostics().warning("UNKNOWN_KEY", top.get("risk").keySpan(), "'risk' is ignored because 'risk_model' is present");
            return full(top.get("risk_model").value(), leverage);
        }
        return top.containsKey("risk") ? shorthand(top.get("risk").value(), leverage) : null;
    }

    private RiskModel full(Node node, double accountLeverage) {
        Optional<MappingNode> m = doc.mapping(node, "risk_model");
        if (m.isEmpty()) return null;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("stop_loss", "take_profit", "sizing", "break_even", "trailing", "tp_order_type", "sl_order_type"), "risk_model", true);
        for (String required : List.of("stop_loss", "take_profit", "sizing")) {
            if (!e.containsKey(required)) {
                doc.diagnostics().add(Issue.error("INVALID_RISK", doc.span(node), "risk_model has no '" + required + "'")
                        .expecting("stop_loss, take_profit and sizing", e.keySet().toString()));
            }
        }
        StopLoss stop = e.containsKey("stop_loss") ? stopLoss(e.get("stop_loss").value()) : null;
        TakeProfit target = e.containsKey("take_profit") ? takeProfit(e.get("take_profit").value()) : null;
        Sizing sizing = e.containsKey("sizing") ? sizing(e.get("sizing").value(), accountLeverage) : null;
        BreakEven breakEven = e.containsKey("break_even") ? breakEven(e.get("break_even").value()) : null;
        Trailing trailing = e.containsKey("trailing") ? trailing(e.get("trailing").value()) : null;
        if (stop == null || target == null || sizing == null) return null;
        return new RiskModel(stop, target, sizing, breakEven, trailing, orderType(e, "sl_order_type"), orderType(e, "tp_order_type"));
    }

    private RiskModel shorthand(Node node, double accountLeverage) {
        Optional<MappingNode> m = doc.mapping(node, "risk");
        if (m.isEmpty()) return null;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("stop_loss_pct", "take_profit_pct", "max_position_pct", "tp_order_type", "sl_order_type",
                "stop_loss", "take_profit", "break_even", "trailing", "risk_per_trade_pct"), "risk", false);
        if (e.containsKey("risk_per_trade_pct")) {
            doc.diagnostics().warning("UNKNOWN_KEY", e.get("risk_per_trade_pct").keySpan(), "risk.risk_per_trade_pct is ignored; it belongs to account:");
        }
        StopLoss stop = e.containsKey("stop_loss") ? stopLoss(e.get("stop_loss").value())
                : e.containsKey("stop_loss_pct") ? percentStop(e.get("stop_loss_pct").value()) : null;
        TakeProfit target = e.containsKey("take_profit") ? takeProfit(e.get("take_profit").value())
                : e.containsKey("take_profit_pct") ? percentTarget(e.get("take_profit_pct").value()) : null;
        double size = Defaults.MAX_POSITION_PCT;
        if (e.containsKey("max_position_pct")) {
            size = bounded(e.get("max_position_pct").value(), "risk.max_position_pct", Range.PERCENT).orElse(size);
        } else {
            doc.diagnostics().warning("DEFAULTED_FIELD", doc.span(node), "risk.max_position_pct not given, using " + Defaults.MAX_POSITION_PCT);
        }
        boolean hasStop = e.containsKey("stop_loss") || e.containsKey("stop_loss_pct");
        boolean hasTarget = e.containsKey("take_profit") || e.containsKey("take_profit_pct");
        if (hasStop != hasTarget) {
            doc.diagnostics().add(Issue.error("INVALID_RISK", doc.span(node), "a stop without a target (or a target without a stop)")
                    .expecting("both a stop (stop_loss_pct or stop_loss) and a target (take_profit_pct or take_profit)", hasStop ? "a stop only" : "a target only"));
        }
        BreakEven breakEven = e.containsKey("break_even") ? breakEven(e.get("break_even").value()) : null;
        Trailing trailing = e.containsKey("trailing") ? trailing(e.get("trailing").value()) : null;
        if (stop == null || target == null) return null;
        return new RiskModel(stop, target, new Sizing(SizingModel.PERCENT_EQUITY, size, accountLeverage), breakEven, trailing,
                orderType(e, "sl_order_type"), orderType(e, "tp_order_type"));
    }

    private StopLoss percentStop(Node node) {
        return bounded(node, "risk.stop_loss_pct", Range.PERCENT)
                .map(v -> new StopLoss(StopType.PERCENT, v, null, 0, Double.NaN, Double.NaN, Double.NaN)).orElse(null);
    }

    private TakeProfit percentTarget(Node node) {
        return bounded(node, "risk.take_profit_pct", TARGET_PERCENT).map(v -> new TakeProfit(TargetType.PERCENT, v, null)).orElse(null);
    }

    private StopLoss stopLoss(Node node) {
        Optional<MappingNode> m = doc.mapping(node, "stop_loss");
        if (m.isEmpty()) return null;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        Optional<String> type = requiredType(e, node, "stop_loss", STOP_TYPES);
        if (type.isEmpty()) return null;
        if (type.get().equals("structure")) {
            doc.diagnostics().add(Issue.error("INVALID_RISK", doc.span(e.get("type").value()), "stop_loss type 'structure' is reserved and not implemented")
                    .expecting("percent, atr_multiple, fixed_points, trailing_atr or trailing_pct", "structure"));
            return null;
        }
        StopType t = StopType.valueOf(type.get().toUpperCase());
        return switch (t) {
            case PERCENT, ATR_MULTIPLE, FIXED_POINTS -> {
                doc.unknownKeys(e, List.of("type", "value", "atr_feature_id", "buffer_pct"), "stop_loss", true);
                Optional<Double> value = requiredNumber(e, node, "value", "stop_loss").flatMap(n -> bounded(n, "stop_loss.value", stopValue(t)));
                String atr = t == StopType.ATR_MULTIPLE ? atrFeature(e, node, "stop_loss") : null;
                double buffer = optional(e, "buffer_pct", "stop_loss.buffer_pct", 0, Range.FROM_ZERO);
                yield value.isEmpty() || (t == StopType.ATR_MULTIPLE && atr == null) ? null
                        : new StopLoss(t, value.get(), atr, buffer, Double.NaN, Double.NaN, Double.NaN);
            }
            case TRAILING_ATR -> {
                doc.unknownKeys(e, List.of("type", "atr_multiplier", "atr_feature_id", "activation_pct"), "stop_loss", true);
                String atr = atrFeature(e, node, "stop_loss");
                double multiplier = optional(e, "atr_multiplier", "stop_loss.atr_multiplier", 2.0, Range.ABOVE_ZERO);
                double activation = optional(e, "activation_pct", "stop_loss.activation_pct", 0, Range.FROM_ZERO);
                yield atr == null ? null : new StopLoss(t, Double.NaN, atr, 0, multiplier, Double.NaN, activation);
            }
            case TRAILING_PCT -> {
                doc.unknownKeys(e, List.of("type", "trail_pct", "activation_pct"), "stop_loss", true);
                Optional<Double> trail = requiredNumber(e, node, "trail_pct", "stop_loss").flatMap(n -> bounded(n, "stop_loss.trail_pct", Range.PERCENT));
                double activation = optional(e, "activation_pct", "stop_loss.activation_pct", 0, Range.FROM_ZERO);
                yield trail.map(p -> new StopLoss(t, Double.NaN, null, 0, Double.NaN, p, activation)).orElse(null);
            }
        };
    }

    private TakeProfit takeProfit(Node node) {
        Optional<MappingNode> m = doc.mapping(node, "take_profit");
        if (m.isEmpty()) return null;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        Optional<String> type = requiredType(e, node, "take_profit", TARGET_TYPES);
        if (type.isEmpty()) return null;
        TargetType t = TargetType.valueOf(type.get().toUpperCase());
        doc.unknownKeys(e, t == TargetType.ATR_MULTIPLE ? List.of("type", "value", "atr_feature_id") : List.of("type", "value"), "take_profit", true);
        Optional<Double> value = requiredNumber(e, node, "value", "take_profit").flatMap(n -> bounded(n, "take_profit.value", targetValue(t)));
        String atr = t == TargetType.ATR_MULTIPLE ? atrFeature(e, node, "take_profit") : null;
        if (value.isEmpty() || (t == TargetType.ATR_MULTIPLE && atr == null)) return null;
        return new TakeProfit(t, value.get(), atr);
    }

    private Sizing sizing(Node node, double accountLeverage) {
        Optional<MappingNode> m = doc.mapping(node, "sizing");
        if (m.isEmpty()) return null;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("model", "value", "max_leverage"), "sizing", true);
        Optional<String> model = e.containsKey("model")
                ? doc.word(e.get("model").value(), "sizing.model", List.of("percent_equity", "risk_based", "fixed_usdt"), false, "INVALID_RISK")
                : missing(node, "sizing", "model");
        Optional<Double> value = requiredNumber(e, node, "value", "sizing").flatMap(n -> bounded(n, "sizing.value", Range.ABOVE_ZERO));
        double leverage = optional(e, "max_leverage", "sizing.max_leverage", accountLeverage, Range.ABOVE_ZERO);
        if (model.isEmpty() || value.isEmpty()) return null;
        return new Sizing(SizingModel.valueOf(model.get().toUpperCase()), value.get(), leverage);
    }

    private BreakEven breakEven(Node node) {
        Optional<MappingNode> m = doc.mapping(node, "break_even");
        if (m.isEmpty()) return null;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("activation_pct", "offset_pct"), "break_even", true);
        return new BreakEven(optional(e, "activation_pct", "break_even.activation_pct", 1.0, Range.ABOVE_ZERO),
                optional(e, "offset_pct", "break_even.offset_pct", 0.1, Range.FROM_ZERO));
    }

    private Trailing trailing(Node node) {
        Optional<MappingNode> m = doc.mapping(node, "trailing");
        if (m.isEmpty()) return null;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("atr_multiplier", "atr_feature_id", "trail_pct", "activation_pct"), "trailing", true);
        boolean byPercent = present(e, "trail_pct");
        String atr = byPercent ? null : atrFeature(e, node, "trailing");
        double multiplier = optional(e, "atr_multiplier", "trailing.atr_multiplier", 2.0, Range.ABOVE_ZERO);
        double trail = byPercent ? optional(e, "trail_pct", "trailing.trail_pct", Double.NaN, Range.PERCENT) : Double.NaN;
        double activation = optional(e, "activation_pct", "trailing.activation_pct", 0, Range.FROM_ZERO);
        if (!byPercent && atr == null) return null;
        return new Trailing(multiplier, atr, trail, activation);
    }

    /** The {@code entry:} block, or market entries when absent. */
    EntrySpec entry(Map<String, YamlDoc.Entry> top) {
        if (!top.containsKey("entry")) return EntrySpec.MARKET;
        Node node = top.get("entry").value();
        Optional<MappingNode> m = doc.mapping(node, "entry");
        if (m.isEmpty()) return EntrySpec.MARKET;
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("order_type", "limit_offset_pct", "time_in_force", "expire_after_bars"), "entry", false);
        EntrySpec.OrderKind kind = e.containsKey("order_type")
                ? doc.word(e.get("order_type").value(), "entry.order_type", List.of("MARKET", "LIMIT"), true, "INVALID_ENTRY").map(EntrySpec.OrderKind::valueOf).orElse(EntrySpec.OrderKind.MARKET)
                : EntrySpec.OrderKind.MARKET;
        double offset = 0;
        if (e.containsKey("limit_offset_pct")) {
            Node n = e.get("limit_offset_pct").value();
            offset = doc.number(n, "entry.limit_offset_pct").orElse(0.0);
            if (offset < 0) entryError(n, "entry.limit_offset_pct must not be negative", "a number ≥ 0", offset);
        }
        EntrySpec.TimeInForce tif = EntrySpec.TimeInForce.GTC;
        if (e.containsKey("time_in_force")) {
            List<String> labels = java.util.Arrays.stream(EntrySpec.TimeInForce.values()).map(EntrySpec.TimeInForce::label).toList();
            tif = doc.word(e.get("time_in_force").value(), "entry.time_in_force", labels, false, "INVALID_ENTRY")
                    .map(l -> EntrySpec.TimeInForce.values()[labels.indexOf(l)]).orElse(tif);
        }
        int expire = 0;
        if (e.containsKey("expire_after_bars")) {
            Node n = e.get("expire_after_bars").value();
            expire = doc.integer(n, "entry.expire_after_bars").orElse(0);
            if (expire < 0) entryError(n, "entry.expire_after_bars must not be negative", "an integer ≥ 0", expire);
        }
        return new EntrySpec(kind, offset, tif, expire);
    }

    private void entryError(Node node, String message, String expected, Number found) {
        doc.diagnostics().add(Issue.error("INVALID_ENTRY", doc.span(node), message).expecting(expected, found.toString()));
    }

    private OrderType orderType(Map<String, YamlDoc.Entry> e, String key) {
        if (!e.containsKey(key)) return OrderType.MARKET;
        return doc.word(e.get(key).value(), key, ORDER_TYPES, false, "INVALID_ENTRY").map(w -> OrderType.valueOf(w.toUpperCase())).orElse(OrderType.MARKET);
    }

    private Optional<String> requiredType(Map<String, YamlDoc.Entry> e, Node node, String what, List<String> allowed) {
        if (!e.containsKey("type")) return missing(node, what, "type");
        return doc.word(e.get("type").value(), what + ".type", allowed, false, "INVALID_RISK");
    }

    private Optional<Node> requiredNumber(Map<String, YamlDoc.Entry> e, Node node, String key, String what) {
        if (e.containsKey(key)) return Optional.of(e.get(key).value());
        return missing(node, what, key);
    }

    private <T> Optional<T> missing(Node node, String what, String key) {
        doc.diagnostics().add(Issue.error("INVALID_RISK", doc.span(node), what + " has no '" + key + "'").expecting(key + ": <value>", "nothing"));
        return Optional.empty();
    }

    private String atrFeature(Map<String, YamlDoc.Entry> e, Node node, String what) {
        if (!e.containsKey("atr_feature_id")) {
            doc.diagnostics().add(Issue.error("INVALID_RISK", doc.span(node), what + " is ATR-based but has no 'atr_feature_id'")
                    .expecting("atr_feature_id: <an atr feature id>", "nothing"));
            return null;
        }
        return doc.text(e.get("atr_feature_id").value(), what + ".atr_feature_id").orElse(null);
    }

    private static boolean present(Map<String, YamlDoc.Entry> e, String key) {
        return e.containsKey(key) && !(e.get(key).value() instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
    }

    /** An optional number with its default; null in YAML means "not given". */
    private double optional(Map<String, YamlDoc.Entry> e, String key, String what, double fallback, Range range) {
        if (!present(e, key)) return fallback;
        return bounded(e.get(key).value(), what, range).orElse(fallback);
    }

    /** A number in {@code range}; INVALID_RISK otherwise. */
    private Optional<Double> bounded(Node node, String what, Range range) {
        Optional<Double> v = doc.number(node, what);
        if (v.isEmpty()) return v;
        if (!range.contains(v.get())) {
            doc.diagnostics().add(Issue.error("INVALID_RISK", doc.span(node), what + " is out of range").expecting(range.expected(), ExprPrinter.number(v.get())));
            return Optional.empty();
        }
        return v;
    }
}
