package trade.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.ExitPlan;
import trade.engine.Portfolio;
import trade.engine.SimAccount;
import trade.engine.TradeRecord;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand.TimeInForce;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;

/**
 * Ledger invariants of the simulated account on random 1m candle streams (random walks with
 * jumps, crossing funding times) under random orders (market and limit entries of every time in
 * force, random stops, targets, trailing, break-even, limit exits, partial and full closes) and
 * random account terms (leverage up to 50, fees, funding rates of either sign, Bybit rounding).
 * Orders go in as the core sends them ({@code SimAccount}), and, as in the core, decisions stop
 * once the account is liquidated or its equity is used up:
 * <ul>
 *   <li>after every bar, the ledger's cash is the venue's;</li>
 *   <li>after every bar, equity = cash + the open position's unrealized PnL at the bar's close,
 *       and equity = starting equity + the closed trades' net PnL + the open position's PnL net of
 *       its unbooked entry fee and funding;</li>
 *   <li>no trade pays a negative fee, and each trade's net PnL is realized − fees + funding;</li>
 *   <li>once liquidated the account holds no position and trades no more;</li>
 *   <li>at the end (open position closed) the trades' net PnL adds up to the equity change;</li>
 *   <li>no entry fills before the signal that placed it, no exit before its entry, and no signal
 *       exit before the signal that asked for it;</li>
 *   <li>every fill but a liquidation lies within its 1m candle's range once slippage is taken out.</li>
 * </ul>
 */
class LedgerProperties {
    private static final double TOLERANCE = 1e-6;

    @Property(tries = 400)
    void theLedgerAddsUp(@ForAll long seed) {
        scenario(seed);
    }

