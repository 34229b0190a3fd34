package trade.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.ExecutionEvent.Reason;
import trade.engine.order.OrderCommand;
import trade.engine.order.OrderCommand.OrderType;
import trade.engine.order.OrderCommand.TimeInForce;
import trade.engine.port.AccountTerms;
import trade.engine.port.ExecutionListener;
import trade.engine.port.FundingRates;
import trade.engine.port.SimulatedVenue;

/**
 * A matching engine for one Bybit USDT perpetual in one-way mode: it turns commands and closed
 * 1m candles into the events Bybit would send, and keeps the account's cash and position as the
 * exchange does (for margin and liquidation). It owns no trade records: the core's portfolio
 * builds those from the events.
 *
 * <p>On each candle, in order: funding when it opens at 00:00, 08:00 or 16:00 UTC; market orders
 * sent since the last candle fill at its open (slippage, taker fee; attached stop and target shift
 * with the fill); a resting limit order fills when the candle reaches its price, at the price or
 * at the open when that is already better (maker fee, no slippage); then the position's stop, then
 * its target (the stop wins a same-candle tie; a candle opening beyond a level fills at its open);
 * then liquidation when the equity at the close falls to the maintenance margin, settled at the
 * bankruptcy price with the liquidation fee. An {@code IMMEDIATE} market order fills at once at the
 * last close.
 */
public final class SimExchange implements SimulatedVenue {
    private static final long FUNDING_INTERVAL_MS = 8 * 3_600_000L;
    private static final long MINUTE_MS = 60_000L;

    private final String symbol;
    private final Instrument instrument;
    private final double taker, maker, slippage, liquidationFee, initialMarginRate, maintenanceRate, mmDeduction;
    private final FundingRates funding;
    private final ExecutionListener listener;
    private final Set<String> seenIds = new HashSet<>();
    /** Orders working at the venue, in the order they arrived. */
    private final List<Working> working = new ArrayList<>();

    private double cash;
    private double mark;
    private double lastClose = Double.NaN;
    private Side side;
    private double qty, entryPrice, stopLoss = Double.NaN, takeProfit = Double.NaN;
    private boolean stopIsLimit, targetIsLimit;
    private boolean liquidated;
    private long executions;

    /** An order resting at the venue (mutable: amendments change it). */
    private static final class Working {
        final OrderCommand.Submit order;
        OrderCommand.Size size;
        double limitPrice;
        OrderCommand.Protection protection;
        boolean metACandle;

        Working(OrderCommand.Submit order, double limitPrice) {
            this.order = order;
            this.size = order.size();
            this.limitPrice = limitPrice;
            this.protection = order.protection();
        }
    }

    public SimExchange(AccountTerms terms, ExecutionListener listener) {
        this.symbol = terms.symbol();
        this.instrument = terms.instrument();
        this.cash = terms.startingEquity();
        this.taker = terms.takerRate();
        this.maker = terms.makerRate();
        this.slippage = terms.slippageRate();
        this.liquidationFee = terms.liquidationFeeRate();
        this.initialMarginRate = 1 / terms.leverage();
        this.maintenanceRate = terms.maintenanceMarginRate();
        this.mmDeduction = terms.mmDeduction();
        this.funding = terms.funding();
        this.listener = listener;
    }

    @Override
    public String name() { return "simulated"; }

    @Override
    public void execute(OrderCommand command) {
        switch (command) {
            case OrderCommand.Submit s -> submit(s);
            case OrderCommand.Amend a -> amend(a);
            case OrderCommand.Cancel c -> {
                Working w = find(c.clientOrderId());
                if (w == null) {
                    emit(new ExecutionEvent.Rejected(c.clientOrderId(), Reason.UNKNOWN_ORDER, "no working order with this id", c.timeMs()));
                    return;
                }
                working.remove(w);
                emit(new ExecutionEvent.Cancelled(c.clientOrderId(), Reason.CANCELLED_BY_CLIENT, c.timeMs()));
            }
            case OrderCommand.CancelAll c -> {
                List<Working> all = List.copyOf(working);
                working.clear();
                for (Working w : all) emit(new ExecutionEvent.Cancelled(w.order.clientOrderId(), Reason.CANCELLED_BY_CLIENT, c.timeMs()));
            }
            case OrderCommand.SetProtection p -> {
                if (side == null) return;
                stopLoss = instrument.price(p.stopLoss());
                takeProfit = instrument.price(p.takeProfit());
                snapshot(p.timeMs());
            }
            case OrderCommand.SetLeverage l -> { } // sizing already used the Play's leverage; the simulator margins at the account's
        }
    }

