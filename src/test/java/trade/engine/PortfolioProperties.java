package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import trade.core.Side;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand;
import trade.engine.order.OrderCommand.OrderType;
import trade.engine.order.OrderCommand.Protection;
import trade.engine.order.OrderCommand.Size;
import trade.engine.order.OrderCommand.TimeInForce;
import trade.engine.order.OrderCommand.Timing;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;
import trade.core.Instrument;
import trade.play.InstrumentTable;
import trade.sim.SimExchange;

/*
 * Invariants of the ledger, on random but valid sessions: random 1m candles (walks with gaps,
 * jumps onto the 8-hourly funding settlements) and, at each close, a random command of the kind
 * the core sends (market and limit entries of every time in force with or without a stop and a
 * target, amendments and cancels of a resting entry, partial and full reduce-only closes, some
 * bigger than the position, immediate closes, stop and target moves) under random leverage (up
 * to 50, so accounts get liquidated) and funding rates of either sign. The simulator's events go
 * into a Portfolio, as in a run:
 *  - after every event the ledger's equity is its cash plus the open position's PnL at the mark
 *    (the last 1m close, or the entry's fill price before the first close);
 *  - after every event the ledger's cash is the simulator's cash, bit for bit;
 *  - the position's quantity is never negative, and a reduce-only fill leaves the position flat
 *    or on its side, never flipped;
 *  - once everything is closed, the trades' fees add up to the fills' fees (entry, exit and
 *    liquidation fee), their funding to the FundingApplied amounts, and their net PnL to the cash
 *    change, each within 1e-9 of the sum of the absolute amounts.
 */
class PortfolioProperties {
    private static final long START = 1_735_689_600_000L + 60_000L;
    private static final long EIGHT_HOURS = 8 * 3_600_000L;
    private static final double STARTING_CASH = 10_000;
    private static final Instrument BTC = InstrumentTable.bybit().of("BTCUSDT");

    @Property(tries = 400)
    void theLedgerFollowsTheVenue(@ForAll long seed) {
        new Session(seed).run();
    }

