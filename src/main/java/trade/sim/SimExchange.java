package trade.sim;

import java.util.ArrayList;
import java.util.List;
import trade.core.Candles;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.MissedEntry;
import trade.engine.TradeRecord;
import trade.engine.port.AccountTerms;
import trade.engine.port.BarWindow;
import trade.engine.port.EntryOrder;
import trade.engine.port.ExchangePort;
import trade.engine.port.FundingRates;

/**
 * A simulated Bybit USDT perpetual account for one symbol and one position (one-way mode).
 *
 * <p>Everything happens on 1m candles in time order. Orders decided at a bar's close execute at
 * the next bar's first 1m open: a signal close, then a market entry (slippage, taker fee; stop
 * and target shift with the fill). A limit entry fills on the first later candle that reaches
 * its price, at the price or at the candle's open when that is already better (maker fee, no
 * slippage). On each candle of an open position: funding when the candle opens at 00:00, 08:00
 * or 16:00 UTC; the stop, then the target (the stop wins a same-candle tie; a candle opening
 * beyond a level fills at its open); then the trailing stop and break-even move on the candle's
 * close; then liquidation when the account's equity at that close (the mark) falls to the
 * maintenance margin, settled at the bankruptcy price with the liquidation fee.
 */
public final class SimExchange implements ExchangePort {
    private static final long FUNDING_INTERVAL_MS = 8 * 3_600_000L;

    private final String symbol;
    private final Instrument instrument;
    private final double taker, maker, slippage, liquidationFee, initialMarginRate, maintenanceRate, mmDeduction;
    private final FundingRates funding;
    private final List<TradeRecord> trades = new ArrayList<>();
    private final List<MissedEntry> missed = new ArrayList<>();

    private double cash;
    private double mark;
    private OpenPosition position;
    /** The entry not filled yet: a market order until the next open, a limit order until filled or ended. */
    private EntryOrder waiting;
    private double waitingPrice;
    private boolean waitingMetACandle;
    private double pendingClosePercent;
    private boolean liquidated;
    private int tradeCounter;

    public SimExchange(AccountTerms terms) {
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
    }

    @Override
    public void stepBar(BarWindow bar) {
        if (liquidated) return;
        Candles m = bar.minutes();
        int first = bar.firstMinute();
        for (int k = first; k < bar.endMinute(); k++) {
            if (position != null && m.openTime(k) % FUNDING_INTERVAL_MS == 0) fund(m.open(k), funding.rateAt(m.openTime(k)));
            if (k == first) {
                if (position != null && pendingClosePercent > 0) {
                    close(bar, pendingClosePercent, exitPrice(m.open(k)), m.openTime(k), "signal", "signal", taker);
                }
                pendingClosePercent = 0;
                if (waiting != null && !waiting.isLimit()) openAtMarket(bar, k);
            }
            boolean filledHere = false;
            if (waiting != null && waiting.isLimit()) filledHere = tryLimit(bar, k);
            if (position == null || exitOnStopOrTarget(bar, k, filledHere)) continue;
            if (!filledHere) position.track(m.high(k), m.low(k));
            position.followMark(m.close(k), bar.trailAtr());
            mark = m.close(k);
            if (equity() <= maintenanceMargin(mark)) {
                liquidate(bar, m.closeTime(k));
                return;
            }
        }
        if (waiting != null && waiting.expireAfterBars() > 0 && bar.execBar() - waiting.signalBar() >= waiting.expireAfterBars()) {
            drop(bar.closeTime(), bar.execBar(), "expired");
        }
    }

    private void openAtMarket(BarWindow bar, int k) {
        EntryOrder order = waiting;
        waiting = null;
        double fill = bar.minutes().open(k) * (1 + order.side().sign() * slippage);
        open(bar, k, order, fill, taker, fill - order.referencePrice());
    }