    private void submit(OrderCommand.Submit s) {
        if (!seenIds.add(s.clientOrderId())) {
            emit(new ExecutionEvent.Rejected(s.clientOrderId(), Reason.DUPLICATE_CLIENT_ID, "client order id already used", s.timeMs()));
            return;
        }
        if (liquidated) {
            emit(new ExecutionEvent.Rejected(s.clientOrderId(), Reason.ACCOUNT_LIQUIDATED, "the account was liquidated", s.timeMs()));
            return;
        }
        if (s.reduceOnly() && (side == null || s.side() == side)) {
            emit(new ExecutionEvent.Rejected(s.clientOrderId(), Reason.REDUCE_ONLY_NO_POSITION, "nothing to reduce", s.timeMs()));
            return;
        }
        if (!s.reduceOnly() && side != null) {
            emit(new ExecutionEvent.Rejected(s.clientOrderId(), Reason.POSITION_OPEN,
                    "the simulator holds one position and adds to none; close it first", s.timeMs()));
            return;
        }
        emit(new ExecutionEvent.Accepted(s.clientOrderId(), s.timeMs()));
        Working w = new Working(s, s.type() == OrderType.LIMIT ? instrument.price(s.limitPrice()) : Double.NaN);
        if (s.type() == OrderType.MARKET && s.timing() == OrderCommand.Timing.IMMEDIATE) {
            if (Double.isNaN(lastClose)) throw new IllegalStateException("an immediate order before the first candle");
            fillMarket(w, lastClose, s.timeMs(), "bar_close");
            return;
        }
        working.add(w);
    }

    private void amend(OrderCommand.Amend a) {
        Working w = find(a.clientOrderId());
        if (w == null) {
            emit(new ExecutionEvent.Rejected(a.clientOrderId(), Reason.UNKNOWN_ORDER, "no working order with this id", a.timeMs()));
            return;
        }
        w.size = a.size();
        if (!Double.isNaN(a.limitPrice())) w.limitPrice = instrument.price(a.limitPrice());
        w.protection = a.protection();
        w.metACandle = false; // an amended order meets the book anew (post-only and IOC are checked again)
        emit(new ExecutionEvent.Amended(a.clientOrderId(), a.timeMs()));
    }

    private Working find(String clientOrderId) {
        for (Working w : working) if (w.order.clientOrderId().equals(clientOrderId)) return w;
        return null;
    }

    @Override
    public void onCandle(long openTime, double open, double high, double low, double close, double volume) {
        if (liquidated) return;
        if (side != null && openTime % FUNDING_INTERVAL_MS == 0) fund(open, funding.rateAt(openTime), openTime);
        boolean filledHere = false;
        if (!working.isEmpty()) {
            for (int i = 0; i < working.size(); ) {
                Working w = working.get(i);
                if (w.order.type() == OrderType.MARKET) {
                    working.remove(i);
                    fillMarket(w, open, openTime, null);
                } else {
                    i++;
                }
            }
            for (int i = 0; i < working.size(); ) {
                Working w = working.get(i);
                int before = working.size();
                filledHere |= tryLimit(w, openTime, open, high, low);
                if (working.size() == before) i++;
            }
        }
        lastClose = close;
        if (side == null || exitOnStopOrTarget(openTime, open, high, low, filledHere)) return;
        mark = close;
        if (equity() <= maintenanceMargin(mark)) liquidate(openTime + MINUTE_MS);
    }

    /**
     * Fills a market order at {@code price} ({@code priceSource} null: at a candle's open). An
     * entry's quantity is its notional at the fill, rounded down to the step; a reduce-only order
     * closes at most the position.
     */
    private void fillMarket(Working w, double price, long timeMs, String priceSource) {
        OrderCommand.Submit s = w.order;
        if (s.reduceOnly()) {
            if (side != null && s.side() != side) price = exitPrice(price);
            reduce(w, price, timeMs, priceSource, ExecutionEvent.Liquidity.TAKER, taker);
            return;
        }
        double fill = price * (1 + s.side().sign() * slippage);
        open(w, fill, timeMs, taker, ExecutionEvent.Liquidity.TAKER, fill - w.protection.referencePrice());
    }

    /** Closes at most the position with a reduce-only order; one that finds nothing to reduce is cancelled. */
    private void reduce(Working w, double price, long timeMs, String priceSource, ExecutionEvent.Liquidity liquidity, double feeRate) {
        OrderCommand.Submit s = w.order;
        if (side == null || s.side() == side) {
            emit(new ExecutionEvent.Cancelled(s.clientOrderId(), Reason.REDUCE_ONLY_NO_POSITION, timeMs));
            return;
        }
        double wanted = switch (w.size) {
            case OrderCommand.Size.Quantity q -> q.qty();
            case OrderCommand.Size.Notional n -> instrument.quantity(n.usdt() / price);
        };
        close(s.clientOrderId(), Math.min(qty, wanted), price, timeMs, ExecutionEvent.Trigger.ORDER, priceSource, liquidity, feeRate);
    }

