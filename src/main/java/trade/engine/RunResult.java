package trade.engine;

import java.util.List;
import trade.core.Timeframe;

/**
 * What one engine run produced: the trades in closing order, the equity curve, and the counters
 * the metrics need. {@code stopReason} is null when the run reached the end of its data, else one
 * of {@code liquidated}, {@code max_drawdown}, {@code equity_depleted}.
 */
public record RunResult(
        String playId, String symbol, Timeframe execTimeframe,
        double initialEquity, List<TradeRecord> trades, EquityCurve equity,
        int barsInPosition, String stopReason,
        long windowStartMs, long windowEndMs,
        long candlesProcessed) {

    public RunResult {
        trades = List.copyOf(trades);
    }

    public double finalEquity() { return equity.size() == 0 ? initialEquity : equity.equity()[equity.size() - 1]; }
}
