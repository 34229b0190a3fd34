package trade.play;

import java.util.List;
import java.util.Map;
import java.util.Set;
import trade.dsl.ast.Expr;

/**
 * A loaded Play: every section as records, conditions as AST, positions kept for messages.
 * {@code risk} is null when the Play declares no stop and target ({@code riskDeclared} tells whether
 * it tried, with errors already reported); {@code pattern} is null without
 * a {@code validation:} block. {@code invalidIds} are ids whose declaration has errors: the checker
 * stays quiet about references to them instead of reporting each use as undeclared.
 */
public record PlaySpec(
        String file, String id, String version, String description, String symbol,
        TimeframeRoles timeframes, AccountSpec account,
        List<FeatureSpec> features, List<StructureSpec> structures,
        Map<String, Expr> setups, List<ActionBlock> actions,
        PositionPolicy positionPolicy, RiskModel risk, boolean riskDeclared, EntrySpec entry, Map<String, Object> variables,
        String pattern, Double backtestEquity, Double backtestSlippageBps, DeploySpec deploy, Set<String> invalidIds) {

    public PlaySpec {
        features = List.copyOf(features);
        structures = List.copyOf(structures);
        setups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(setups));
        actions = List.copyOf(actions);
        variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        invalidIds = Set.copyOf(invalidIds);
    }

    /** Starting equity of a backtest: {@code backtest.equity} when given, else the account's. */
    public double startingEquity() { return backtestEquity != null ? backtestEquity : account.startingEquityUsdt(); }

    /** Slippage of a backtest: {@code backtest.slippage_bps} when given, else the account's. */
    public double slippageBps() { return backtestSlippageBps != null ? backtestSlippageBps : account.slippageBps(); }
}
