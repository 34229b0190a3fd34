package trade.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import trade.core.Side;
import trade.engine.order.ExecutionEvent;

/**
 * The one ledger of a run, built only from a venue's events: cash, the open position (one-way
 * mode, one symbol), its share of entry fee and funding not yet booked, its stop and target as
 * the venue holds them, the price range it lived through (MAE/MFE), the orders still working,
 * and the closed trades. Equity = cash + unrealised PnL at the last 1m close.
 *
 * <p>A candle's range counts towards a position's excursion only when the position lived through
 * the candle's close: not on the candle a limit entry filled (its high may predate the fill), not
 * on the candle a stop or target closed it, but on the candle it was liquidated at the close.
 */
public final class Portfolio {
    /** What the core sent an order for: an entry (with its signal's metadata) or an exit (with its reason). */
    record WorkingOrder(boolean entry, Side side, int signalBar, long signalTimeMs, String exitReason, String priceSource,
                        Map<String, Object> metadata) {}

    private final String symbol;
    private final Map<String, WorkingOrder> working = new HashMap<>();
    private final Map<String, String> cancelReasons = new HashMap<>();
    /** Execution ids already booked: a venue that reports a fill twice (a reconnect replay) books it once. */
    private final java.util.Set<String> execIds = new java.util.HashSet<>();
    private final List<TradeRecord> trades = new ArrayList<>();
    private final List<MissedEntry> missed = new ArrayList<>();
    private double cash;
    private double mark;
    private int bar;
    private int tradeCounter;
    private int positionsOpened;
    private boolean liquidated;
    private boolean outOfSync;

    // the open position (side == null: flat)
    private Side side;
    private int sign;
    private double qty, entryPrice, entryFeeLeft, fundingLeft, stopLoss = Double.NaN, takeProfit = Double.NaN, highest, lowest;
    private long entryTime;
    private int entryBar;
    private Map<String, Object> metadata = Map.of();
    private boolean makerFillThisCandle;
    /** The liquidation fill waiting for its candle's close, which its excursion still includes. */
    private double liquidationPrice, liquidationFee;
    private long liquidationTime;
    private boolean liquidationPending;

    public Portfolio(String symbol, double startingCash) {
        this.symbol = symbol;
        this.cash = startingCash;
    }

    /** The exec bar being formed (fills and misses are booked against it). */
    void setBar(int bar) { this.bar = bar; }

    void track(String clientOrderId, WorkingOrder order) { working.put(clientOrderId, order); }

    /** The core asked to cancel {@code clientOrderId} for {@code reason}; the venue's confirmation records it. */
    void cancelling(String clientOrderId, String reason) { cancelReasons.put(clientOrderId, reason); }

    WorkingOrder workingOrder(String clientOrderId) { return working.get(clientOrderId); }

