package trade.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import trade.engine.RunResult;

/**
 * The content of {@code result.json} (results-and-hashes.md §4) and {@code run_manifest.json}
 * (§5.3, adapted) as sorted maps ready for {@link CanonicalJson#pretty}. Keys and units are the
 * spec's, quirks included: {@code win_rate} and {@code max_drawdown_pct} are decimals (4 places),
 * {@code long_win_rate}/{@code short_win_rate} stay percents, {@code gross_loss_usdt} is negative.
 * Hashes are written in full (64 hex); {@code run_id} is the 12-hex short input hash.
 */
public final class ResultDocument {
    /** The keys of {@code result.json} (§4); {@link #result} writes exactly these. */
    public static final List<String> RESULT_FIELDS = List.of(
            "play_id", "symbol", "tf_exec", "run_id", "window_start", "window_end", "trades_count",
            "winning_trades", "losing_trades", "win_rate", "net_pnl_usdt", "net_return_pct", "gross_profit_usdt",
            "gross_loss_usdt", "max_drawdown_usdt", "max_drawdown_pct", "max_drawdown_duration_bars", "sharpe",
            "sortino", "calmar", "profit_factor", "avg_win_usdt", "avg_loss_usdt", "largest_win_usdt",
            "largest_loss_usdt", "avg_trade_duration_bars", "expectancy_usdt", "payoff_ratio", "recovery_factor",
            "max_consecutive_wins", "max_consecutive_losses", "total_fees_usdt", "long_trades", "short_trades",
            "long_pnl", "short_pnl", "long_win_rate", "short_win_rate", "total_bars", "bars_in_position",
            "time_in_market_pct", "leverage", "initial_equity", "artifact_path", "run_duration_seconds",
            "play_hash", "pipeline_version", "resolved_play_path", "trades_hash", "equity_hash", "run_hash",
            "stopped_early", "stop_reason", "benchmark_return_pct", "alpha_pct", "skewness", "kurtosis",
            "var_95_pct", "cvar_95_pct", "ulcer_index", "omega_ratio", "avg_leverage_used",
            "max_gross_exposure_pct", "mae_avg_pct", "mfe_avg_pct", "entry_attempts", "entry_rejections",
            "entry_rejection_rate", "margin_calls", "min_margin_ratio", "closest_liquidation_pct",
            "total_funding_paid_usdt", "total_funding_received_usdt", "net_funding_usdt", "exchange_metrics", "venue");

    /** The {@code result.json} key of the values bound into the Play, present only when there are some. */
    public static final String PARAMETERS = "parameters";

    /**
     * The keys every {@code run_manifest.json} has (§5.3); the preflight-only ones
     * ({@code computed_lookback_bars_by_role}, {@code computed_delay_bars_by_role}) are left out
     * because no preflight runs.
     */
    public static final List<String> MANIFEST_FIELDS = List.of(
            "full_hash", "short_hash", "short_hash_length", "hash_algorithm", "play_id", "play_hash", "symbols",
            "universe_id", "tf_exec", "tf_ctx", "window_start", "window_end", "fee_model_version",
            "simulator_version", "engine_version", "fill_policy_version", "data_source_id", "data_version",
            "candle_policy", "seed", "category", "is_promotable", "allows_overwrite", "attempt_id",
            "created_at_utc", "schema_version", "equity_timestamp_column", "warmup_tool_calls", "eval_start_ts_ms");

    /** The keys of {@code pipeline_signature.json} (§5.4); {@link #pipelineSignature} writes exactly these. */
    public static final List<String> SIGNATURE_FIELDS = List.of(
            "run_id", "play_id", "play_hash", "resolved_play_path", "pipeline_version", "config_source",
            "uses_system_config_loader", "engine_impl", "snapshot_impl", "feature_builder_impl",
            "indicator_backend", "exchange_impl", "declared_feature_keys", "computed_feature_keys",
            "feature_keys_match", "placeholder_mode", "strict_indicator_access", "created_at");

    private ResultDocument() {}

