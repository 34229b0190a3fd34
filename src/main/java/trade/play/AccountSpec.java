package trade.play;

/** The {@code account:} block with defaults applied. Fees and slippage are in basis points. */
public record AccountSpec(double startingEquityUsdt, double maxLeverage, double maxDrawdownPct,
                          double takerBps, double makerBps, double slippageBps, double minTradeNotionalUsdt,
                          double maintenanceMarginRate, Double riskPerTradePct) {}
