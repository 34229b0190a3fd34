package trade.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import trade.core.Candles;
import trade.core.Side;
import trade.engine.TradeRecord;
import trade.engine.port.BarWindow;
import trade.engine.port.ExchangePort;

/**
 * A simulated Bybit USDT perpetual account for one symbol and one position. Orders decided at a
 * bar's close execute at the next bar's first 1m open (market, with slippage and taker fee).
 * Stops and targets are checked on every 1m candle in time order; the stop wins when both are
 * inside one candle, and a candle that opens beyond a level fills at its open (gap-through).
 */
public final class SimExchange implements ExchangePort {
    private final String symbol;
    private final double taker;
    private final double slippage;
    private final List<TradeRecord> trades = new ArrayList<>();

    private double cash;
    private double markPrice;
    private OpenPosition position;
    private PendingEntry pendingEntry;
    private double pendingClosePercent;
    private int tradeCounter;

    /** A market entry waiting for the next bar's open. */
    private record PendingEntry(Side side, double notional, double referencePrice, double stopLoss, double takeProfit,
                                Map<String, Object> metadata) {}

    /**
     * @param takerBps    fee on market fills, basis points of notional
     * @param slippageBps price concession on market fills, basis points
     */
    public SimExchange(String symbol, double startingEquity, double takerBps, double slippageBps) {
        this.symbol = symbol;
        this.cash = startingEquity;
        this.taker = takerBps / 10_000;
        this.slippage = slippageBps / 10_000;
    }

    @Override
    public void stepBar(BarWindow bar) {
        Candles m = bar.minutes();
        int first = bar.firstMinute();
        if (position != null && pendingClosePercent > 0) {
            close(bar, pendingClosePercent, exitPrice(m.open(first)), m.openTime(first), "signal", "signal");
        }
        pendingClosePercent = 0;
        if (pendingEntry != null && position == null) open(bar, pendingEntry, m.open(first), m.openTime(first));
        pendingEntry = null;
        if (position != null) checkStops(bar);
        if (position != null) position.track(bar.high(), bar.low());
    }

    private void open(BarWindow bar, PendingEntry order, double open, long time) {
        int sign = order.side().sign();
        double fill = open * (1 + sign * slippage);
        double qty = order.notional() / fill;
        double fee = order.notional() * taker;
        cash -= fee;
        double shift = fill - order.referencePrice();
        position = new OpenPosition(order.side(), fill, qty, fee, order.stopLoss() + shift, order.takeProfit() + shift,
                time, bar.execBar(), order.metadata());
    }

    /** Walks the bar's 1m candles: stop first, then target; a candle opening beyond a level fills at its open. */
    private void checkStops(BarWindow bar) {
        Candles m = bar.minutes();
        boolean isLong = position.side == Side.LONG;
        double sl = position.stopLoss, tp = position.takeProfit;
        for (int k = bar.firstMinute(); k < bar.endMinute(); k++) {
            double open = m.open(k), high = m.high(k), low = m.low(k);
            if (!Double.isNaN(sl) && (isLong ? low <= sl : high >= sl)) {
                double level = isLong ? Math.min(open, sl) : Math.max(open, sl);
                close(bar, 100, exitPrice(level), m.openTime(k), "sl", level == sl ? "sl_level" : "gap_open");
                return;
            }
            if (!Double.isNaN(tp) && (isLong ? high >= tp : low <= tp)) {
                double level = isLong ? Math.max(open, tp) : Math.min(open, tp);
                close(bar, 100, exitPrice(level), m.openTime(k), "tp", level == tp ? "tp_level" : "gap_open");
                return;
            }
        }
    }

    /** A market exit pays slippage against the position. */
    private double exitPrice(double price) {
        return position.side == Side.LONG ? price * (1 - slippage) : price * (1 + slippage);
    }

    private void close(BarWindow bar, double percent, double price, long time, String reason, String source) {
        OpenPosition p = position;
        double fraction = percent >= 100 ? 1 : percent / 100;
        double qty = p.qty * fraction;
        double realized = p.side.sign() * (price - p.entryPrice) * qty;
        double exitFee = qty * price * taker;
        double entryFee = p.entryFeeLeft * fraction;
        cash += realized - exitFee;
        String id = String.format("trade_%03d", ++tradeCounter);
        trades.add(new TradeRecord(id, symbol, p.side, p.entryTime, p.entryPrice, qty, qty * p.entryPrice,
                time, price, reason, source, realized, entryFee + exitFee, 0.0, realized - entryFee - exitFee,
                p.stopLoss, p.takeProfit, p.entryBar, bar.execBar(), p.maePct(), p.mfePct(), p.metadata));
        if (fraction >= 1) {
            position = null;
        } else {
            p.qty -= qty;
            p.entryFeeLeft -= entryFee;
        }
    }

    @Override
    public void markToMarket(BarWindow bar) { markPrice = bar.close(); }

    @Override
    public int positionSign() { return position == null ? 0 : position.side.sign(); }

    @Override
    public double equity() {
        return position == null ? cash : cash + position.side.sign() * (markPrice - position.entryPrice) * position.qty;
    }

    @Override
    public void submitEntry(Side side, double notionalUsdt, double referencePrice, double stopLoss, double takeProfit,
                            int signalBar, Map<String, Object> metadata) {
        if (position != null || pendingEntry != null) return; // one position, no pyramiding
        pendingEntry = new PendingEntry(side, notionalUsdt, referencePrice, stopLoss, takeProfit, metadata);
    }

    @Override
    public void submitClose(double percent) {
        if (position != null) pendingClosePercent = percent;
    }

    @Override
    public void closeNow(BarWindow bar, double price, long timeMs, String reason) {
        if (position == null) return;
        close(bar, 100, exitPrice(price), timeMs, reason, "bar_close");
        markPrice = price;
    }

    @Override
    public List<TradeRecord> trades() { return List.copyOf(trades); }
}
