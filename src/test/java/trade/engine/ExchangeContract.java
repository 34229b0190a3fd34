package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import trade.core.Side;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.ExecutionEvent.Filled;
import trade.engine.order.ExecutionEvent.PositionSnapshot;
import trade.engine.order.ExecutionEvent.Reason;
import trade.engine.order.ExecutionEvent.Trigger;
import trade.engine.order.OrderCommand;
import trade.engine.order.OrderCommand.OrderType;
import trade.engine.order.OrderCommand.Protection;
import trade.engine.order.OrderCommand.Size;
import trade.engine.order.OrderCommand.TimeInForce;
import trade.engine.order.OrderCommand.Timing;
import trade.engine.port.AccountTerms;
import trade.engine.port.ExecutionListener;
import trade.engine.port.ExecutionVenue;
import trade.engine.port.FundingRates;
import trade.core.Instrument;

/**
 * What every {@link ExecutionVenue} must do, whatever stands behind it (the simulator, Bybit
 * through the loopback fake): one compliance suite, one subclass per venue. A subclass builds a
 * venue wired to the suite's recording listener and lets the market trade one closed 1m candle;
 * the suite sends commands and checks the events that come back, their content and their order.
 * Times start at 01:00 UTC, far from a funding settlement, so no funding interferes.
 */
public abstract class ExchangeContract {
    protected static final String SYMBOL = "BTCUSDT";
    protected static final long T0 = 1_735_689_600_000L + 3_600_000L;
    protected static final Instrument BTC = new Instrument(0.1, 0.001, 0.001, 0, 5.0, 100, 0);
    protected static final double TAKER = 0.00055, MAKER = 0.0002, SLIPPAGE = 0.0002;

    /** A fresh venue trading on {@code terms} that reports every event to {@code listener}. */
    protected abstract ExecutionVenue newVenue(AccountTerms terms, ExecutionListener listener);

    /** Lets the market trade one closed 1m candle at {@code venue} (the simulator sees it; a real venue's market moves). */
    protected abstract void advance(ExecutionVenue venue, long openTimeMs, double open, double high, double low, double close);

    /** Waits until the venue has reported what the last command or candle caused (a synchronous venue has). */
    protected void settle() { }

    protected static AccountTerms terms(Instrument instrument) {
        return new AccountTerms(SYMBOL, 10_000, 1, TAKER, MAKER, SLIPPAGE, 0.00055, 0.005, 0, FundingRates.constant(0.0001), instrument);
    }

    private record Candle(long openTime, double open, double high, double low, double close) {}

    private final List<ExecutionEvent> events = new CopyOnWriteArrayList<>();
    private final List<Candle> candles = new ArrayList<>();
    private ExecutionVenue venue;
    private long now;

    @BeforeEach
    void openVenue() { start(terms(BTC)); }

    private void start(AccountTerms terms) {
        events.clear();
        candles.clear();
        now = T0;
        venue = newVenue(terms, events::add);
        candle(50_000, 50_050, 49_950, 50_000); // the market exists before the first order
    }

    private void send(OrderCommand command) {
        venue.execute(command);
        settle();
    }

    private void candle(double open, double high, double low, double close) {
        candles.add(new Candle(now, open, high, low, close));
        advance(venue, now, open, high, low, close);
        now += 60_000;
        settle();
    }

    private OrderCommand.Submit market(String id, Side side, double qty, boolean reduceOnly) {
        return new OrderCommand.Submit(id, SYMBOL, side, OrderType.MARKET, new Size.Quantity(qty), Double.NaN, TimeInForce.GTC,
                Timing.NEXT_CANDLE, reduceOnly, Protection.NONE, now);
    }

    private OrderCommand.Submit limit(String id, Side side, double qty, double price, Protection protection) {
        return new OrderCommand.Submit(id, SYMBOL, side, OrderType.LIMIT, new Size.Quantity(qty), price, TimeInForce.GTC,
                Timing.NEXT_CANDLE, false, protection, now);
    }

    private <E extends ExecutionEvent> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private List<Filled> fillsOf(String id) { return all(Filled.class).stream().filter(f -> id.equals(f.clientOrderId())).toList(); }

    private double filledQty(String id) { return fillsOf(id).stream().mapToDouble(Filled::qty).sum(); }

    private PositionSnapshot position() {
        List<PositionSnapshot> s = all(PositionSnapshot.class);
        assertTrue(!s.isEmpty(), "no position snapshot in " + events);
        return s.get(s.size() - 1);
    }

    private List<Reason> rejections(String id) {
        return all(ExecutionEvent.Rejected.class).stream().filter(r -> id.equals(r.clientOrderId())).map(ExecutionEvent.Rejected::reason).toList();
    }

