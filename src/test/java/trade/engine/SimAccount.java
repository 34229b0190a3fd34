package trade.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import trade.core.Side;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand;
import trade.engine.order.OrderCommand.Protection;
import trade.engine.port.AccountTerms;
import trade.core.Instrument;
import trade.sim.SimExchange;

/**
 * Test fixture: a {@link SimExchange} and the {@link Portfolio} built from its events, driven by
 * hand the way {@link StrategyCore} drives them, so simulator tests can place orders of their own
 * without a Play. Per 1m candle, as {@code StrategyCore.onCandle} after {@code BacktestDriver}
 * showed the venue the candle: the venue matches it, the portfolio takes its range and close,
 * then the protective stops may send a {@code SetProtection}. At an exec bar's close, as
 * {@code StrategyCore.execClose}: the bar is booked, a resting entry past its expiry is cancelled,
 * the position is marked. Entries and signal exits are the commands {@code StrategyCore.act}
 * sends for a decision; {@link #finish} is {@code StrategyCore.finish}'s end-of-data close.
 *
 * <p>Unlike the core, which has one exit plan for a whole run, each entry here carries its own
 * (the plan of the entry that opened a position governs its trailing stop and break-even), and
 * the account keeps feeding the venue after a liquidation (the core stops), so tests can show
 * that the venue refuses to trade on.
 */
public final class SimAccount {
    /**
     * An entry decided at the close of exec bar {@code signalBar} ({@code signalTimeMs}): a market
     * order ({@code limitPrice} NaN) or a limit order, with its time in force and expiry (0 =
     * never), stop and target priced off {@code referencePrice} (NaN: none), and the exit plan of
     * the position it opens.
     */
    public record Entry(Side side, double notionalUsdt, double limitPrice, OrderCommand.TimeInForce timeInForce, int expireAfterBars,
                        double referencePrice, double stopLoss, double takeProfit, ExitPlan exits,
                        int signalBar, long signalTimeMs, Map<String, Object> metadata) {
        public boolean isLimit() { return !Double.isNaN(limitPrice); }
    }

    private final String symbol;
    private final Instrument instrument;
    private final Portfolio portfolio;
    private final SimExchange venue;
    private final ClientOrderIds ids;
    private final List<ExecutionEvent> events = new ArrayList<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private String entryOrderId;
    /** The order whose fill opened the position (its entry's exit plan applies). */
    private String openedBy;
    private ProtectiveStops stops;
    private int stopsForPosition = -1;
    private double trailAtr = Double.NaN;
    private int bar;
    private long lastCloseTime;

    public SimAccount(AccountTerms terms) {
        this.symbol = terms.symbol();
        this.instrument = terms.instrument();
        this.portfolio = new Portfolio(symbol, terms.startingEquity());
        this.ids = new ClientOrderIds("SIM_ACCOUNT", symbol);
        this.venue = new SimExchange(terms, this::onExecution);
    }

    /** As {@code StrategyCore.onExecution}: every event into the ledger, which must agree with the venue. */
    private void onExecution(ExecutionEvent event) {
        events.add(event);
        if (event instanceof ExecutionEvent.Filled f && portfolio.positionQty() == 0) openedBy = f.clientOrderId();
        portfolio.apply(event);
        if (portfolio.outOfSync()) throw new IllegalStateException("the venue reports a position the ledger does not hold: " + event);
    }

    /** Exec bar {@code bar} starts; the trailing stop reads {@code trailAtr}, the ATR at the close of the bar before. */
    public void barOpened(int bar, double trailAtr) {
        this.bar = bar;
        this.trailAtr = trailAtr;
        portfolio.setBar(bar);
    }

    /** One closed 1m candle: the venue, then the ledger, then the stop (StrategyCore.onCandle). */
    public void candle(long openTime, double open, double high, double low, double close, double volume) {
        venue.onCandle(openTime, open, high, low, close, volume);
        portfolio.candleClosed(high, low, close);
        if (portfolio.positionSign() != 0) followStop(close, openTime + 60_000L);
    }

    /** The exec bar closed at {@code closeTime}: expiry of a resting entry, then the mark (StrategyCore.execClose). */
    public void barClosed(int bar, long closeTime, double close) {
        this.bar = bar;
        lastCloseTime = closeTime;
        portfolio.setBar(bar);
        Entry resting = entryOrderId == null || portfolio.workingOrder(entryOrderId) == null ? null : entries.get(entryOrderId);
        if (resting != null && resting.expireAfterBars() > 0 && bar - resting.signalBar() >= resting.expireAfterBars()) {
            cancel(entryOrderId, "expired", closeTime);
        }
        portfolio.mark(close);
    }

    /** As {@code StrategyCore.followStop}, with the exit plan of the entry that opened the position. */
    private void followStop(double close, long timeMs) {
        if (stopsForPosition != portfolio.positionsOpened()) {
            stopsForPosition = portfolio.positionsOpened();
            Entry opened = openedBy == null ? null : entries.get(openedBy);
            stops = new ProtectiveStops(opened == null ? ExitPlan.NONE : opened.exits(), instrument);
            stops.reset(portfolio.positionSign(), portfolio.entryPrice());
        }
        if (!stops.active()) return;
        double stop = portfolio.stopLoss();
        double moved = stops.follow(stop, close, trailAtr);
        if (Double.compare(moved, stop) != 0) send(new OrderCommand.SetProtection(symbol, moved, portfolio.takeProfit(), timeMs));
    }