    /**
     * Offers a resting limit order to a candle; true when it filled there. On the first candle it
     * meets, a post-only order that would take liquidity (the open is at or through its price) is
     * cancelled, and IOC/FOK orders that the candle does not reach are cancelled.
     */
    private boolean tryLimit(Working w, long openTime, double open, double high, double low) {
        boolean firstCandle = !w.metACandle;
        w.metACandle = true;
        double limit = w.limitPrice;
        boolean buy = w.order.side() == Side.LONG;
        boolean opensThrough = buy ? open <= limit : open >= limit;
        TimeInForce tif = w.order.timeInForce();
        if (firstCandle && tif == TimeInForce.POST_ONLY && opensThrough) {
            working.remove(w);
            emit(new ExecutionEvent.Cancelled(w.order.clientOrderId(), Reason.POST_ONLY_WOULD_TAKE, openTime));
            return false;
        }
        if (buy ? low <= limit : high >= limit) {
            working.remove(w);
            if (w.order.reduceOnly()) {
                reduce(w, opensThrough ? open : limit, openTime, null, ExecutionEvent.Liquidity.MAKER, maker);
                return false;
            }
            open(w, opensThrough ? open : limit, openTime, maker, ExecutionEvent.Liquidity.MAKER, 0);
            return side != null;
        }
        if (firstCandle && (tif == TimeInForce.IOC || tif == TimeInForce.FOK)) {
            working.remove(w);
            emit(new ExecutionEvent.Cancelled(w.order.clientOrderId(), tif == TimeInForce.IOC ? Reason.IOC_NOT_FILLED : Reason.FOK_NOT_FILLED, openTime));
        }
        return false;
    }

    /**
     * Opens a position at {@code fill}, or refuses the order below the instrument's minimum
     * notional or without the initial margin plus fee.
     */
    private void open(Working w, double fill, long timeMs, double feeRate, ExecutionEvent.Liquidity liquidity, double shift) {
        OrderCommand.Submit s = w.order;
        if (side != null) {
            // one position per symbol: an entry still working when another opened it never adds to it
            emit(new ExecutionEvent.Rejected(s.clientOrderId(), Reason.POSITION_OPEN, "a position is already open", timeMs));
            return;
        }
        double size = switch (w.size) {
            case OrderCommand.Size.Quantity q -> instrument.quantity(q.qty());
            case OrderCommand.Size.Notional n -> instrument.quantity(n.usdt() / fill);
        };
        double notional = size * fill;
        if (!(size > 0) || notional < instrument.minNotionalUsdt()) {
            emit(new ExecutionEvent.Rejected(s.clientOrderId(), Reason.BELOW_MIN_NOTIONAL, "order value " + notional + " USDT", timeMs));
            return;
        }
        double fee = notional * feeRate;
        if (notional * initialMarginRate + fee > cash) {
            emit(new ExecutionEvent.Rejected(s.clientOrderId(), Reason.INSUFFICIENT_MARGIN, "margin plus fee above the cash of " + cash + " USDT", timeMs));
            return;
        }
        cash -= fee;
        side = s.side();
        qty = size;
        entryPrice = fill;
        stopLoss = instrument.price(w.protection.stopLoss() + shift);
        takeProfit = instrument.price(w.protection.takeProfit() + shift);
        stopIsLimit = w.protection.stopIsLimit();
        targetIsLimit = w.protection.targetIsLimit();
        mark = fill;
        emit(new ExecutionEvent.Filled(s.clientOrderId(), execId(), symbol, side, fill, size, 0, fee, liquidity, ExecutionEvent.Trigger.ORDER, null, timeMs));
        snapshot(timeMs);
    }

