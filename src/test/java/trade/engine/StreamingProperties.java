package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.port.AccountTerms;
import trade.engine.port.HistoryFeed;
import trade.engine.port.Journal;
import trade.engine.port.MarketFeed;
import trade.play.InstrumentTable;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.report.RunHashes;
import trade.sim.SimExchange;
import trade.synth.PatternConfig;
import trade.synth.SyntheticMarket;

/*
 * The core streams: a Play of plays/core (V_CORE_003 as shipped, and with tight stops, targets and
 * resting limit entries that expire) run on the same 1m candles (thirty synthetic days of a
 * trending, volatile, choppy, spiking or reversing market) gives the same trades and the same equity
 * curve (same trades and equity hashes) whether the candles come
 *  - all at once from a HistoryFeed over one Candles,
 *  - from a feed that hands them out of several Candles chunks of random sizes, or
 *  - one per call, live style, the test itself pushing each candle through the core and the
 *    simulated venue that BacktestDriver wired, then ending the run.
 * With random gaps (missing 1m candles) cut from the middle, the HistoryFeed and the chunked feed
 * still agree, and every fill of every trade lies within the range of the candle it happened on
 * (widened by the Play's slippage; liquidations, settled at the bankruptcy price, excepted).
 */
class StreamingProperties {
    private static final Path FILE = Path.of(System.getProperty("play.root", "."), "plays/core/V_CORE_003_cases_metadata.yml");
    private static final int MINUTES = 30 * 1440;
    /** V_CORE_003 as shipped (market entries, 3 % stop, 6 % target). */
    private static final Play SHIPPED = Play.of(PlayLoader.load(FILE));
    /** V_CORE_003 with resting limit entries that expire and a tight stop and target, so amends, cancels, stops and targets happen. */
    private static final Play TIGHT = Play.of(PlayLoader.load("V_CORE_003_tight.yml", tightened()));

    private record Play(PlaySpec spec, CompiledPlay compiled, AccountTerms terms) {
        static Play of(PlaySpec spec) { return new Play(spec, PlayCompiler.compile(spec), AccountTerms.of(spec, InstrumentTable.bybit().of(spec.symbol()))); }
    }