    /** The random scenarios reach every kind of exit and refusal, so the invariants above are tested on them. */
    @Test
    void theScenariosReachEveryExitAndRefusal() {
        Set<String> exits = new TreeSet<>(), missed = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) {
            SimAccount x = scenario(seed);
            x.trades().forEach(t -> exits.add(t.exitReason()));
            x.missedEntries().forEach(e -> missed.add(e.reason()));
        }
        assertEquals(Set.of("end_of_data", "liquidation", "signal", "sl", "tp"), exits);
        assertEquals(Set.of("below_min_notional", "expired", "fok_not_filled", "insufficient_margin", "ioc_not_filled",
                "post_only_would_take_liquidity", "replaced_by_opposite_signal"), missed);
    }

    /** Runs one random scenario, checking the invariants on the way; returns the finished account. */
    private static SimAccount scenario(long seed) {
        Random r = new Random(seed);
        int perBar = new int[] {1, 3, 5, 15}[r.nextInt(4)];
        int bars = 20 + r.nextInt(100);
        // start anywhere in a day so that some streams cross 00:00, 08:00 or 16:00
        long start = 1_735_689_600_000L + r.nextInt(1440) * 60_000L;
        Tape tape = new Tape(start, perBar, walk(r, bars * perBar));
        Instrument instrument = r.nextBoolean() ? Instrument.UNCONSTRAINED : new Instrument(0.01, 0.01, 0.01, 0, 5, 0, 0);
        double slippage = r.nextInt(4) / 10_000.0;
        AccountTerms terms = new AccountTerms("TEST", 10_000, 1 + r.nextInt(50), r.nextInt(8) / 10_000.0, r.nextInt(4) / 10_000.0,
                slippage, 0.00055, 0.005, r.nextBoolean() ? 0 : r.nextDouble() * 20, FundingRates.constant((r.nextDouble() - 0.3) * 0.002), instrument);
        SimAccount x = new SimAccount(terms);
        Candles m = tape.minutes;
        OpenShare opened = new OpenShare();
        long lastCloseAsked = Long.MIN_VALUE;
        int tradesAtLiquidation = -1, tradesSeen = 0;
        for (int b = 0; b < bars; b++) {
            double atr = r.nextBoolean() ? Double.NaN : m.close(b * perBar) * r.nextDouble() * 0.01;
            tape.step(x, b, atr);
            checkEquity(x, terms, m.close((b + 1) * perBar - 1), opened);
            List<TradeRecord> trades = x.trades();
            for (TradeRecord t : trades.subList(tradesSeen, trades.size())) {
                if (t.exitReason().equals("signal")) assertTrue(t.exitTimeMs() >= lastCloseAsked, t.tradeId() + " signal exit before it was asked");
            }
            tradesSeen = trades.size();
            if (x.liquidated()) {
                if (tradesAtLiquidation < 0) tradesAtLiquidation = x.trades().size();
                assertEquals(0, x.positionSign(), "a position after liquidation");
                assertEquals(tradesAtLiquidation, x.trades().size(), "trading after liquidation");
            }
            int roll = r.nextInt(10);
            long now = tape.barCloseTime(b);
            if (roll < 3) {
                SimAccount.Entry entry = randomEntry(r, x, m.close((b + 1) * perBar - 1), terms.leverage(), b, now);
                // a run ends at its liquidation or once its equity is used up (StrategyCore stops): no more decisions
                if (!x.liquidated() && x.equity() > 0) x.submitEntry(entry);
            } else if (roll < 5 && x.positionSign() != 0) {
                x.submitClose(1 + r.nextInt(100));
                lastCloseAsked = now;
            }
        }
        tape.finish(x);
        assertEquals(0, x.positionSign());
        double net = 0;
        for (TradeRecord t : x.trades()) {
            net += t.netPnl();
            assertTrue(t.feesPaid() >= 0, t.tradeId() + " negative fee " + t.feesPaid());
            assertEquals(t.realizedPnl() - t.feesPaid() + t.fundingPnl(), t.netPnl(), TOLERANCE);
            assertTrue(t.entryTimeMs() >= (Long) t.metadata().get("signal_time"), t.tradeId() + " filled before its signal");
            assertTrue(t.exitTimeMs() >= t.entryTimeMs(), t.tradeId() + " exit before entry");
            assertInCandle(m, t.entryTimeMs(), t.entryPrice(), slippage, t.tradeId() + " entry");
            if (!t.exitReason().equals("liquidation") && !t.exitReason().equals("end_of_data")) {
                assertInCandle(m, t.exitTimeMs(), t.exitPrice(), slippage, t.tradeId() + " exit " + t.exitReason());
            }
        }
        assertEquals(x.equity() - 10_000, net, TOLERANCE, "trades plus funding add up to the equity change");
        assertEquals(x.cash(), x.equity(), 0, "flat: equity is cash");
        return x;
    }

    private static void checkEquity(SimAccount x, AccountTerms terms, double close, OpenShare open) {
        assertEquals(x.venue().cash(), x.cash(), TOLERANCE, "the ledger's cash is the venue's");
        List<TradeRecord> trades = x.trades();
        double booked = terms.startingEquity() + trades.stream().mapToDouble(TradeRecord::netPnl).sum();
        open.read(x.events());
        int sign = x.positionSign();
        if (sign == 0) {
            assertEquals(booked, x.equity(), TOLERANCE);
            assertEquals(x.cash(), x.equity(), TOLERANCE);
            return;
        }
        Portfolio p = x.portfolio();
        double unrealized = sign * (close - p.entryPrice()) * p.positionQty();
        assertEquals(x.cash() + unrealized, x.equity(), TOLERANCE, "equity = cash + unrealized at the close");
        assertEquals(booked + unrealized - open.entryFeeLeft(trades) + open.fundingLeft(trades), x.equity(), TOLERANCE,
                "equity = ledger + open PnL");
    }

    /**
     * The open position's entry fee and funding not yet booked into a trade record, from the
     * venue's events and the trade records: the opening fill's fee less the entry-fee shares its
     * trades booked (their fees less the exit fills' fees), and the funding settled since it opened
     * less the funding its trades booked.
     */
    private static final class OpenShare {
        private int eventsRead;
        private boolean open;
        private int firstTrade;
        private int closings;
        private double entryFee, exitFees, funding;

        void read(List<ExecutionEvent> events) {
            for (ExecutionEvent e : events.subList(eventsRead, events.size())) {
                switch (e) {
                    case ExecutionEvent.Filled f when !open -> {
                        open = true;
                        firstTrade = closings;
                        entryFee = f.fee();
                        exitFees = 0;
                        funding = 0;
                    }
                    case ExecutionEvent.Filled f -> {
                        closings++;
                        exitFees += f.fee();
                    }
                    case ExecutionEvent.Liquidated l -> closings++;
                    case ExecutionEvent.FundingApplied f -> funding += f.amount();
                    case ExecutionEvent.PositionSnapshot s when s.qty() == 0 -> open = false;
                    default -> { }
                }
            }
            eventsRead = events.size();
        }

        double entryFeeLeft(List<TradeRecord> trades) {
            double booked = trades.subList(firstTrade, trades.size()).stream().mapToDouble(TradeRecord::feesPaid).sum() - exitFees;
            return entryFee - booked;
        }

        double fundingLeft(List<TradeRecord> trades) {
            return funding - trades.subList(firstTrade, trades.size()).stream().mapToDouble(TradeRecord::fundingPnl).sum();
        }
    }

    /** The price, or the price without slippage either way, lies within the 1m candle starting at {@code time}. */
    private static void assertInCandle(Candles m, long time, double price, double slippage, String what) {
        int k = (int) ((time - m.openTime(0)) / 60_000L);
        assertEquals(time, m.openTime(k), what + " not at a candle open");
        double eps = 1e-9 * price;
        boolean inside = false;
        for (double raw : new double[] {price, price / (1 + slippage), price / (1 - slippage)}) {
            inside |= raw >= m.low(k) - eps && raw <= m.high(k) + eps;
        }
        assertTrue(inside, what + " at " + price + " outside [" + m.low(k) + ", " + m.high(k) + "]");
    }

    private static SimAccount.Entry randomEntry(Random r, SimAccount x, double close, double leverage, int bar, long now) {
        Side side = r.nextBoolean() ? Side.LONG : Side.SHORT;
        // one order in twenty is a few USDT, under the rounded instrument's 5 USDT minimum
        double notional = r.nextInt(20) == 0 ? 1 + r.nextDouble() * 3 : Math.max(0, x.equity()) * leverage * r.nextDouble() * 1.1;
        double stop = r.nextInt(4) == 0 ? Double.NaN : close * (1 - side.sign() * (0.001 + r.nextDouble() * 0.05));
        double target = r.nextInt(4) == 0 ? Double.NaN : close * (1 + side.sign() * (0.001 + r.nextDouble() * 0.08));
        ExitPlan plan = new ExitPlan(r.nextBoolean() ? Double.NaN : 1 + r.nextDouble() * 2, r.nextBoolean() ? Double.NaN : 0.2 + r.nextDouble() * 2,
                r.nextDouble() * 2, r.nextBoolean() ? Double.NaN : 0.1 + r.nextDouble(), r.nextDouble() * 0.3, r.nextBoolean(), r.nextBoolean());
        boolean limit = r.nextBoolean();
        double price = limit ? close * (1 - side.sign() * (r.nextDouble() - 0.2) * 0.01) : Double.NaN;
        TimeInForce tif = TimeInForce.values()[r.nextInt(4)];
        return new SimAccount.Entry(side, notional, price, tif, r.nextInt(4), close, stop, target, plan, bar, now, Map.of("signal_time", now));
    }

    /** A random walk of 1m candles around 100 with occasional jumps between candles. */
    private static double[][] walk(Random r, int n) {
        double[][] rows = new double[n][];
        double last = 100;
        for (int i = 0; i < n; i++) {
            double open = last * (1 + (r.nextInt(20) == 0 ? r.nextGaussian() * 0.02 : 0));
            double close = open * (1 + r.nextGaussian() * 0.006);
            double high = Math.max(open, close) * (1 + r.nextDouble() * 0.004);
            double low = Math.min(open, close) * (1 - r.nextDouble() * 0.004);
            rows[i] = new double[] {open, high, low, close};
            last = close;
        }
        return rows;
    }
}