    private int firstIndex(Predicate<ExecutionEvent> which) {
        for (int i = 0; i < events.size(); i++) if (which.test(events.get(i))) return i;
        return -1;
    }

    private PositionSnapshot snapshotAfter(int index) {
        for (int i = index + 1; i < events.size(); i++) if (events.get(i) instanceof PositionSnapshot p) return p;
        throw new AssertionError("no position snapshot after event " + index + ": " + events);
    }

    private int accepted(String id) { return firstIndex(e -> e instanceof ExecutionEvent.Accepted a && a.clientOrderId().equals(id)); }

    /** Every fill lies in its candle's range widened by the slippage, and pays its fee rate on its value. */
    private void assertFair(Filled f, double feeRate) {
        Candle c = candles.stream().filter(k -> k.openTime() == f.timeMs()).findFirst().orElseThrow(() -> new AssertionError("no candle at " + f));
        assertTrue(f.price() >= c.low() * (1 - SLIPPAGE) && f.price() <= c.high() * (1 + SLIPPAGE), f + " outside " + c);
        assertEquals(f.qty() * f.price() * feeRate, f.fee(), 1e-12 * f.qty() * f.price(), "fee of " + f);
    }

    @Test
    void aMarketOrderIsAcceptedThenFilledInsideTheNextCandle() {
        send(market("m1", Side.LONG, 0.1, false));
        assertTrue(fillsOf("m1").isEmpty(), "a next-candle market order filled before the market moved: " + events);
        candle(50_100, 50_200, 50_000, 50_150);
        Filled f = fillsOf("m1").get(0);
        assertEquals(Side.LONG, f.side());
        assertEquals(0.1, filledQty("m1"), 1e-12);
        assertEquals(ExecutionEvent.Liquidity.TAKER, f.liquidity());
        assertEquals(Trigger.ORDER, f.trigger());
        assertFair(f, TAKER);
        assertTrue(accepted("m1") >= 0 && accepted("m1") < events.indexOf(f), "Accepted before Filled: " + events);
        assertEquals(Side.LONG, position().side());
        assertEquals(0.1, position().qty(), 1e-12);
        assertEquals(f.price(), position().entryPrice(), 1e-9);
    }

    @Test
    void aLimitOrderFillsOnlyOnceTheMarketReachesIt() {
        send(limit("l1", Side.LONG, 0.1, 49_800, Protection.NONE));
        candle(50_000, 50_100, 49_900, 50_050);
        candle(50_050, 50_080, 49_850, 49_900);
        assertTrue(fillsOf("l1").isEmpty(), "a buy limit at 49 800 filled above it: " + events);
        candle(49_900, 49_950, 49_700, 49_750);
        Filled f = fillsOf("l1").get(0);
        assertEquals(49_800, f.price(), 1e-9, "a limit reached inside the candle fills at its price");
        assertEquals(ExecutionEvent.Liquidity.MAKER, f.liquidity());
        assertFair(f, MAKER);
    }

    @Test
    void aLimitOrderFillsAtTheBetterOpen() {
        send(limit("buy", Side.LONG, 0.1, 49_800, Protection.NONE));
        candle(49_700, 49_760, 49_600, 49_650);
        assertEquals(49_700, fillsOf("buy").get(0).price(), 1e-9, "a candle opening below a buy limit fills at the open");
        send(market("close", Side.SHORT, 0.1, true));
        candle(49_650, 49_700, 49_600, 49_650);
        assertEquals(0, position().qty());
        send(limit("sell", Side.SHORT, 0.1, 50_200, Protection.NONE));
        candle(50_300, 50_400, 50_250, 50_350);
        assertEquals(50_300, fillsOf("sell").get(0).price(), 1e-9, "a candle opening above a sell limit fills at the open");
    }

    @Test
    void anOrderBelowTheMinimumNotionalIsRejected() {
        start(terms(new Instrument(0.1, 0.001, 0.001, 0, 100.0, 100, 0)));
        send(market("tiny", Side.LONG, 0.001, false)); // 0.001 BTC ≈ 50 USDT, the instrument asks for 100
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(List.of(Reason.BELOW_MIN_NOTIONAL), rejections("tiny"));
        assertTrue(fillsOf("tiny").isEmpty());
    }