    /** Books one event. */
    public void apply(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.Accepted a -> { }
            case ExecutionEvent.Amended a -> { }
            case ExecutionEvent.Triggered t -> { }
            case ExecutionEvent.Rejected r -> miss(working.remove(r.clientOrderId()), r.timeMs(), r.reason().code());
            case ExecutionEvent.Cancelled c -> {
                String asked = cancelReasons.remove(c.clientOrderId());
                miss(working.remove(c.clientOrderId()), c.timeMs(), asked != null ? asked : c.reason().code());
            }
            case ExecutionEvent.Filled f -> fill(f);
            case ExecutionEvent.FundingApplied f -> {
                if (side == null) throw new IllegalStateException("funding of " + f.amount() + " USDT without a position");
                cash += f.amount();
                fundingLeft += f.amount();
            }
            case ExecutionEvent.Liquidated l -> {
                liquidated = true;
                liquidationPending = true;
                liquidationPrice = l.price();
                liquidationFee = l.fee();
                liquidationTime = l.timeMs();
                cash += sign * (l.price() - entryPrice) * qty - l.fee();
            }
            case ExecutionEvent.PositionSnapshot p -> sync(p);
        }
    }

    private void miss(WorkingOrder order, long timeMs, String reason) {
        if (order != null && order.entry()) missed.add(new MissedEntry(timeMs, bar, order.side(), reason));
    }

    private void fill(ExecutionEvent.Filled f) {
        if (!execIds.add(f.execId())) return;
        WorkingOrder order = f.clientOrderId() == null ? null : working.get(f.clientOrderId());
        if (order != null && f.leavesQty() == 0) working.remove(f.clientOrderId());
        if (side == null) {
            positionsOpened++;
            side = f.side();
            sign = side.sign();
            qty = f.qty();
            entryPrice = f.price();
            entryFeeLeft = f.fee();
            fundingLeft = 0;
            stopLoss = Double.NaN;
            takeProfit = Double.NaN;
            entryTime = f.timeMs();
            entryBar = bar;
            metadata = order == null ? Map.of() : order.metadata();
            highest = f.price();
            lowest = f.price();
            makerFillThisCandle = f.liquidity() == ExecutionEvent.Liquidity.MAKER;
            cash -= f.fee();
            mark = f.price();
            return;
        }
        if (f.side() == side) throw new IllegalStateException("a fill adding to the open " + side.label() + " position: the ledger holds one position and adds to none");
        String reason = switch (f.trigger()) {
            case STOP_LOSS -> "sl";
            case TAKE_PROFIT -> "tp";
            case ORDER -> order == null ? "unknown_order" : order.exitReason();
        };
        String source = f.priceSource() != null ? f.priceSource() : order == null ? "exchange" : order.priceSource();
        widen(f.price(), f.price());
        book(Math.min(f.qty(), qty), f.price(), f.timeMs(), reason, source, f.fee());
    }

    /** The venue's position must be the ledger's: a difference is a fault the run must not trade through. */
    private void sync(ExecutionEvent.PositionSnapshot p) {
        boolean flat = side == null || liquidationPending;
        if (p.qty() == 0 ? !flat : flat || p.side() != side || p.qty() != qty) {
            outOfSync = true;
            return;
        }
        if (!flat) {
            stopLoss = p.stopLoss();
            takeProfit = p.takeProfit();
        }
    }

    /**
     * Books the close of {@code closed}: realised PnL and the exit fee into cash, and one trade
     * record carrying its share of the entry fee and of the funding paid or received while open.
     */
    private void book(double closed, double price, long timeMs, String reason, String source, double exitFee) {
        double fraction = closed / qty;
        double realized = sign * (price - entryPrice) * closed;
        double entryFee = entryFeeLeft * fraction;
        double funding = fundingLeft * fraction;
        cash += realized - exitFee;
        record(closed, price, timeMs, reason, source, realized, entryFee, exitFee, funding);
        if (closed >= qty) {
            side = null;
        } else {
            qty -= closed;
            entryFeeLeft -= entryFee;
            fundingLeft -= funding;
        }
    }

    private void record(double closed, double price, long timeMs, String reason, String source, double realized,
                        double entryFee, double exitFee, double funding) {
        String id = String.format("trade_%03d", ++tradeCounter);
        trades.add(new TradeRecord(id, symbol, side, entryTime, entryPrice, closed, closed * entryPrice,
                timeMs, price, reason, source, realized, entryFee + exitFee, funding, realized - entryFee - exitFee + funding,
                stopLoss, takeProfit, entryBar, bar, maePct(), mfePct(), metadata));
    }

    /**
     * A 1m candle closed: the position that lived through it widens its range, a liquidation at
     * its close becomes a trade record, and the position is marked to the close.
     */
    void candleClosed(double high, double low, double close) {
        if (side != null && !makerFillThisCandle) widen(high, low);
        makerFillThisCandle = false;
        if (liquidationPending) {
            // cash was booked when the venue reported it
            double realized = sign * (liquidationPrice - entryPrice) * qty;
            record(qty, liquidationPrice, liquidationTime, "liquidation", "bankruptcy_price", realized, entryFeeLeft, liquidationFee, fundingLeft);
            side = null;
            liquidationPending = false;
        }
        if (side != null) mark = close;
    }

    /** Marks the open position to {@code price}. */
    void mark(double price) { mark = price; }

    private void widen(double high, double low) {
        highest = Math.max(highest, high);
        lowest = Math.min(lowest, low);
    }

    private double maePct() {
        return sign > 0 ? (entryPrice - lowest) / entryPrice * 100 : (highest - entryPrice) / entryPrice * 100;
    }

    private double mfePct() {
        return sign > 0 ? (highest - entryPrice) / entryPrice * 100 : (entryPrice - lowest) / entryPrice * 100;
    }

    public double cash() { return cash; }

    public double equity() { return side == null || liquidationPending ? cash : cash + sign * (mark - entryPrice) * qty; }

    /** 0 when flat, +1 long, -1 short. */
    public int positionSign() { return side == null || liquidationPending ? 0 : sign; }

    public double positionQty() { return side == null ? 0 : qty; }

    public double entryPrice() { return entryPrice; }

    /** How many positions were opened so far: tells one position from the next. */
    public int positionsOpened() { return positionsOpened; }

    public double stopLoss() { return stopLoss; }

    public double takeProfit() { return takeProfit; }

    public boolean liquidated() { return liquidated; }

    /** True once the venue reported a position the ledger does not hold. */
    public boolean outOfSync() { return outOfSync; }

    public List<TradeRecord> trades() { return List.copyOf(trades); }

    /** Entries the venue refused, cancelled or let expire, in the order it reported them. */
    public List<MissedEntry> missedEntries() { return List.copyOf(missed); }
}
