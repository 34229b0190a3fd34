package trade.play;

/**
 * Stop, target and size of each position. Stop and target are ROI percents of margin (the price
 * distance is pct / leverage); NaN when not set. {@code maxPositionPct} is the margin as a percent
 * of equity (percent_equity sizing).
 */
public record RiskSpec(double stopLossPct, double takeProfitPct, double maxPositionPct) {}
