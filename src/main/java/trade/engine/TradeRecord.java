package trade.engine;

import java.util.Map;
import trade.core.Side;

/**
 * One closed trade (or closed part of a position). Prices include slippage; {@code netPnl} =
 * {@code realizedPnl} − {@code feesPaid} + {@code fundingPnl}. Stop and target are NaN when the
 * position had none. Times are UTC epoch milliseconds; bar indices are exec-bar indices.
 */
public record TradeRecord(
        String tradeId, String symbol, Side side,
        long entryTimeMs, double entryPrice, double entryQty, double entrySizeUsdt,
        long exitTimeMs, double exitPrice, String exitReason, String exitPriceSource,
        double realizedPnl, double feesPaid, double fundingPnl, double netPnl,
        double stopLoss, double takeProfit,
        int entryBarIndex, int exitBarIndex,
        double maePct, double mfePct,
        Map<String, Object> metadata) {

    public TradeRecord {
        metadata = Map.copyOf(metadata);
    }

    /** Net PnL as a percent of the entry notional. */
    public double pnlPct() { return entrySizeUsdt == 0 ? 0 : netPnl / Math.abs(entrySizeUsdt) * 100; }

    public int durationBars() { return exitBarIndex - entryBarIndex; }
}
