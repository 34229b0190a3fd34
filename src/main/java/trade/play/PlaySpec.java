package trade.play;

import java.util.List;
import java.util.Map;
import trade.dsl.ast.Expr;

/**
 * A loaded Play: every section as records, conditions as AST, positions kept for messages.
 * {@code risk} is null when the Play declares no stop and target; {@code pattern} is null without
 * a {@code validation:} block.
 */
public record PlaySpec(
        String file, String id, String version, String description, String symbol,
        TimeframeRoles timeframes, AccountSpec account,
        List<FeatureSpec> features, List<StructureSpec> structures,
        Map<String, Expr> setups, List<ActionBlock> actions,
        PositionPolicy positionPolicy, RiskSpec risk, String pattern, Double backtestEquity) {

    public PlaySpec {
        features = List.copyOf(features);
        structures = List.copyOf(structures);
        setups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(setups));
        actions = List.copyOf(actions);
    }

    /** Starting equity of a backtest: {@code backtest.equity} when given, else the account's. */
    public double startingEquity() { return backtestEquity != null ? backtestEquity : account.startingEquityUsdt(); }
}