    /**
     * An entry decision, sent as {@code StrategyCore.act} sends it: a newer limit entry on the side
     * of the resting one amends it, any other cancels it ({@code replaced_by_opposite_signal}) and
     * goes in as a new order. The actions decide entries only while flat ({@code ActionPlan}), so
     * an entry while a position is open is no decision and sends nothing.
     */
    public void submitEntry(Entry e) {
        if (portfolio.positionSign() != 0) return;
        long time = e.signalTimeMs();
        Protection protection = new Protection(e.stopLoss(), e.takeProfit(), e.exits().stopIsLimit(), e.exits().targetIsLimit(), e.referencePrice());
        OrderCommand.Size size = new OrderCommand.Size.Notional(e.notionalUsdt());
        Portfolio.WorkingOrder order = new Portfolio.WorkingOrder(true, e.side(), e.signalBar(), time, null, null, e.metadata());
        Portfolio.WorkingOrder resting = entryOrderId == null ? null : portfolio.workingOrder(entryOrderId);
        if (resting != null && resting.side() == e.side() && e.isLimit()) {
            portfolio.track(entryOrderId, order);
            entries.put(entryOrderId, e);
            send(new OrderCommand.Amend(entryOrderId, size, e.limitPrice(), protection, time));
            return;
        }
        if (resting != null) cancel(entryOrderId, "replaced_by_opposite_signal", time);
        String id = ids.next(time, e.side() == Side.LONG ? "EL" : "ES");
        portfolio.track(id, order);
        entries.put(id, e);
        entryOrderId = id;
        send(new OrderCommand.Submit(id, symbol, e.side(), e.isLimit() ? OrderCommand.OrderType.LIMIT : OrderCommand.OrderType.MARKET, size,
                e.isLimit() ? e.limitPrice() : Double.NaN, e.timeInForce(), OrderCommand.Timing.NEXT_CANDLE, false, protection, time));
    }

    /**
     * A signal exit of {@code percent} % of the position at the next candle's open, sent as
     * {@code StrategyCore.act} sends it (exits are decided only while a position is open).
     */
    public void submitClose(double percent) {
        if (portfolio.positionSign() == 0) return;
        double held = portfolio.positionQty();
        double qty = percent >= 100 ? held : Math.min(held, instrument.quantity(held * percent / 100));
        if (!(qty > 0)) return;
        Side closing = portfolio.positionSign() > 0 ? Side.SHORT : Side.LONG;
        String id = ids.next(lastCloseTime, portfolio.positionSign() > 0 ? "XL" : "XS");
        portfolio.track(id, new Portfolio.WorkingOrder(false, closing, bar, lastCloseTime, "signal", "signal", Map.of()));
        send(new OrderCommand.Submit(id, symbol, closing, OrderCommand.OrderType.MARKET, new OrderCommand.Size.Quantity(qty), Double.NaN,
                OrderCommand.TimeInForce.GTC, OrderCommand.Timing.NEXT_CANDLE, true, Protection.NONE, lastCloseTime));
    }

    /** The end of the data after exec bar {@code lastBar}: an open position closes at once at the last close (StrategyCore.finish). */
    public void finish(int lastBar, long lastBarTime) {
        if (portfolio.positionSign() == 0) return;
        portfolio.setBar(lastBar);
        closeNow("end_of_data", lastBar, lastBarTime);
    }

    /** As {@code StrategyCore.closeNow}: the whole position, reduce-only, filled at the last close. */
    private void closeNow(String reason, int bar, long timeMs) {
        Side closing = portfolio.positionSign() > 0 ? Side.SHORT : Side.LONG;
        String id = ids.next(timeMs, "RK");
        portfolio.track(id, new Portfolio.WorkingOrder(false, closing, bar, timeMs, reason, "bar_close", Map.of()));
        send(new OrderCommand.Submit(id, symbol, closing, OrderCommand.OrderType.MARKET, new OrderCommand.Size.Quantity(portfolio.positionQty()),
                Double.NaN, OrderCommand.TimeInForce.GTC, OrderCommand.Timing.IMMEDIATE, true, Protection.NONE, timeMs));
    }

    private void cancel(String clientOrderId, String reason, long timeMs) {
        portfolio.cancelling(clientOrderId, reason);
        send(new OrderCommand.Cancel(clientOrderId, timeMs));
    }

    /** Sends a command straight to the venue, as the core would; its events reach the ledger. */
    public void send(OrderCommand command) { venue.execute(command); }

    public Portfolio portfolio() { return portfolio; }

    public SimExchange venue() { return venue; }

    /** Every event the venue reported, in order. */
    public List<ExecutionEvent> events() { return List.copyOf(events); }

    public List<TradeRecord> trades() { return portfolio.trades(); }

    public List<MissedEntry> missedEntries() { return portfolio.missedEntries(); }

    public double cash() { return portfolio.cash(); }

    public double equity() { return portfolio.equity(); }

    public int positionSign() { return portfolio.positionSign(); }

    public boolean liquidated() { return portfolio.liquidated(); }
}
