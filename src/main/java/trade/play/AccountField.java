package trade.play;

import java.util.Map;

/**
 * The numbers of the {@code account:} block that {@link PlayTemplate} binds, with the path below
 * {@code account.} the YAML writes them at and the range {@link PlayLoader} accepts there (a test
 * holds the two equal, so a bound value is refused exactly when the same value in the file is).
 */
enum AccountField {
    STARTING_EQUITY_USDT("starting_equity_usdt", Range.ABOVE_ZERO),
    MAX_LEVERAGE("max_leverage", Range.ABOVE_ZERO),
    MAX_DRAWDOWN_PCT("max_drawdown_pct", Range.ABOVE_ZERO),
    TAKER_BPS("fee_model.taker_bps", Range.FROM_ZERO),
    MAKER_BPS("fee_model.maker_bps", Range.FROM_ZERO),
    SLIPPAGE_BPS("slippage_bps", Range.FROM_ZERO),
    MIN_TRADE_NOTIONAL_USDT("min_trade_notional_usdt", Range.FROM_ZERO),
    MAINTENANCE_MARGIN_RATE("maintenance_margin_rate", Range.FROM_ZERO),
    MM_DEDUCTION("mm_deduction", Range.FROM_ZERO),
    RISK_PER_TRADE_PCT("risk_per_trade_pct", Range.ABOVE_ZERO);

    private final String path;
    private final Range range;

    AccountField(String path, Range range) {
        this.path = path;
        this.range = range;
    }

    /** Where it is written below {@code account:}, e.g. {@code fee_model.taker_bps}. */
    String path() { return path; }

    /** The key inside its own mapping, e.g. {@code taker_bps}. */
    String key() { return path.substring(path.lastIndexOf('.') + 1); }

    Range range() { return range; }

    /** The account with {@code values} in place of its own; an unset risk_per_trade_pct stays unset. */
    static AccountSpec with(AccountSpec a, Map<AccountField, Double> values) {
        return new AccountSpec(
                values.getOrDefault(STARTING_EQUITY_USDT, a.startingEquityUsdt()),
                values.getOrDefault(MAX_LEVERAGE, a.maxLeverage()),
                values.getOrDefault(MAX_DRAWDOWN_PCT, a.maxDrawdownPct()),
                values.getOrDefault(TAKER_BPS, a.takerBps()),
                values.getOrDefault(MAKER_BPS, a.makerBps()),
                values.getOrDefault(SLIPPAGE_BPS, a.slippageBps()),
                values.getOrDefault(MIN_TRADE_NOTIONAL_USDT, a.minTradeNotionalUsdt()),
                values.getOrDefault(MAINTENANCE_MARGIN_RATE, a.maintenanceMarginRate()),
                values.getOrDefault(MM_DEDUCTION, a.mmDeduction()),
                a.onStopBeyondLiquidation(),
                values.getOrDefault(RISK_PER_TRADE_PCT, a.riskPerTradePct()));
    }
}
