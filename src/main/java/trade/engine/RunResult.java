package trade.engine;

import java.util.List;
import trade.core.Timeframe;

/**
 * What one engine run produced: the trades in closing order, the equity curve, and the counters
 * the metrics need. {@code stopReason} is null when the run reached the end of its data, else one
 * of {@code liquidated}, {@code max_drawdown}, {@code equity_depleted}. {@code missedEntries} are
 * the entry signals that did not open a position, in time order.
 */
public record RunResult(
        String playId, String symbol, Timeframe execTimeframe,
        double initialEquity, List<TradeRecord> trades, EquityCurve equity,
        int barsInPosition, String stopReason,
        long windowStartMs, long windowEndMs,
        long candlesProcessed, List<MissedEntry> missedEntries) {

    public RunResult {
        trades = List.copyOf(trades);
        missedEntries = List.copyOf(missedEntries);
    }

    /** A run whose every entry signal opened a position. */
    public RunResult(String playId, String symbol, Timeframe execTimeframe, double initialEquity, List<TradeRecord> trades,
                     EquityCurve equity, int barsInPosition, String stopReason, long windowStartMs, long windowEndMs,
                     long candlesProcessed) {
        this(playId, symbol, execTimeframe, initialEquity, trades, equity, barsInPosition, stopReason, windowStartMs, windowEndMs,
                candlesProcessed, List.of());
    }

    public double finalEquity() { return equity.size() == 0 ? initialEquity : equity.equity()[equity.size() - 1]; }
}