    @Test
    void anOrderWithoutTheMarginOrAReduceOnlyWithoutAPositionIsRejected() {
        send(market("big", Side.LONG, 1.0, false)); // 50 000 USDT at leverage 1 on 10 000 USDT
        send(market("r1", Side.SHORT, 0.1, true));
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(List.of(Reason.INSUFFICIENT_MARGIN), rejections("big"));
        assertEquals(List.of(Reason.REDUCE_ONLY_NO_POSITION), rejections("r1"));
        assertTrue(all(Filled.class).isEmpty(), events.toString());
    }

    @Test
    void aSecondEntryWhileAPositionIsOpenIsRejected() {
        send(market("e1", Side.LONG, 0.1, false));
        candle(50_000, 50_050, 49_950, 50_000);
        send(market("e2", Side.LONG, 0.05, false));
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(List.of(Reason.POSITION_OPEN), rejections("e2"));
        assertTrue(fillsOf("e2").isEmpty());
        assertEquals(0.1, position().qty(), 1e-12);
    }

    @Test
    void anEntryStillWorkingWhenAnotherOpensThePositionNeverAddsToIt() {
        send(market("first", Side.LONG, 0.1, false));
        send(market("second", Side.LONG, 0.05, false)); // both sent while flat; the first to fill opens the position
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(0.1, filledQty("first"), 1e-12);
        assertTrue(fillsOf("second").isEmpty(), "the second entry filled into the open position: " + events);
        assertEquals(0.1, position().qty(), 1e-12);
    }

    @Test
    void cancellingAWorkingOrderEndsItAndCancellingAnUnknownOneIsRejected() {
        send(limit("l1", Side.LONG, 0.1, 49_800, Protection.NONE));
        send(new OrderCommand.Cancel("l1", now));
        List<ExecutionEvent.Cancelled> cancelled = all(ExecutionEvent.Cancelled.class);
        assertEquals(1, cancelled.size(), events.toString());
        assertEquals("l1", cancelled.get(0).clientOrderId());
        assertEquals(Reason.CANCELLED_BY_CLIENT, cancelled.get(0).reason());
        candle(49_700, 49_750, 49_500, 49_600);
        assertTrue(fillsOf("l1").isEmpty(), "a cancelled order filled: " + events);
        send(new OrderCommand.Cancel("l1", now));
        send(new OrderCommand.Cancel("nobody", now));
        assertEquals(List.of(Reason.UNKNOWN_ORDER), rejections("l1"), "a cancelled order is no longer known");
        assertEquals(List.of(Reason.UNKNOWN_ORDER), rejections("nobody"));
    }

    @Test
    void amendingARestingLimitRepricesIt() {
        send(limit("l1", Side.LONG, 0.1, 49_000, Protection.NONE));
        candle(50_000, 50_050, 49_900, 49_950);
        send(new OrderCommand.Amend("l1", new Size.Quantity(0.1), 49_800, Protection.NONE, now));
        int amended = firstIndex(e -> e instanceof ExecutionEvent.Amended a && a.clientOrderId().equals("l1"));
        assertTrue(amended >= 0, events.toString());
        candle(49_950, 49_960, 49_750, 49_800); // reaches the new price, not the old one
        assertEquals(49_800, fillsOf("l1").get(0).price(), 1e-9);
        assertTrue(amended < events.indexOf(fillsOf("l1").get(0)), "Amended before Filled: " + events);
    }

    @Test
    void setProtectionMovesTheStopAndItTriggersThere() {
        send(limit("l1", Side.LONG, 0.1, 50_000, new Protection(49_000, 52_000, false, false, 50_000)));
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(49_000, position().stopLoss(), 1e-9);
        send(new OrderCommand.SetProtection(SYMBOL, 49_500, 51_000, now));
        assertEquals(49_500, position().stopLoss(), 1e-9, "the snapshot after the move shows the new stop");
        assertEquals(51_000, position().takeProfit(), 1e-9);
        candle(49_900, 49_950, 49_400, 49_450); // below the new stop, above the old one
        ExecutionEvent.Triggered t = all(ExecutionEvent.Triggered.class).get(0);
        assertEquals(Trigger.STOP_LOSS, t.trigger());
        assertEquals(49_500, t.level(), 1e-9);
        Filled stop = all(Filled.class).stream().filter(f -> f.trigger() == Trigger.STOP_LOSS).findFirst().orElseThrow();
        assertNull(stop.clientOrderId(), "a stop the venue held has no client order id");
        assertEquals(Side.SHORT, stop.side());
        assertEquals(0.1, stop.qty(), 1e-12);
        assertEquals(49_500 * (1 - SLIPPAGE), stop.price(), 1e-6, "a market stop fills at its level less slippage");
        assertFair(stop, TAKER);
        assertTrue(events.indexOf(t) < events.indexOf(stop), "Triggered before the stop's fill: " + events);
        assertEquals(0, position().qty());
    }