    /** The random sessions reach every event the properties speak about, so the properties are tested on them. */
    @Test
    void theSessionsReachEveryKindOfEvent() {
        Set<String> kinds = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) kinds.addAll(new Session(seed).run());
        assertEquals(new TreeSet<>(Set.of("entry_limit", "entry_market", "funding", "liquidation", "partial_close", "rejected",
                "reduce_only_capped", "signal", "sl", "tp", "cancelled", "amended")), kinds);
    }

    private static final class Session {
        final Random random;
        final Portfolio ledger = new Portfolio("BTCUSDT", STARTING_CASH);
        final SimExchange sim;
        final Set<String> kinds = new HashSet<>();
        /** Reduce-only orders and the quantity each asked for. */
        final Map<String, Double> reduceOnly = new HashMap<>();
        final double leverage;
        // an independent model of the position, from the fills alone
        int sign;
        double qty, entry, mark;
        int snapshotSign;
        String workingEntry;
        boolean workingIsLimit;
        boolean liquidated;
        long now = START;
        int ids;
        double fillFees, fillFeesAbs, funding, fundingAbs;

        Session(long seed) {
            random = new Random(seed);
            leverage = new double[] {1, 3, 10, 25, 50}[random.nextInt(5)];
            double rate = (random.nextDouble() * 2 - 1) * 0.001;
            AccountTerms terms = new AccountTerms("BTCUSDT", STARTING_CASH, leverage, 0.00055, 0.0002, random.nextDouble() * 0.0005,
                    0.00055, 0.005, 0, FundingRates.constant(rate), BTC);
            sim = new SimExchange(terms, this::heard);
        }

        /** Plays the session and returns the kinds of event it went through. */
        Set<String> run() {
            double close = 50_000;
            for (int bar = 0; bar < 300 && !liquidated; bar++) {
                now = random.nextInt(25) == 0 ? Math.floorDiv(now, EIGHT_HOURS) * EIGHT_HOURS + EIGHT_HOURS : now + 60_000;
                double vol = random.nextInt(10) == 0 ? 0.02 : 0.002;
                double open = close * (1 + random.nextGaussian() * vol / 4);
                close = open * (1 + random.nextGaussian() * vol);
                double high = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * vol / 2);
                double low = Math.min(open, close) * (1 - Math.abs(random.nextGaussian()) * vol / 2);
                ledger.setBar(bar);
                sim.onCandle(now, open, high, low, close, 1);
                ledger.candleClosed(high, low, close);
                if (sign != 0) mark = close;
                checkEquity(bar);
                if (!liquidated) act(bar, close);
            }
            if (sign != 0 && !liquidated) sim.execute(exit(sign > 0 ? Side.SHORT : Side.LONG, qty, Timing.IMMEDIATE, "end"));
            finalSums();
            return kinds;
        }

        /** A random command of the kind the core sends, valid for the state the ledger is in. */
        void act(int bar, double close) {
            if (ledger.equity() <= 0) return; // the core stops trading once equity is used up
            int roll = random.nextInt(100);
            if (sign == 0 && workingEntry == null && roll < 35) {
                Side side = random.nextBoolean() ? Side.LONG : Side.SHORT;
                boolean limit = random.nextBoolean();
                double price = limit ? close * (1 - side.sign() * random.nextDouble() * 0.004) : Double.NaN;
                TimeInForce tif = limit ? TimeInForce.values()[random.nextInt(4)] : TimeInForce.GTC;
                double usdt = random.nextInt(12) == 0 ? 3 : ledger.equity() * random.nextDouble() * 1.1 * leverage;
                Protection p = random.nextBoolean() ? Protection.NONE
                        : new Protection(close * (1 - side.sign() * (0.002 + random.nextDouble() * 0.02)),
                        close * (1 + side.sign() * (0.002 + random.nextDouble() * 0.02)), random.nextBoolean(), random.nextBoolean(), close);
                String id = "E" + ids++;
                workingEntry = id;
                workingIsLimit = limit;
                ledger.track(id, new Portfolio.WorkingOrder(true, side, bar, now, null, null, Map.of()));
                sim.execute(new OrderCommand.Submit(id, "BTCUSDT", side, limit ? OrderType.LIMIT : OrderType.MARKET, new Size.Notional(usdt), price,
                        tif, Timing.NEXT_CANDLE, false, p, now));
            } else if (workingEntry != null && roll < 10) {
                ledger.cancelling(workingEntry, "test_cancel");
                sim.execute(new OrderCommand.Cancel(workingEntry, now));
            } else if (workingEntry != null && workingIsLimit && roll < 20) {
                sim.execute(new OrderCommand.Amend(workingEntry, new Size.Notional(ledger.equity() * 0.5), close * (1 + (random.nextDouble() - 0.5) * 0.004),
                        Protection.NONE, now));
            } else if (sign != 0 && roll < 20) {
                double part = random.nextInt(3) == 0 ? qty * 1.5 : BTC.quantity(qty * (0.2 + random.nextDouble() * 0.9));
                if (part > 0) sim.execute(exit(sign > 0 ? Side.SHORT : Side.LONG, part, random.nextInt(5) == 0 ? Timing.IMMEDIATE : Timing.NEXT_CANDLE, "signal"));
            } else if (sign != 0 && roll < 35) {
                sim.execute(new OrderCommand.SetProtection("BTCUSDT", close * (1 - sign * random.nextDouble() * 0.01),
                        random.nextBoolean() ? Double.NaN : close * (1 + sign * random.nextDouble() * 0.01), now));
            }
        }

        OrderCommand.Submit exit(Side side, double size, Timing timing, String reason) {
            String id = "X" + ids++;
            ledger.track(id, new Portfolio.WorkingOrder(false, side, 0, now, reason, "signal", Map.of()));
            reduceOnly.put(id, size);
            return new OrderCommand.Submit(id, "BTCUSDT", side, OrderType.MARKET, new Size.Quantity(size), Double.NaN, TimeInForce.GTC,
                    timing, true, Protection.NONE, now);
        }

        /** The listener: the ledger books the event, the model follows it, and the invariants are checked. */
        void heard(ExecutionEvent e) {
            int signBefore = ledger.positionSign();
            double qtyBefore = qty;
            ledger.apply(e);
            switch (e) {
                case ExecutionEvent.Filled f -> {
                    fillFees += f.fee();
                    fillFeesAbs += Math.abs(f.fee());
                    if (sign == 0) {
                        sign = f.side().sign();
                        qty = f.qty();
                        entry = f.price();
                        mark = f.price();
                        kinds.add(f.liquidity() == ExecutionEvent.Liquidity.MAKER ? "entry_limit" : "entry_market");
                    } else {
                        assertTrue(f.side().sign() == -sign, () -> "a fill adds to the position: " + f);
                        if (f.qty() < qty) kinds.add("partial_close");
                        kinds.add(switch (f.trigger()) { case STOP_LOSS -> "sl"; case TAKE_PROFIT -> "tp"; case ORDER -> "signal"; });
                        if (f.qty() >= qty) sign = 0; else qty -= f.qty();
                    }
                    if (f.clientOrderId() != null && f.clientOrderId().equals(workingEntry)) workingEntry = null;
                    Double asked = f.clientOrderId() == null ? null : reduceOnly.get(f.clientOrderId());
                    if (asked != null) {
                        int after = ledger.positionSign();
                        assertTrue(after == 0 || after == signBefore, () -> "a reduce-only fill flipped the position: " + f);
                        if (asked > qtyBefore) {
                            kinds.add("reduce_only_capped");
                            assertEquals(qtyBefore, f.qty(), 0, "a reduce-only close bigger than the position closes exactly the position");
                        }
                    }
                }
                case ExecutionEvent.FundingApplied f -> {
                    funding += f.amount();
                    fundingAbs += Math.abs(f.amount());
                    kinds.add("funding");
                }
                case ExecutionEvent.Liquidated l -> {
                    fillFees += l.fee();
                    fillFeesAbs += Math.abs(l.fee());
                    sign = 0;
                    liquidated = true;
                    kinds.add("liquidation");
                }
                case ExecutionEvent.Rejected r -> {
                    if (r.clientOrderId().equals(workingEntry)) workingEntry = null;
                    kinds.add("rejected");
                }
                case ExecutionEvent.Cancelled c -> {
                    if (c.clientOrderId().equals(workingEntry)) workingEntry = null;
                    kinds.add("cancelled");
                }
                case ExecutionEvent.PositionSnapshot p -> {
                    int s = p.qty() == 0 ? 0 : p.side().sign();
                    assertTrue(p.qty() >= 0, () -> "negative quantity: " + p);
                    assertTrue(s == 0 || snapshotSign == 0 || s == snapshotSign, () -> "the position flipped without closing: " + p);
                    snapshotSign = s;
                    assertEquals(sign, s, () -> "the venue's position side is not the fills' " + p);
                    if (s != 0) assertEquals(qty, p.qty(), 0, () -> "the venue's position size is not the fills' " + p);
                }
                case ExecutionEvent.Amended a -> kinds.add("amended");
                case ExecutionEvent.Accepted a -> { }
                case ExecutionEvent.Triggered t -> { }
            }
            assertTrue(ledger.positionQty() >= 0, () -> "negative quantity after " + e);
            assertEquals(Double.doubleToLongBits(sim.cash()), Double.doubleToLongBits(ledger.cash()),
                    () -> "ledger cash " + ledger.cash() + " is not the venue's " + sim.cash() + " after " + e);
            checkEquity(e);
        }

        void checkEquity(Object after) {
            double expected = ledger.cash() + (sign == 0 ? 0 : sign * (mark - entry) * qty);
            assertEquals(expected, ledger.equity(), 1e-9 * Math.abs(expected), () -> "equity is not cash + unrealised PnL after " + after);
            assertEquals(sign, ledger.positionSign(), () -> "the ledger's side after " + after);
        }

        void finalSums() {
            assertEquals(0, ledger.positionSign(), "everything is closed");
            double tradeFees = 0, tradeFunding = 0, net = 0, netAbs = 0;
            for (TradeRecord t : ledger.trades()) {
                tradeFees += t.feesPaid();
                tradeFunding += t.fundingPnl();
                net += t.netPnl();
                netAbs += Math.abs(t.realizedPnl()) + Math.abs(t.feesPaid()) + Math.abs(t.fundingPnl());
            }
            assertEquals(fillFees, tradeFees, 1e-9 * Math.max(fillFeesAbs, 1e-9), "trade fees vs fill fees");
            assertEquals(funding, tradeFunding, 1e-9 * Math.max(fundingAbs, 1e-9), "trade funding vs FundingApplied");
            assertEquals(ledger.cash() - STARTING_CASH, net, 1e-9 * Math.max(netAbs, 1e-9), "trades' net PnL vs the cash change");
        }
    }
}
