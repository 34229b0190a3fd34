package trade.play;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.PlayException;
import trade.core.SourceSpan;
import trade.core.Suggestions;
import trade.core.Timeframe;
import trade.dsl.ast.Expr;
import trade.dsl.print.ExprPrinter;
import trade.indicator.InputSource;

/**
 * Stage 1: reads a Play file into a {@link PlaySpec}. Every key has its own handling; unknown keys
 * get a did-you-mean; all problems of the file are collected before failing.
 */
public final class PlayLoader {
    static final List<String> BUILT_INS = List.of("open", "high", "low", "close", "volume", "last_price", "mark_price");
    private static final List<String> TOP_LEVEL = List.of("version", "name", "id", "description", "symbol", "symbol_universe",
            "timeframes", "account", "features", "structures", "setups", "actions", "position_policy", "risk", "risk_model",
            "entry", "variables", "validation", "backtest", "deploy");
    private static final List<String> IGNORED = List.of("synthetic", "date_range", "expected", "risk_limits", "metadata");

    private PlayLoader() {}

    public static PlaySpec load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new PlayException.BadInput("cannot read Play file " + file + ": " + e.getMessage());
        }
        return load(file.toString(), text);
    }

    public static PlaySpec load(String fileName, String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<PlaySpec> spec = read(fileName, text, diagnostics);
        diagnostics.throwIfErrors();
        return spec.orElseThrow();
    }

    /**
     * Reads as much of the Play as can be read, reporting every problem (warnings included) into
     * {@code diagnostics} instead of throwing. Empty only when the timeframes or the account are
     * unreadable, since nothing past them can be checked without them.
     */
    public static Optional<PlaySpec> read(String fileName, String text, Diagnostics diagnostics) {
        YamlDoc doc = new YamlDoc(fileName, diagnostics);
        Optional<MappingNode> root = doc.compose(text).flatMap(n -> {
            if (n instanceof MappingNode m) return Optional.of(m);
            diagnostics.error("YAML_PARSE_ERROR", doc.span(n), "the top of a Play must be a mapping (key: value lines)");
            return Optional.empty();
        });
        return root.map(r -> new Reader(doc).play(r));
    }

    private static final class Reader {
        private final YamlDoc doc;
        private final Diagnostics diagnostics;

        Reader(YamlDoc doc) {
            this.doc = doc;
            this.diagnostics = doc.diagnostics();
        }

        PlaySpec play(MappingNode root) {
            Map<String, YamlDoc.Entry> e = doc.entries(root);
            SourceSpan top = doc.span(root);
            for (YamlDoc.Entry entry : e.values()) {
                String k = entry.key();
                if (k.equals("blocks") || k.equals("signal_rules")) {
                    diagnostics.add(Issue.error("DEPRECATED_KEY", entry.keySpan(), "'" + k + "' is no longer supported").expecting("actions:", k));
                } else if (IGNORED.contains(k)) {
                    diagnostics.warning("UNKNOWN_KEY", entry.keySpan(), "'" + k + "' is not used by the engine and is ignored");
                } else if (!TOP_LEVEL.contains(k)) {
                    diagnostics.add(Issue.warning("UNKNOWN_KEY", entry.keySpan(), "unknown top-level key '" + k + "' is ignored")
                            .suggesting(Suggestions.closest(k, TOP_LEVEL)));
                }
            }
            String version = required(e, "version", top).flatMap(n -> doc.text(n, "version")).orElse("");
            if (!version.isEmpty() && !version.startsWith("3.")) diagnostics.warning("DEFAULTED_FIELD", doc.span(e.get("version").value()), "version '" + version + "' does not start with 3.");
            YamlDoc.Entry idEntry = e.containsKey("id") ? e.get("id") : e.get("name");
            String id = "";
            if (idEntry == null) diagnostics.error("MISSING_REQUIRED_FIELD", top, "the Play needs a 'name' (or 'id')");
            else id = doc.text(idEntry.value(), idEntry.key()).orElse("");
            String description = e.containsKey("description") ? doc.text(e.get("description").value(), "description").orElse("") : "";
            String symbol = symbol(e, top);
            TimeframeRoles tfs = required(e, "timeframes", top).flatMap(this::timeframes).orElse(null);
            AccountSpec account = required(e, "account", top).flatMap(this::account).orElse(null);
            Set<String> invalid = new HashSet<>();
            List<FeatureSpec> features = tfs == null || !e.containsKey("features") ? List.of() : features(e.get("features").value(), tfs, invalid);
            List<StructureSpec> structures = tfs == null || !e.containsKey("structures") ? List.of() : structures(e.get("structures").value(), tfs, invalid);
            if (!e.containsKey("features") && !e.containsKey("structures")) {
                diagnostics.error("MISSING_REQUIRED_FIELD", top, "the Play declares neither 'features' nor 'structures'");
            }
            Set<String> known = new HashSet<>(BUILT_INS);
            features.forEach(f -> known.add(f.id()));
            structures.forEach(s -> known.add(s.key()));
            ConditionReader conditions = new ConditionReader(doc, known);
            Map<String, Expr> setups = e.containsKey("setups") ? setups(e.get("setups").value(), conditions) : Map.of();
            List<ActionBlock> actions = required(e, "actions", top).map(n -> new ActionReader(doc, conditions).read(n)).orElse(List.of());
            SourceSpan actionsSpan = e.containsKey("actions") ? e.get("actions").keySpan() : top;
            PositionPolicy policy = e.containsKey("position_policy") ? policy(e.get("position_policy").value(), actionsSpan)
                    : new PositionPolicy(PositionPolicy.Mode.LONG_ONLY, PositionPolicy.ExitMode.SL_TP_ONLY, actionsSpan);
            RiskReader riskReader = new RiskReader(doc);
            RiskModel risk = riskReader.read(e, account);
            EntrySpec entry = riskReader.entry(e);
            Map<String, Object> variables = e.containsKey("variables") ? variables(e.get("variables").value()) : Map.of();
            String pattern = e.containsKey("validation") ? pattern(e.get("validation").value()) : null;
            Double equity = null, slippage = null;
            if (e.containsKey("backtest")) {
                Map<String, YamlDoc.Entry> b = section(e.get("backtest").value(), "backtest", List.of("equity", "slippage_bps"));
                equity = b.containsKey("equity") ? positive(b.get("equity").value(), "backtest.equity", true) : null;
                slippage = b.containsKey("slippage_bps") ? positive(b.get("slippage_bps").value(), "backtest.slippage_bps", false) : null;
            }
            DeploySpec deploy = e.containsKey("deploy") ? deploy(e.get("deploy").value()) : DeploySpec.DEFAULT;
            if (tfs == null || account == null) return null;
            return new PlaySpec(doc.file(), id, version, description, symbol, tfs, account, features, structures, setups,
                    actions, policy, risk, e.containsKey("risk") || e.containsKey("risk_model"), entry, variables, pattern, equity, slippage, deploy, invalid);
        }

        private Optional<Node> required(Map<String, YamlDoc.Entry> e, String key, SourceSpan where) {
            if (e.containsKey(key)) return Optional.of(e.get(key).value());
            diagnostics.add(Issue.error("MISSING_REQUIRED_FIELD", where, "the Play has no '" + key + "'").expecting(key + ":", "nothing"));
            return Optional.empty();
        }

        private String symbol(Map<String, YamlDoc.Entry> e, SourceSpan top) {
            Optional<String> s = e.containsKey("symbol") ? doc.text(e.get("symbol").value(), "symbol")
                    : e.containsKey("symbol_universe") ? doc.sequence(e.get("symbol_universe").value(), "symbol_universe")
                    .filter(seq -> seq.getValue().size() == 1).flatMap(seq -> doc.text(seq.getValue().getFirst(), "symbol")) : Optional.empty();
            if (s.isEmpty()) {
                if (!e.containsKey("symbol") && !e.containsKey("symbol_universe")) diagnostics.error("MISSING_REQUIRED_FIELD", top, "the Play has no 'symbol'");
                return "";
            }
            if (s.get().matches("[A-Z0-9]+") && !s.get().endsWith("USDT") && !s.get().endsWith("USDC")) {
                diagnostics.warning("DEFAULTED_FIELD", doc.span(e.getOrDefault("symbol", e.get("symbol_universe")).value()), "symbol '" + s.get() + "' is not a USDT or USDC perpetual");
            }
            if (!s.get().matches("[A-Z0-9]+")) diagnostics.add(Issue.error("INVALID_TYPE", doc.span(e.getOrDefault("symbol", e.get("symbol_universe")).value()), "bad symbol").expecting("upper-case letters and digits, e.g. BTCUSDT", s.get()));
            return s.get();
        }

        private Optional<TimeframeRoles> timeframes(Node node) {
            Optional<MappingNode> m = doc.mapping(node, "timeframes");
            if (m.isEmpty()) return Optional.empty();
            Map<String, YamlDoc.Entry> e = doc.entries(m.get());
            List<String> keys = List.of("low_tf", "med_tf", "high_tf", "exec");
            doc.unknownKeys(e, keys, "timeframes", true);
            Map<String, Timeframe> tf = new LinkedHashMap<>();
            for (String k : keys.subList(0, 3)) {
                if (!e.containsKey(k)) {
                    diagnostics.error("MISSING_REQUIRED_FIELD", doc.span(node), "timeframes has no '" + k + "'");
                    continue;
                }
                doc.text(e.get(k).value(), k).ifPresent(t -> {
                    Optional<Timeframe> parsed = Timeframe.parse(t);
                    if (parsed.isEmpty()) {
                        List<String> labels = java.util.Arrays.stream(Timeframe.values()).map(Timeframe::label).toList();
                        diagnostics.add(Issue.error("INVALID_TIMEFRAME_VALUE", doc.span(e.get(k).value()), "'" + t + "' is not a timeframe")
                                .expecting("one of " + labels, "'" + t + "'").suggesting(Suggestions.closest(t, labels)));
                    } else {
                        tf.put(k, parsed.get());
                    }
                });
            }
            String exec = null;
            if (!e.containsKey("exec")) diagnostics.error("MISSING_REQUIRED_FIELD", doc.span(node), "timeframes has no 'exec'");
            else {
                exec = doc.text(e.get("exec").value(), "exec").orElse(null);
                if (exec != null && !keys.subList(0, 3).contains(exec)) {
                    diagnostics.add(Issue.error("INVALID_EXEC_POINTER", doc.span(e.get("exec").value()), "exec must name a role, not a timeframe")
                            .expecting("low_tf, med_tf or high_tf", "'" + exec + "'"));
                    exec = null;
                }
            }
            if (tf.size() < 3 || exec == null) return Optional.empty();
            Timeframe low = tf.get("low_tf"), med = tf.get("med_tf"), high = tf.get("high_tf");
            if (high.minutes() < med.minutes() || med.minutes() < low.minutes()) {
                diagnostics.add(Issue.error("TIMEFRAME_HIERARCHY", doc.span(node), "timeframes must not get faster from low to high")
                        .expecting("high_tf ≥ med_tf ≥ low_tf", high.label() + " / " + med.label() + " / " + low.label()));
                return Optional.empty();
            }
            return Optional.of(new TimeframeRoles(low, med, high, exec));
        }

        private Optional<AccountSpec> account(Node node) {
            Optional<MappingNode> m = doc.mapping(node, "account");
            if (m.isEmpty()) return Optional.empty();
            Map<String, YamlDoc.Entry> e = doc.entries(m.get());
            SourceSpan at = doc.span(node);
            for (String reserved : List.of("max_daily_loss_usdt", "max_notional_usdt", "max_margin_usdt")) {
                if (e.containsKey(reserved)) diagnostics.warning("UNKNOWN_KEY", e.get(reserved).keySpan(), "account." + reserved + " is reserved and not used");
            }
            doc.unknownKeys(e, List.of("starting_equity_usdt", "max_leverage", "max_drawdown_pct", "margin_mode", "fee_model",
                    "slippage_bps", "min_trade_notional_usdt", "maintenance_margin_rate", "mm_deduction", "on_sl_beyond_liq",
                    "risk_per_trade_pct", "max_daily_loss_usdt", "max_notional_usdt", "max_margin_usdt"), "account", false);
            if (e.containsKey("margin_mode")) {
                doc.text(e.get("margin_mode").value(), "margin_mode").filter(v -> !v.equals("isolated_usdt")).ifPresent(v ->
                        diagnostics.add(Issue.error(v.equals("isolated") ? "DEPRECATED_KEY" : "INVALID_ACCOUNT_FIELD", doc.span(e.get("margin_mode").value()),
                                "margin_mode '" + v + "' is not supported").expecting("isolated_usdt", v)));
            }
            double taker = Defaults.TAKER_BPS, maker = Defaults.MAKER_BPS;
            if (!e.containsKey("fee_model")) {
                diagnostics.warning("DEFAULTED_FIELD", at, "account.fee_model not given, using taker " + taker + " / maker " + maker + " bps");
            } else {
                Optional<MappingNode> fm = doc.mapping(e.get("fee_model").value(), "fee_model");
                if (fm.isPresent()) {
                    Map<String, YamlDoc.Entry> f = doc.entries(fm.get());
                    doc.unknownKeys(f, List.of("taker_bps", "maker_bps"), "fee_model", false);
                    taker = accountNumber(at, f, "taker_bps", taker, 0, false);
                    maker = accountNumber(at, f, "maker_bps", maker, 0, false);
                }
            }
            String onStopBeyondLiquidation = e.containsKey("on_sl_beyond_liq")
                    ? doc.word(e.get("on_sl_beyond_liq").value(), "account.on_sl_beyond_liq", List.of("reject", "adjust", "warn"), false, "INVALID_ACCOUNT_FIELD").orElse("reject")
                    : "reject";
            Double riskPct = e.containsKey("risk_per_trade_pct") ? accountNumber(at, e, "risk_per_trade_pct", 1.0, 0, true) : null;
            return Optional.of(new AccountSpec(
                    accountNumber(at, e, "starting_equity_usdt", Defaults.EQUITY, 0, true),
                    accountNumber(at, e, "max_leverage", Defaults.MAX_LEVERAGE, 0, true),
                    accountNumber(at, e, "max_drawdown_pct", Defaults.MAX_DRAWDOWN_PCT, 0, true),
                    taker, maker,
                    accountNumber(at, e, "slippage_bps", Defaults.SLIPPAGE_BPS, 0, false),
                    accountNumber(at, e, "min_trade_notional_usdt", Defaults.MIN_TRADE_NOTIONAL_USDT, 0, false),
                    accountNumber(at, e, "maintenance_margin_rate", Defaults.MAINTENANCE_MARGIN_RATE, 0, false),
                    accountNumber(at, e, "mm_deduction", 0.0, 0, false), onStopBeyondLiquidation, riskPct));
        }

        private double accountNumber(SourceSpan at, Map<String, YamlDoc.Entry> e, String key, double fallback, double min, boolean strictlyAbove) {
            if (!e.containsKey(key)) {
                if (List.of("starting_equity_usdt", "max_leverage", "slippage_bps", "min_trade_notional_usdt", "max_drawdown_pct").contains(key)) {
                    diagnostics.warning("DEFAULTED_FIELD", at, "account." + key + " not given, using " + fallback);
                }
                return fallback;
            }
            Node n = e.get(key).value();
            Optional<Double> v = doc.number(n, "account." + key);
            if (v.isEmpty()) return fallback;
            if (strictlyAbove ? v.get() <= min : v.get() < min) {
                diagnostics.add(Issue.error("INVALID_ACCOUNT_FIELD", doc.span(n), "account." + key + " out of range")
                        .expecting(strictlyAbove ? "a number > " + ExprPrinter.number(min) : "a number ≥ " + ExprPrinter.number(min), ExprPrinter.number(v.get())));
            }
            return v.get();
        }

        private List<FeatureSpec> features(Node node, TimeframeRoles tfs, Set<String> invalid) {
            List<FeatureSpec> out = new ArrayList<>();
            Optional<MappingNode> m = doc.mapping(node, "features");
            if (m.isEmpty()) return out;
            for (YamlDoc.Entry f : doc.entries(m.get()).values()) {
                checkId(f.key(), f.keySpan());
                Optional<MappingNode> body = doc.mapping(f.value(), "feature " + f.key());
                if (body.isEmpty()) {
                    invalid.add(f.key());
                    continue;
                }
                Map<String, YamlDoc.Entry> e = doc.entries(body.get());
                doc.unknownKeys(e, List.of("indicator", "params", "tf", "source"), "feature '" + f.key() + "'", true);
                if (!e.containsKey("indicator")) {
                    diagnostics.error("MISSING_REQUIRED_FIELD", f.keySpan(), "feature '" + f.key() + "' has no 'indicator'");
                    invalid.add(f.key());
                    continue;
                }
                String indicator = doc.text(e.get("indicator").value(), "indicator").orElse("");
                Map<String, Object> params = e.containsKey("params") ? params(e.get("params").value()) : Map.of();
                Timeframe tf = tfs.exec();
                if (e.containsKey("tf")) tf = featureTimeframe(e.get("tf").value(), tfs).orElse(tf);
                InputSource source = InputSource.CLOSE;
                if (e.containsKey("source")) {
                    Node s = e.get("source").value();
                    Optional<String> text = doc.text(s, "source");
                    Optional<InputSource> parsed = text.flatMap(InputSource::parse);
                    if (text.isPresent() && parsed.isEmpty()) {
                        List<String> all = java.util.Arrays.stream(InputSource.values()).map(InputSource::label).toList();
                        diagnostics.add(Issue.error("INVALID_SOURCE", doc.span(s), "unknown source '" + text.get() + "'")
                                .expecting("one of " + all, text.get()).suggesting(Suggestions.closest(text.get(), all)));
                    }
                    source = parsed.orElse(source);
                }
                out.add(new FeatureSpec(f.key(), indicator, params, tf, source, e.containsKey("source"), f.keySpan()));
            }
            return out;
        }

        private Optional<Timeframe> featureTimeframe(Node node, TimeframeRoles tfs) {
            Optional<String> text = doc.text(node, "tf");
            Optional<Timeframe> tf = text.flatMap(tfs::resolve);
            if (text.isPresent() && (tf.isEmpty() || !tfs.isRoleTimeframe(tf.get()))) {
                diagnostics.add(Issue.error("INVALID_FEATURE_TF", doc.span(node), "tf '" + text.get() + "' is not one of the Play's timeframes")
                        .expecting("a role (low_tf, med_tf, high_tf, exec) or one of " + tfs.distinct().stream().map(Timeframe::label).toList(), text.get()));
                return Optional.empty();
            }
            return tf;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> params(Node node) {
            Optional<MappingNode> m = doc.mapping(node, "params");
            return m.map(mm -> (Map<String, Object>) doc.plain(mm)).orElse(Map.of());
        }

        private List<StructureSpec> structures(Node node, TimeframeRoles tfs, Set<String> invalid) {
            List<StructureSpec> out = new ArrayList<>();
            Optional<MappingNode> m = doc.mapping(node, "structures");
            if (m.isEmpty()) return out;
            for (YamlDoc.Entry role : doc.entries(m.get()).values()) {
                if (!List.of("exec", "low_tf", "med_tf", "high_tf").contains(role.key())) {
                    diagnostics.add(Issue.error("INVALID_STRUCTURE_ROLE", role.keySpan(), "'" + role.key() + "' is not a timeframe role")
                            .expecting("exec, low_tf, med_tf or high_tf", role.key()).suggesting(Suggestions.closest(role.key(), List.of("exec", "low_tf", "med_tf", "high_tf"))));
                    continue;
                }
                Timeframe tf = tfs.resolve(role.key()).orElseThrow();
                Node specs = role.value();
                if (specs instanceof MappingNode legacy) {
                    Optional<Node> listed = legacyStructureList(legacy, role, tf);
                    if (listed.isEmpty()) continue;
                    specs = listed.get();
                }
                doc.sequence(specs, "structures." + role.key()).ifPresent(seq -> {
                    for (Node item : seq.getValue()) structure(item, role.key(), tf, invalid).ifPresent(out::add);
                });
            }
            return out;
        }

        /**
         * The legacy role form {@code high_tf: {"D": [specs…]}} (play-dsl.md §2.5): one entry whose key
         * must name the role's own timeframe, since a structure cannot live on another one.
         */
        private Optional<Node> legacyStructureList(MappingNode legacy, YamlDoc.Entry role, Timeframe tf) {
            Map<String, YamlDoc.Entry> entries = doc.entries(legacy);
            if (entries.size() != 1) {
                diagnostics.add(Issue.error("INVALID_TYPE", role.keySpan(), "structures." + role.key() + " must be a list of structures or one {timeframe: list} entry")
                        .expecting("a list, or {\"" + tf.label() + "\": [...]}", entries.keySet().toString()));
                return Optional.empty();
            }
            YamlDoc.Entry only = entries.values().iterator().next();
            if (Timeframe.parse(only.key()).filter(t -> t == tf).isEmpty()) {
                diagnostics.add(Issue.error("INVALID_FEATURE_TF", only.keySpan(), "structures." + role.key() + " is on " + tf.label() + ", not '" + only.key() + "'")
                        .expecting(tf.label(), only.key()));
                return Optional.empty();
            }
            return Optional.of(only.value());
        }

        private Optional<StructureSpec> structure(Node node, String role, Timeframe tf, Set<String> invalid) {
            Optional<MappingNode> m = doc.mapping(node, "structure");
            if (m.isEmpty()) return Optional.empty();
            Map<String, YamlDoc.Entry> e = doc.entries(m.get());
            doc.unknownKeys(e, List.of("type", "key", "uses", "params"), "structure", true);
            if (!e.containsKey("type") || !e.containsKey("key")) {
                diagnostics.add(Issue.error("MISSING_REQUIRED_FIELD", doc.span(node), "a structure needs 'type' and 'key'").expecting("type, key", e.keySet().toString()));
                if (e.containsKey("key")) doc.text(e.get("key").value(), "key").ifPresent(invalid::add);
                return Optional.empty();
            }
            String key = doc.text(e.get("key").value(), "key").orElse("");
            checkId(key, doc.span(e.get("key").value()));
            String type = doc.text(e.get("type").value(), "type").orElse("");
            List<String> uses = new ArrayList<>();
            if (e.containsKey("uses")) {
                Node u = e.get("uses").value();
                if (u instanceof SequenceNode s) s.getValue().forEach(n -> doc.text(n, "uses").ifPresent(uses::add));
                else doc.text(u, "uses").ifPresent(uses::add);
            }
            Map<String, Object> params = e.containsKey("params") ? params(e.get("params").value()) : Map.of();
            return Optional.of(new StructureSpec(key, type, uses, params, role, tf, doc.span(e.get("key").value())));
        }

        private Map<String, Expr> setups(Node node, ConditionReader conditions) {
            Map<String, Expr> out = new LinkedHashMap<>();
            doc.mapping(node, "setups").ifPresent(m -> doc.entries(m).values().forEach(s -> {
                checkId(s.key(), s.keySpan());
                conditions.expr(s.value()).ifPresent(x -> out.put(s.key(), x));
            }));
            return out;
        }

        private PositionPolicy policy(Node node, SourceSpan defaultSpan) {
            PositionPolicy.Mode mode = PositionPolicy.Mode.LONG_ONLY;
            PositionPolicy.ExitMode exit = PositionPolicy.ExitMode.SL_TP_ONLY;
            Optional<MappingNode> m = doc.mapping(node, "position_policy");
            if (m.isEmpty()) return new PositionPolicy(mode, exit, defaultSpan);
            Map<String, YamlDoc.Entry> e = doc.entries(m.get());
            doc.unknownKeys(e, List.of("mode", "exit_mode", "max_positions_per_symbol", "allow_flip", "allow_scale_in", "allow_scale_out"), "position_policy", false);
            if (e.containsKey("mode")) mode = word(e.get("mode").value(), "mode", PositionPolicy.Mode::valueOf, mode);
            if (e.containsKey("exit_mode")) exit = word(e.get("exit_mode").value(), "exit_mode", PositionPolicy.ExitMode::valueOf, exit);
            if (e.containsKey("max_positions_per_symbol")) {
                doc.integer(e.get("max_positions_per_symbol").value(), "max_positions_per_symbol").filter(n -> n != 1).ifPresent(n ->
                        diagnostics.add(Issue.error("INVALID_POSITION_POLICY", doc.span(e.get("max_positions_per_symbol").value()), "one position per symbol only (no pyramiding)").expecting("1", n.toString())));
            }
            for (String flag : List.of("allow_scale_in", "allow_scale_out")) {
                if (e.containsKey(flag)) doc.bool(e.get(flag).value(), flag).filter(b -> b).ifPresent(b ->
                        diagnostics.add(Issue.error("INVALID_POSITION_POLICY", doc.span(e.get(flag).value()), flag + " is not supported").expecting("false", "true")));
            }
            return new PositionPolicy(mode, exit, e.containsKey("exit_mode") ? doc.span(e.get("exit_mode").value()) : defaultSpan);
        }

        private <T extends Enum<T>> T word(Node node, String what, Function<String, T> parse, T fallback) {
            Optional<String> text = doc.text(node, what);
            if (text.isEmpty()) return fallback;
            try {
                return parse.apply(text.get().toUpperCase());
            } catch (IllegalArgumentException ex) {
                List<String> allowed = java.util.Arrays.stream(fallback.getDeclaringClass().getEnumConstants()).map(c -> c.name().toLowerCase()).toList();
                diagnostics.add(Issue.error("INVALID_POSITION_POLICY", doc.span(node), what + " '" + text.get() + "' is not known")
                        .expecting("one of " + allowed, text.get()).suggesting(Suggestions.closest(text.get(), allowed)));
                return fallback;
            }
        }

        private String pattern(Node node) {
            Map<String, YamlDoc.Entry> e = section(node, "validation", List.of("pattern"));
            String pattern = e.containsKey("pattern") ? doc.text(e.get("pattern").value(), "pattern").orElse(null) : "trend_up_clean";
            if (pattern != null && !ValidationPatterns.NAMES.contains(pattern)) {
                diagnostics.add(Issue.warning("UNKNOWN_PATTERN", doc.span(e.get("pattern").value()), "validation pattern '" + pattern + "' is not known; a synthetic run will fail")
                        .expecting("one of the " + ValidationPatterns.NAMES.size() + " patterns", pattern).suggesting(Suggestions.closest(pattern, ValidationPatterns.NAMES)));
            }
            return pattern;
        }

        /** A config section's entries; unknown keys are warnings (play-dsl §7). */
        private Map<String, YamlDoc.Entry> section(Node node, String what, List<String> allowed) {
            Optional<MappingNode> m = doc.mapping(node, what);
            if (m.isEmpty()) return Map.of();
            Map<String, YamlDoc.Entry> e = doc.entries(m.get());
            doc.unknownKeys(e, allowed, what, false);
            return e;
        }

        private Double positive(Node node, String what, boolean strictlyAbove) {
            Optional<Double> v = doc.number(node, what);
            if (v.isPresent() && (strictlyAbove ? v.get() <= 0 : v.get() < 0)) {
                diagnostics.add(Issue.error("INVALID_ACCOUNT_FIELD", node == null ? SourceSpan.NONE : doc.span(node), what + " out of range")
                        .expecting(strictlyAbove ? "a number > 0" : "a number ≥ 0", v.get().toString()));
                return null;
            }
            return v.orElse(null);
        }

        private Map<String, Object> variables(Node node) {
            Map<String, Object> out = new LinkedHashMap<>();
            Optional<MappingNode> m = doc.mapping(node, "variables");
            if (m.isEmpty()) return out;
            for (YamlDoc.Entry v : doc.entries(m.get()).values()) {
                if (!v.key().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    diagnostics.add(Issue.error("INVALID_ID", v.keySpan(), "variable name '" + v.key() + "' is not an identifier")
                            .expecting("letters, digits and _ (not starting with a digit)", v.key()));
                } else if (!(v.value() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode)) {
                    doc.wrongType(v.value(), "variable '" + v.key() + "'", "a single value (number, text or true/false)");
                } else {
                    out.put(v.key(), doc.plain(v.value()));
                }
            }
            return out;
        }

        private DeploySpec deploy(Node node) {
            Map<String, YamlDoc.Entry> e = section(node, "deploy", List.of("capital", "settle_coin", "dcp_window"));
            DeploySpec d = DeploySpec.DEFAULT;
            double capital = e.containsKey("capital") ? java.util.Objects.requireNonNullElse(positive(e.get("capital").value(), "deploy.capital", true), d.capital()) : d.capital();
            String coin = e.containsKey("settle_coin")
                    ? doc.word(e.get("settle_coin").value(), "deploy.settle_coin", List.of("USDT", "USDC"), false, "INVALID_ACCOUNT_FIELD").orElse(d.settleCoin()) : d.settleCoin();
            int window = d.dcpWindowSeconds();
            if (e.containsKey("dcp_window")) {
                Node n = e.get("dcp_window").value();
                window = doc.integer(n, "deploy.dcp_window").orElse(window);
                if (window <= 0) {
                    diagnostics.add(Issue.error("INVALID_ACCOUNT_FIELD", doc.span(n), "deploy.dcp_window must be positive").expecting("seconds > 0", Integer.toString(window)));
                    window = d.dcpWindowSeconds();
                }
            }
            return new DeploySpec(capital, coin, window);
        }

        private void checkId(String id, SourceSpan span) {
            if (!id.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                diagnostics.add(Issue.error("INVALID_ID", span, "'" + id + "' is not a valid id").expecting("letters, digits and _ (not starting with a digit)", id));
            } else if (BUILT_INS.contains(id)) {
                diagnostics.add(Issue.error("RESERVED_ID", span, "'" + id + "' is a built-in name").expecting("another id", id));
            }
        }
    }
}