    @Test
    void setProtectionMovesTheTarget() {
        send(limit("l1", Side.LONG, 0.1, 50_000, new Protection(49_000, 52_000, false, false, 50_000)));
        candle(50_000, 50_050, 49_950, 50_000);
        send(new OrderCommand.SetProtection(SYMBOL, 49_000, 50_500, now));
        assertEquals(50_500, position().takeProfit(), 1e-9);
        candle(50_100, 50_600, 50_050, 50_550);
        ExecutionEvent.Triggered t = all(ExecutionEvent.Triggered.class).get(0);
        assertEquals(Trigger.TAKE_PROFIT, t.trigger());
        assertEquals(50_500, t.level(), 1e-9);
        assertEquals(0, position().qty());
    }

    @Test
    void aDuplicateClientOrderIdIsRefusedAndNeverFillsTwice() {
        send(market("dup", Side.LONG, 0.1, false));
        send(market("dup", Side.LONG, 0.1, false));
        assertEquals(List.of(Reason.DUPLICATE_CLIENT_ID), rejections("dup"));
        candle(50_000, 50_050, 49_950, 50_000);
        send(market("dup", Side.SHORT, 0.1, true)); // still the same id after the fill: refused, the position stays
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(1, fillsOf("dup").size(), events.toString());
        assertEquals(List.of(Reason.DUPLICATE_CLIENT_ID, Reason.DUPLICATE_CLIENT_ID), rejections("dup"));
        assertEquals(0.1, position().qty(), 1e-12);
    }

    @Test
    void reduceOnlyNeverFlipsThePosition() {
        send(market("e1", Side.LONG, 0.1, false));
        candle(50_000, 50_050, 49_950, 50_000);
        send(market("same", Side.LONG, 0.1, true));
        assertEquals(List.of(Reason.REDUCE_ONLY_NO_POSITION), rejections("same"), "a reduce-only order on the position's own side adds");
        send(market("x1", Side.SHORT, 0.3, true));
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(0.1, filledQty("x1"), 1e-12, "a reduce-only close bigger than the position closes exactly the position");
        assertEquals(0, position().qty());
        assertNull(position().side());
        candle(50_000, 50_050, 49_950, 50_000);
        assertEquals(0.1, filledQty("x1"), 1e-12);
    }

    @Test
    void aReduceOnlyLimitClosesThePositionAndNeverFlipsIt() {
        send(market("e1", Side.LONG, 0.1, false));
        candle(50_000, 50_050, 49_950, 50_000);
        send(new OrderCommand.Submit("x1", SYMBOL, Side.SHORT, OrderType.LIMIT, new Size.Quantity(0.15), 50_200, TimeInForce.GTC,
                Timing.NEXT_CANDLE, true, Protection.NONE, now));
        candle(50_000, 50_250, 49_980, 50_220);
        assertEquals(0.1, filledQty("x1"), 1e-12, "a reduce-only limit closes at most the position: " + events);
        assertEquals(0, position().qty(), "the position is flat, not short: " + position());
        assertNull(position().side());
    }

    @Test
    void eventsArriveInCausalOrder() {
        send(market("e1", Side.LONG, 0.1, false));
        candle(50_000, 50_050, 49_950, 50_000);
        send(new OrderCommand.SetProtection(SYMBOL, 49_500, 51_000, now));
        candle(49_900, 49_950, 49_400, 49_450);
        int entry = events.indexOf(fillsOf("e1").get(0));
        assertTrue(accepted("e1") >= 0 && accepted("e1") < entry, "Accepted before Filled: " + events);
        assertEquals(0.1, snapshotAfter(entry).qty(), 1e-12, "the first snapshot after the entry's fill shows the position");
        assertTrue(all(PositionSnapshot.class).stream().filter(p -> p.qty() > 0).allMatch(p -> events.indexOf(p) > entry), "a snapshot before its fill: " + events);
        int triggered = firstIndex(ExecutionEvent.Triggered.class::isInstance);
        Filled stop = all(Filled.class).stream().filter(f -> f.trigger() == Trigger.STOP_LOSS).findFirst().orElseThrow();
        assertTrue(entry < triggered && triggered < events.indexOf(stop), "entry, then Triggered, then the stop's fill: " + events);
        assertEquals(0, snapshotAfter(events.indexOf(stop)).qty(), "the first snapshot after the stop's fill is flat: " + events);
        for (int i = 1; i < events.size(); i++) assertTrue(events.get(i).timeMs() >= events.get(i - 1).timeMs(), "time runs backwards at " + i + ": " + events);
    }
}