    /**
     * Offers the waiting limit entry to candle {@code k}; true when it filled there. On the first
     * candle it meets, a post-only order that would take liquidity (the open is at or through its
     * price) is rejected, and IOC/FOK orders that the candle does not reach are cancelled.
     */
    private boolean tryLimit(BarWindow bar, int k) {
        Candles m = bar.minutes();
        EntryOrder order = waiting;
        boolean firstCandle = !waitingMetACandle;
        waitingMetACandle = true;
        double open = m.open(k), limit = waitingPrice;
        boolean isLong = order.side() == Side.LONG;
        boolean opensThrough = isLong ? open <= limit : open >= limit;
        if (firstCandle && order.timeInForce() == EntryOrder.TimeInForce.POST_ONLY && opensThrough) {
            drop(m.openTime(k), bar.execBar(), "post_only_would_take_liquidity");
            return false;
        }
        if (isLong ? m.low(k) <= limit : m.high(k) >= limit) {
            waiting = null;
            open(bar, k, order, opensThrough ? open : limit, maker, 0);
            return position != null;
        }
        if (firstCandle && (order.timeInForce() == EntryOrder.TimeInForce.IOC || order.timeInForce() == EntryOrder.TimeInForce.FOK)) {
            drop(m.openTime(k), bar.execBar(), order.timeInForce().name().toLowerCase() + "_not_filled");
        }
        return false;
    }

    /**
     * Opens a position of the order's notional at {@code fill} (quantity rounded down to the step),
     * or refuses it below the instrument's minimum notional or without the initial margin plus fee.
     */
    private void open(BarWindow bar, int k, EntryOrder order, double fill, double feeRate, double shift) {
        long time = bar.minutes().openTime(k);
        double qty = instrument.quantity(order.notionalUsdt() / fill);
        double notional = qty * fill;
        if (!(qty > 0) || notional < instrument.minNotionalUsdt()) {
            missed.add(new MissedEntry(time, bar.execBar(), order.side(), "below_min_notional"));
            return;
        }
        double fee = notional * feeRate;
        if (notional * initialMarginRate + fee > cash) {
            missed.add(new MissedEntry(time, bar.execBar(), order.side(), "insufficient_margin"));
            return;
        }
        cash -= fee;
        position = new OpenPosition(order.side(), fill, qty, fee, instrument.price(order.stopLoss() + shift),
                instrument.price(order.takeProfit() + shift), time, bar.execBar(), order.metadata(), order.exits(), instrument);
        mark = fill;
    }

    /**
     * Stop first, then target, on candle {@code k}; true when the position closed. A level the
     * candle opens beyond fills at the open, otherwise at the level. Limit exits pay the maker fee
     * and no slippage, except a limit stop the candle opens beyond: its limit would never fill and
     * the position would stay unprotected, so it closes at the open like a market stop. On the
     * candle a limit entry filled, only the stop counts: the candle's high may predate the fill.
     */
    private boolean exitOnStopOrTarget(BarWindow bar, int k, boolean stopOnly) {
        Candles m = bar.minutes();
        OpenPosition p = position;
        double open = m.open(k);
        boolean isLong = p.sign > 0;
        double sl = p.stopLoss, tp = p.takeProfit;
        if (!Double.isNaN(sl) && (isLong ? m.low(k) <= sl : m.high(k) >= sl)) {
            boolean gapped = isLong ? open < sl : open > sl;
            boolean asLimit = p.exits.stopIsLimit() && !gapped;
            double level = gapped ? open : sl;
            close(bar, 100, asLimit ? level : exitPrice(level), m.openTime(k), "sl", gapped ? "gap_open" : "sl_level", asLimit ? maker : taker);
            return true;
        }
        if (!stopOnly && !Double.isNaN(tp) && (isLong ? m.high(k) >= tp : m.low(k) <= tp)) {
            boolean asLimit = p.exits.targetIsLimit();
            boolean gapped = isLong ? open > tp : open < tp;
            double level = gapped ? open : tp;
            close(bar, 100, asLimit ? level : exitPrice(level), m.openTime(k), "tp", gapped ? "gap_open" : "tp_level", asLimit ? maker : taker);
            return true;
        }
        return false;
    }

    /** A market exit pays slippage against the position. */
    private double exitPrice(double price) {
        return position.sign > 0 ? price * (1 - slippage) : price * (1 + slippage);
    }

    /** Funding at a settlement time: longs pay shorts {@code rate} × position value when the rate is positive. */
    private void fund(double price, double rate) {
        double amount = -position.sign * position.qty * price * rate;
        cash += amount;
        position.fundingLeft += amount;
    }