    /**
     * What a run knows besides its result: where it was written and how.
     *
     * @param artifactPath       run folder as shown to the user
     * @param runDurationSeconds wall-clock seconds since the pipeline started (measured by the caller)
     * @param leverage           the account's max leverage
     * @param resolvedPlayPath   the Play file the run loaded
     * @param exchangeMetrics    simulator statistics (engine §21), written unrounded; may be empty
     * @param parameters         values bound into the Play for this run (path → canonical value text,
     *                           in the order bound); empty for the Play as written
     * @param venue              what produced the run, as the venue names itself
     */
    public record RunInfo(String artifactPath, double runDurationSeconds, int leverage,
                          String resolvedPlayPath, Map<String, Object> exchangeMetrics, Map<String, String> parameters, String venue) {
        public RunInfo {
            exchangeMetrics = exchangeMetrics == null ? Map.of() : new TreeMap<>(exchangeMetrics);
            parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        /** A run on the simulator. */
        public RunInfo(String artifactPath, double runDurationSeconds, int leverage, String resolvedPlayPath, Map<String, Object> exchangeMetrics,
                       Map<String, String> parameters) {
            this(artifactPath, runDurationSeconds, leverage, resolvedPlayPath, exchangeMetrics, parameters, "simulated");
        }
    }

    /**
     * The {@code result.json} map (a {@link TreeMap}, so sorted). A run of a Play with bound values
     * also has {@value #PARAMETERS}: a list of {@code {path, value}} objects in the order bound (a
     * list, because objects are written with sorted keys); a run of the Play as written has no such
     * key, so its {@code result.json} is what it was before values could be bound.
     */
    public static Map<String, Object> result(RunResult r, Metrics m, RunHashes h, RunInfo info) {
        Map<String, Object> d = new TreeMap<>();
        d.put("play_id", r.playId());
        d.put("symbol", r.symbol());
        d.put("tf_exec", r.execTimeframe().label());
        d.put("run_id", RunHashes.short12(h.input()));
        d.put("window_start", ArtifactTables.isoSeconds(r.windowStartMs()));
        d.put("window_end", ArtifactTables.isoSeconds(r.windowEndMs()));

        d.put("trades_count", m.totalTrades());
        d.put("winning_trades", m.winCount());
        d.put("losing_trades", m.lossCount());
        d.put("win_rate", Metrics.round(m.winRate() / 100, 4));
        d.put("net_pnl_usdt", m.netProfit());
        d.put("net_return_pct", m.netReturnPct());
        d.put("gross_profit_usdt", m.grossProfit());
        d.put("gross_loss_usdt", noNegativeZero(-m.grossLoss()));
        d.put("max_drawdown_usdt", m.maxDrawdownAbs());
        d.put("max_drawdown_pct", Metrics.round(m.maxDrawdownPct() / 100, 4));
        d.put("max_drawdown_duration_bars", m.maxDrawdownDurationBars());
        d.put("sharpe", m.sharpe());
        d.put("sortino", m.sortino());
        d.put("calmar", m.calmar());
        d.put("profit_factor", m.profitFactor());
        d.put("avg_win_usdt", m.avgWinUsdt());
        d.put("avg_loss_usdt", m.avgLossUsdt());
        d.put("largest_win_usdt", m.largestWinUsdt());
        d.put("largest_loss_usdt", m.largestLossUsdt());
        d.put("avg_trade_duration_bars", m.avgTradeDurationBars());
        d.put("expectancy_usdt", m.expectancyUsdt());
        d.put("payoff_ratio", m.payoffRatio());
        d.put("recovery_factor", m.recoveryFactor());
        d.put("max_consecutive_wins", m.maxConsecutiveWins());
        d.put("max_consecutive_losses", m.maxConsecutiveLosses());
        d.put("total_fees_usdt", m.totalFees());
        d.put("long_trades", m.longTrades());
        d.put("short_trades", m.shortTrades());
        d.put("long_pnl", m.longPnl());
        d.put("short_pnl", m.shortPnl());
        d.put("long_win_rate", m.longWinRate());
        d.put("short_win_rate", m.shortWinRate());
        d.put("total_bars", m.totalBars());
        d.put("bars_in_position", m.barsInPosition());
        d.put("time_in_market_pct", m.timeInMarketPct());

        d.put("leverage", info.leverage());
        d.put("initial_equity", Metrics.round(r.initialEquity(), 2));
        d.put("artifact_path", info.artifactPath());
        d.put("run_duration_seconds", Metrics.round(info.runDurationSeconds(), 2));
        d.put("play_hash", h.play());
        d.put("pipeline_version", RunHashes.VERSION);
        d.put("resolved_play_path", info.resolvedPlayPath());
        d.put("trades_hash", h.trades());
        d.put("equity_hash", h.equity());
        d.put("run_hash", h.run());
        d.put("stopped_early", r.stopReason() != null);
        d.put("stop_reason", r.stopReason());

        d.put("benchmark_return_pct", m.benchmarkReturnPct());
        d.put("alpha_pct", m.alphaPct());
        d.put("skewness", m.skewness());
        d.put("kurtosis", m.kurtosis());
        d.put("var_95_pct", m.var95Pct());
        d.put("cvar_95_pct", m.cvar95Pct());
        d.put("ulcer_index", m.ulcerIndex());
        d.put("omega_ratio", m.omegaRatio());
        d.put("avg_leverage_used", m.avgLeverageUsed());
        d.put("max_gross_exposure_pct", m.maxGrossExposurePct());
        d.put("mae_avg_pct", m.maeAvgPct());
        d.put("mfe_avg_pct", m.mfeAvgPct());
        d.put("entry_attempts", m.entryAttempts());
        d.put("entry_rejections", m.entryRejections());
        d.put("entry_rejection_rate", m.entryRejectionRate());
        d.put("margin_calls", m.marginCalls());
        d.put("min_margin_ratio", m.minMarginRatio());
        d.put("closest_liquidation_pct", m.closestLiquidationPct());
        d.put("total_funding_paid_usdt", m.totalFundingPaidUsdt());
        d.put("total_funding_received_usdt", m.totalFundingReceivedUsdt());
        d.put("net_funding_usdt", m.netFundingUsdt());
        d.put("exchange_metrics", info.exchangeMetrics());
        d.put("venue", info.venue()); // as the venue names itself
        if (!info.parameters().isEmpty()) {
            d.put(PARAMETERS, info.parameters().entrySet().stream().map(e -> Map.<String, Object>of("path", e.getKey(), "value", e.getValue())).toList());
        }
        return d;
    }

    /**
     * The {@code run_manifest.json} map: the input components ({@link RunHashes#inputComponents}),
     * then the identity and policy fields of §5.3, then {@code extra} (e.g. {@code seed},
     * {@code data_source_id}, {@code data_hash}, {@code pattern}, {@code bars}), which wins on a
     * clash. {@code evalStartTsMs} is the first equity point's time, null for a run that never
     * became tradable; {@code createdAtUtc} is the wall-clock time the caller read.
     */
    public static Map<String, Object> manifest(Map<String, Object> inputComponents, RunHashes.InputHash inputHash,
                                               String playId, Map<String, Object> extra, Long evalStartTsMs,
                                               long createdAtUtcMs) {
        Map<String, Object> d = new TreeMap<>(inputComponents);
        d.put("full_hash", inputHash.full());
        d.put("short_hash", inputHash.shortHash());
        d.put("short_hash_length", RunHashes.SHORT_LENGTH);
        d.put("hash_algorithm", RunHashes.ALGORITHM);
        d.put("play_id", playId);
        Object symbols = inputComponents.get("symbols");
        if (symbols instanceof List<?> list && !list.isEmpty()) {
            d.put("universe_id", RunHashes.universeId(list.stream().map(String::valueOf).toList()));
        }
        d.put("fee_model_version", RunHashes.VERSION);
        d.put("simulator_version", RunHashes.VERSION);
        d.put("engine_version", RunHashes.VERSION);
        d.put("fill_policy_version", RunHashes.VERSION);
        d.put("candle_policy", "closed_only");
        d.putIfAbsent("data_version", null);
        d.putIfAbsent("seed", null);
        d.put("category", "_validation");
        d.put("is_promotable", false);
        d.put("allows_overwrite", true);
        d.put("attempt_id", null);
        d.put("created_at_utc", ArtifactTables.isoSeconds(createdAtUtcMs) + "Z");
        d.put("schema_version", RunHashes.VERSION);
        d.put("equity_timestamp_column", "ts_ms");
        d.put("warmup_tool_calls", List.of()); // candles are never fetched during a run
        d.put("eval_start_ts_ms", evalStartTsMs);
        if (extra != null) d.putAll(extra);
        return d;
    }

    /**
     * The {@code pipeline_signature.json} map (§5.4): which implementation ran and proof that the
     * feature keys the Play declares are the ones the compiled run computes.
     * {@code declaredFeatureKeys} come from the Play's declarations, {@code computedFeatureKeys}
     * from the series the engine fills; both are sorted here.
     */
    public static Map<String, Object> pipelineSignature(String runId, String playId, String playHash, String resolvedPlayPath,
                                                        List<String> declaredFeatureKeys, List<String> computedFeatureKeys,
                                                        long createdAtUtcMs) {
        List<String> declared = declaredFeatureKeys.stream().sorted().toList();
        List<String> computed = computedFeatureKeys.stream().sorted().toList();
        Map<String, Object> d = new TreeMap<>();
        d.put("run_id", runId);
        d.put("play_id", playId);
        d.put("play_hash", playHash);
        d.put("resolved_play_path", resolvedPlayPath);
        d.put("pipeline_version", RunHashes.VERSION);
        d.put("config_source", "Play");
        d.put("uses_system_config_loader", false);
        // informational names of the pieces a backtest wires together
        d.put("engine_impl", "trade.engine.StrategyCore");
        d.put("snapshot_impl", "trade.engine.SeriesStore");
        d.put("feature_builder_impl", "trade.play.PlayCompiler");
        d.put("indicator_backend", "trade.indicator (incremental)");
        d.put("exchange_impl", "trade.sim.SimExchange");
        d.put("declared_feature_keys", declared);
        d.put("computed_feature_keys", computed);
        d.put("feature_keys_match", declared.equals(computed));
        d.put("placeholder_mode", false);
        d.put("strict_indicator_access", true);
        d.put("created_at", ArtifactTables.isoSeconds(createdAtUtcMs) + "Z");
        return d;
    }

    private static double noNegativeZero(double x) { return x == 0 ? 0.0 : x; }
}