    /**
     * Stop first, then target; true when the position closed. A level the candle opens beyond
     * fills at the open, otherwise at the level. Limit exits pay the maker fee and no slippage,
     * except a limit stop the candle opens beyond: its limit would never fill and the position
     * would stay unprotected, so it closes at the open like a market stop. On the candle a limit
     * entry filled, only the stop counts: the candle's high may predate the fill.
     */
    private boolean exitOnStopOrTarget(long openTime, double open, double high, double low, boolean stopOnly) {
        boolean isLong = side == Side.LONG;
        double sl = stopLoss, tp = takeProfit;
        if (!Double.isNaN(sl) && (isLong ? low <= sl : high >= sl)) {
            boolean gapped = isLong ? open < sl : open > sl;
            boolean asLimit = stopIsLimit && !gapped;
            double level = gapped ? open : sl;
            emit(new ExecutionEvent.Triggered(symbol, ExecutionEvent.Trigger.STOP_LOSS, sl, openTime));
            close(null, qty, asLimit ? level : exitPrice(level), openTime, ExecutionEvent.Trigger.STOP_LOSS, gapped ? "gap_open" : "sl_level",
                    asLimit ? ExecutionEvent.Liquidity.MAKER : ExecutionEvent.Liquidity.TAKER, asLimit ? maker : taker);
            return true;
        }
        if (!stopOnly && !Double.isNaN(tp) && (isLong ? high >= tp : low <= tp)) {
            boolean gapped = isLong ? open > tp : open < tp;
            double level = gapped ? open : tp;
            emit(new ExecutionEvent.Triggered(symbol, ExecutionEvent.Trigger.TAKE_PROFIT, tp, openTime));
            close(null, qty, targetIsLimit ? level : exitPrice(level), openTime, ExecutionEvent.Trigger.TAKE_PROFIT, gapped ? "gap_open" : "tp_level",
                    targetIsLimit ? ExecutionEvent.Liquidity.MAKER : ExecutionEvent.Liquidity.TAKER, targetIsLimit ? maker : taker);
            return true;
        }
        return false;
    }

    /** A market exit pays slippage against the position. */
    private double exitPrice(double price) {
        return side == Side.LONG ? price * (1 - slippage) : price * (1 + slippage);
    }

    /** Funding at a settlement time: longs pay shorts {@code rate} × position value when the rate is positive. */
    private void fund(double price, double rate, long timeMs) {
        double amount = -side.sign() * qty * price * rate;
        cash += amount;
        emit(new ExecutionEvent.FundingApplied(symbol, rate, amount, timeMs));
    }

    private double maintenanceMargin(double price) {
        return Math.max(0, qty * price * (maintenanceRate + taker) - mmDeduction);
    }

    /**
     * Closes the whole position at the bankruptcy price, where its isolated initial margin is used
     * up once the liquidation fee is paid; the account is done after that.
     */
    private void liquidate(long timeMs) {
        int sign = side.sign();
        double bankruptcy = sign > 0
                ? Math.max(0, entryPrice * (1 - initialMarginRate) / (1 - liquidationFee))
                : entryPrice * (1 + initialMarginRate) / (1 + liquidationFee);
        double fee = qty * bankruptcy * liquidationFee;
        cash += sign * (bankruptcy - entryPrice) * qty - fee;
        liquidated = true;
        emit(new ExecutionEvent.Liquidated(symbol, side, bankruptcy, qty, fee, timeMs));
        side = null;
        emit(new ExecutionEvent.PositionSnapshot(symbol, null, 0, 0, Double.NaN, Double.NaN, timeMs));
        List<Working> left = List.copyOf(working);
        working.clear();
        for (Working w : left) emit(new ExecutionEvent.Cancelled(w.order.clientOrderId(), Reason.ACCOUNT_LIQUIDATED, timeMs));
    }

    private void close(String clientOrderId, double closed, double price, long timeMs, ExecutionEvent.Trigger trigger, String priceSource,
                       ExecutionEvent.Liquidity liquidity, double feeRate) {
        if (!(closed > 0)) return;
        Side closing = side == Side.LONG ? Side.SHORT : Side.LONG;
        double fee = closed * price * feeRate;
        cash += side.sign() * (price - entryPrice) * closed - fee;
        if (closed >= qty) {
            side = null;
            stopLoss = Double.NaN;
            takeProfit = Double.NaN;
        } else {
            qty -= closed;
        }
        emit(new ExecutionEvent.Filled(clientOrderId, execId(), symbol, closing, price, closed, 0, fee, liquidity, trigger, priceSource, timeMs));
        snapshot(timeMs);
    }

    private void snapshot(long timeMs) {
        emit(side == null ? new ExecutionEvent.PositionSnapshot(symbol, null, 0, 0, Double.NaN, Double.NaN, timeMs)
                : new ExecutionEvent.PositionSnapshot(symbol, side, qty, entryPrice, stopLoss, takeProfit, timeMs));
    }

    private String execId() { return "sim-" + ++executions; }

    private void emit(ExecutionEvent event) { listener.onExecution(event); }

    private double equity() { return side == null ? cash : cash + side.sign() * (mark - entryPrice) * qty; }

    /** Cash balance: deposits, realised PnL, fees and funding (equity without the open position's PnL). */
    public double cash() { return cash; }
}