    private double maintenanceMargin(double price) {
        return Math.max(0, position.qty * price * (maintenanceRate + taker) - mmDeduction);
    }

    /**
     * Closes the whole position at the bankruptcy price, where its isolated initial margin is used
     * up once the liquidation fee is paid; the account is done after that.
     */
    private void liquidate(BarWindow bar, long time) {
        OpenPosition p = position;
        double bankruptcy = p.sign > 0
                ? Math.max(0, p.entryPrice * (1 - initialMarginRate) / (1 - liquidationFee))
                : p.entryPrice * (1 + initialMarginRate) / (1 + liquidationFee);
        book(bar, p.qty, bankruptcy, time, "liquidation", "bankruptcy_price", p.qty * bankruptcy * liquidationFee);
        liquidated = true;
        waiting = null;
    }

    private void close(BarWindow bar, double percent, double price, long time, String reason, String source, double feeRate) {
        OpenPosition p = position;
        double qty = percent >= 100 ? p.qty : Math.min(p.qty, instrument.quantity(p.qty * percent / 100));
        if (!(qty > 0)) return;
        p.track(price, price);
        book(bar, qty, price, time, reason, source, qty * price * feeRate);
    }

    /**
     * Books the close of {@code qty}: realized PnL and the exit fee into cash, and one trade record
     * carrying its share of the entry fee and of the funding paid or received while open.
     */
    private void book(BarWindow bar, double qty, double price, long time, String reason, String source, double exitFee) {
        OpenPosition p = position;
        double fraction = qty / p.qty;
        double realized = p.sign * (price - p.entryPrice) * qty;
        double entryFee = p.entryFeeLeft * fraction;
        double funding = p.fundingLeft * fraction;
        cash += realized - exitFee;
        String id = String.format("trade_%03d", ++tradeCounter);
        trades.add(new TradeRecord(id, symbol, p.side, p.entryTime, p.entryPrice, qty, qty * p.entryPrice,
                time, price, reason, source, realized, entryFee + exitFee, funding, realized - entryFee - exitFee + funding,
                p.stopLoss, p.takeProfit, p.entryBar, bar.execBar(), p.maePct(), p.mfePct(), p.metadata));
        if (qty >= p.qty) {
            position = null;
        } else {
            p.qty -= qty;
            p.entryFeeLeft -= entryFee;
            p.fundingLeft -= funding;
        }
    }

    private void drop(long time, int bar, String reason) {
        missed.add(new MissedEntry(time, bar, waiting.side(), reason));
        waiting = null;
    }

    @Override
    public void markToMarket(BarWindow bar) { mark = bar.close(); }

    @Override
    public int positionSign() { return position == null ? 0 : position.sign; }

    @Override
    public double equity() { return position == null ? cash : cash + position.unrealized(mark); }

    /** Cash balance: deposits, realized PnL, fees and funding (equity without the open position's PnL). */
    double cash() { return cash; }

    /** The open position or null, for the package's ledger checks. */
    OpenPosition position() { return position; }

    @Override
    public void submitEntry(EntryOrder order) {
        if (liquidated || position != null) return;
        // a newer signal re-prices the waiting entry (an amendment, as a trader would move a resting
        // order); one for the other side cancels it, which is worth recording
        if (waiting != null && waiting.side() != order.side()) drop(order.signalTimeMs(), order.signalBar(), "replaced_by_opposite_signal");
        waiting = order;
        waitingPrice = instrument.price(order.limitPrice());
        waitingMetACandle = false;
    }

    @Override
    public void submitClose(double percent) {
        if (position != null) pendingClosePercent = percent;
    }

    @Override
    public void closeNow(BarWindow bar, double price, long timeMs, String reason) {
        if (position == null) return;
        close(bar, 100, exitPrice(price), timeMs, reason, "bar_close", taker);
        mark = price;
    }

    @Override
    public boolean liquidated() { return liquidated; }

    @Override
    public List<TradeRecord> trades() { return List.copyOf(trades); }

    @Override
    public List<MissedEntry> missedEntries() { return List.copyOf(missed); }
}
