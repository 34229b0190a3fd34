package trade.play;

/**
 * The {@code account:} block with defaults applied. Fees and slippage are in basis points;
 * {@code onStopBeyondLiquidation} is what to do when a stop lies past the liquidation price
 * ({@code reject}, {@code adjust} or {@code warn}).
 */
public record AccountSpec(double startingEquityUsdt, double maxLeverage, double maxDrawdownPct,
                          double takerBps, double makerBps, double slippageBps, double minTradeNotionalUsdt,
                          double maintenanceMarginRate, double mmDeduction, String onStopBeyondLiquidation,
                          Double riskPerTradePct) {}