    private static String tightened() {
        try {
            String text = java.nio.file.Files.readString(FILE);
            String risk = "risk: {stop_loss_pct: 3.0, take_profit_pct: 6.0, max_position_pct: 50.0}";
            assertTrue(text.contains(risk), "V_CORE_003's risk line changed; update this test");
            return text.replace(risk, "risk: {stop_loss_pct: 0.4, take_profit_pct: 0.8, max_position_pct: 50.0}\n"
                    + "entry: {order_type: LIMIT, limit_offset_pct: 0.05, time_in_force: GTC, expire_after_bars: 3}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Outcome(String trades, String equity, RunResult result) {
        static Outcome of(RunResult r) { return new Outcome(RunHashes.tradesHash(r.trades()), RunHashes.equityHash(r.equity()), r); }

        void assertSame(Outcome other, String what) {
            assertEquals(trades, other.trades, what + ": other trades (" + result.trades().size() + " vs " + other.result.trades().size() + ")");
            assertEquals(equity, other.equity, what + ": other equity curve");
        }
    }

    /** Thirty days of a market that moves enough to reach stops and targets. */
    private static Candles market(Market m) {
        return SyntheticMarket.generate(m.pattern(), MINUTES, m.seed(), SyntheticMarket.BASE_TIMESTAMP_MS, 50_000, m.dailyVolatility(), PatternConfig.DEFAULTS);
    }

    record Market(String pattern, double dailyVolatility, long seed) {}

    @Provide
    Arbitrary<Market> markets() {
        return Combinators.combine(Arbitraries.of("trending", "volatile", "choppy_whipsaw", "vol_spike_recover", "reversal_v_top"),
                Arbitraries.of(0.02, 0.06), Arbitraries.longs().between(0, 1_000_000)).as(Market::new);
    }

    private static BacktestDriver driver(Play p) {
        return new BacktestDriver(p.compiled(), p.terms().instrument(), events -> new SimExchange(p.terms(), events), Journal.NONE, null);
    }

    private static Outcome history(Play p, Candles minutes) { return Outcome.of(driver(p).run(new HistoryFeed(minutes), Progress.NONE)); }

    private static Outcome chunked(Play p, Candles minutes, Random random) {
        return Outcome.of(driver(p).run(new ChunkedFeed(minutes, random), Progress.NONE));
    }

    /** Live style: each next() delivers one candle, which the test pushes through the driver's venue and core itself. */
    private static Outcome live(Play p, Candles minutes) {
        BacktestDriver d = driver(p);
        StrategyCore core = d.core();
        MarketFeed feed = new OneByOneFeed(minutes);
        long[] last = {Long.MIN_VALUE};
        long n = 0;
        MarketFeed.CandleSink sink = (t, o, h, l, c, v) -> {
            core.onTime(t);
            if (core.stopped()) return;
            d.venue().onCandle(t, o, h, l, c, v);
            core.onCandle(t, o, h, l, c, v);
            last[0] = t + 60_000;
        };
        while (!core.stopped() && feed.next(sink)) n++;
        if (!core.stopped()) core.onTime(last[0]);
        return Outcome.of(core.finish(n));
    }

    /** The candles out of chunks of random sizes, each its own Candles. */
    static final class ChunkedFeed implements MarketFeed {
        private final List<Candles> chunks = new ArrayList<>();
        private final long size, lastClose;
        private int chunk, next;

        ChunkedFeed(Candles all, Random random) {
            for (int from = 0; from < all.size(); ) {
                int to = Math.min(all.size(), from + 1 + random.nextInt(random.nextBoolean() ? 7 : 3000));
                chunks.add(all.slice(from, to));
                from = to;
            }
            size = all.size();
            lastClose = all.closeTime(all.size() - 1);
        }

        @Override
        public boolean next(CandleSink sink) {
            while (chunk < chunks.size() && next >= chunks.get(chunk).size()) {
                chunk++;
                next = 0;
            }
            if (chunk >= chunks.size()) return false;
            Candles c = chunks.get(chunk);
            int i = next++;
            sink.onCandle(c.openTime(i), c.open(i), c.high(i), c.low(i), c.close(i), c.volume(i));
            return true;
        }

        @Override
        public boolean finite() { return true; }

        @Override
        public long size() { return size; }

        @Override
        public long lastCloseMs() { return lastClose; }
    }

    /** One candle per call, as a live feed would: no known size, no known end. */
    static final class OneByOneFeed implements MarketFeed {
        private final Candles minutes;
        private int next;

        OneByOneFeed(Candles minutes) { this.minutes = minutes; }

        @Override
        public boolean next(CandleSink sink) {
            if (next >= minutes.size()) return false;
            int i = next++;
            sink.onCandle(minutes.openTime(i), minutes.open(i), minutes.high(i), minutes.low(i), minutes.close(i), minutes.volume(i));
            return true;
        }

        @Override
        public boolean finite() { return false; }

        @Override
        public long size() { return -1; }
    }

    @Property(tries = 25)
    void feedingCandlesOneByOneInChunksOrAllAtOnceGivesTheSameRun(@ForAll("markets") Market market, @ForAll boolean tight) {
        Play p = tight ? TIGHT : SHIPPED;
        Candles minutes = market(market);
        Outcome all = history(p, minutes);
        all.assertSame(chunked(p, minutes, new Random(market.seed())), "chunked feed");
        all.assertSame(live(p, minutes), "one candle per call");
    }

    @Property(tries = 25)
    void missingMinutesGiveTheSameRunThroughEitherFeedAndNoFillLeavesItsCandle(@ForAll("markets") Market market, @ForAll boolean tight) {
        Play p = tight ? TIGHT : SHIPPED;
        Random random = new Random(market.seed() ^ 0x5DEECE66DL);
        Candles minutes = withGaps(market(market), random);
        Outcome all = history(p, minutes);
        all.assertSame(chunked(p, minutes, random), "chunked feed with gaps");
        assertFillsInsideTheirCandles(all.result(), minutes, p.terms().slippageRate());
    }

    /** The runs above trade, long and short, with signal exits, stops and targets, so their agreement means something. */
    @Example
    void theRunsTrade() {
        Set<String> seen = new TreeSet<>();
        for (Play p : List.of(SHIPPED, TIGHT)) {
            RunResult r = history(p, withGaps(market(new Market("volatile", 0.06, 1)), new Random(1))).result();
            assertTrue(r.trades().size() >= 5, "only " + r.trades().size() + " trades of " + p.spec().id());
            r.trades().forEach(t -> seen.add(t.side().label() + " " + t.exitReason()));
        }
        assertTrue(seen.containsAll(List.of("long signal", "short signal", "long sl", "short sl")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.endsWith(" tp")), seen.toString());
    }

    /** Cuts two to six runs of 1 to 240 missing minutes out of the middle of {@code all}. */
    static Candles withGaps(Candles all, Random random) {
        boolean[] drop = new boolean[all.size()];
        int gaps = 2 + random.nextInt(5);
        for (int g = 0; g < gaps; g++) {
            int from = all.size() / 10 + random.nextInt(all.size() * 8 / 10), len = 1 + random.nextInt(240);
            for (int i = from; i < Math.min(all.size() - 1, from + len); i++) drop[i] = true;
        }
        int kept = 0;
        for (boolean d : drop) if (!d) kept++;
        long[] t = new long[kept];
        double[] o = new double[kept], h = new double[kept], l = new double[kept], c = new double[kept], v = new double[kept];
        for (int i = 0, k = 0; i < all.size(); i++) {
            if (drop[i]) continue;
            t[k] = all.openTime(i);
            o[k] = all.open(i);
            h[k] = all.high(i);
            l[k] = all.low(i);
            c[k] = all.close(i);
            v[k++] = all.volume(i);
        }
        assertTrue(kept < all.size(), "no candle was removed");
        return new Candles(Timeframe.M1, t, o, h, l, c, v);
    }

    /**
     * Entries and exits fill on the candle opening at their time; an immediate close at a bar's
     * close (end of data, risk stop) fills at the last candle that closed by then.
     */
    private static void assertFillsInsideTheirCandles(RunResult r, Candles m, double slip) {
        for (TradeRecord t : r.trades()) {
            assertInside(m, at(m, t.entryTimeMs(), false), t.entryPrice(), slip, t + " entry");
            if (t.exitReason().equals("liquidation")) continue;
            assertInside(m, at(m, t.exitTimeMs(), "bar_close".equals(t.exitPriceSource())), t.exitPrice(), slip, t + " exit");
        }
    }

    private static int at(Candles m, long timeMs, boolean closedBy) {
        for (int i = m.size() - 1; i >= 0; i--) {
            if (closedBy ? m.closeTime(i) <= timeMs : m.openTime(i) == timeMs) return i;
        }
        return -1;
    }

    private static void assertInside(Candles m, int i, double price, double slip, String what) {
        assertFalse(i < 0, what + ": no candle at its time");
        double tol = 1e-9 * price;
        assertTrue(price >= m.low(i) * (1 - slip) - tol && price <= m.high(i) * (1 + slip) + tol,
                what + " at " + price + " outside the candle [" + m.low(i) + ", " + m.high(i) + "] opening at " + m.openTime(i));
    }
}
