package trade.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.engine.port.AccountTerms;
import trade.engine.port.HistoryFeed;
import trade.engine.port.Journal;
import trade.engine.timeframe.CandleRollup;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.sim.SimExchange;
import trade.synth.SyntheticMarket;

/**
 * The per-bar hot path allocates nothing: {@link BacktestDriver#run} over V_CORE_001 is measured on
 * 30 and on 60 days of 1m candles, and what the longer run allocates beyond the shorter one must
 * be explained by the result alone.
 *
 * <p>What run() may allocate legitimately, all sized by the output: the equity curve (an int, a
 * long and a double per exec bar, 20 bytes, allocated once at full length and copied once at its
 * used length: at most 40 bytes per exec bar = 2.7 bytes per 1m candle at 15m), and per trade or
 * missed entry its commands and events, record (with its id from {@code String.format}) and list
 * slots, allowed {@value #PER_EVENT} bytes (about 950 measured). Anything allocated per 1m candle or per exec bar
 * beyond that, even one 16-byte object per 15m bar (2,880 extra bars, 46 KB), exceeds the bound:
 * the constant slack is {@value #SLACK} bytes. Building the driver (the core's planning, series
 * rings and aggregators, the venue) is setup and is not measured.
 */
class EngineAllocationTest {
    private static final Path PLAY = Path.of("plays/core/V_CORE_001_ema_cross_trend.yml");
    private static final int DAYS = 30;
    /** Equity curve: int bar + long time + double equity, allocated at full length and copied at used length. */
    private static final long PER_EXEC_BAR = 2 * (Integer.BYTES + Long.BYTES + Double.BYTES);
    /** A generous allowance per trade or missed entry (commands, events, client order id, working order, TradeRecord, its id, list growth). */
    private static final long PER_EVENT = 2048;
    /** Array headers, alignment, the odd list resize: nothing per bar fits in it. */
    private static final long SLACK = 16 * 1024;

    private record Sample(long bytes, int execBars, int events) { }

    @Test
    void theBarLoopAllocatesOnlyTheResult() {
        com.sun.management.ThreadMXBean threads = threadBean();
        assumeTrue(threads != null, "per-thread allocation counting is not available on this JVM");
        PlaySpec spec = PlayLoader.load(PLAY);
        CompiledPlay play = PlayCompiler.compile(spec);
        int minutes = DAYS * 1440;
        Candles shortRun = SyntheticMarket.generate("trend_up_clean", minutes, 42, SyntheticMarket.BASE_TIMESTAMP_MS);
        Candles longRun = SyntheticMarket.generate("trend_up_clean", 2 * minutes, 42, SyntheticMarket.BASE_TIMESTAMP_MS);

        for (int warmup = 0; warmup < 8; warmup++) {
            measure(threads, spec, play, shortRun);
            measure(threads, spec, play, longRun);
        }
        // the smallest of a few measurements: a stray JIT deoptimization can only add
        Sample small = null, large = null;
        for (int k = 0; k < 3; k++) {
            Sample s = measure(threads, spec, play, shortRun), l = measure(threads, spec, play, longRun);
            if (small == null || s.bytes() < small.bytes()) small = s;
            if (large == null || l.bytes() < large.bytes()) large = l;
        }
        long extra = large.bytes() - small.bytes();
        long extraBars = large.execBars() - small.execBars();
        long extraEvents = Math.max(0, large.events() - small.events());
        long allowed = extraBars * PER_EXEC_BAR + extraEvents * PER_EVENT + SLACK;
        long extraCandles = (long) longRun.size() - shortRun.size();
        String report = String.format("run() allocated %,d B over %,d candles and %,d B over %,d; extra %,d B = %.3f B per extra 1m candle"
                        + " (%,d extra exec bars, %,d extra trades/missed entries); allowed %,d B",
                small.bytes(), shortRun.size(), large.bytes(), longRun.size(), extra, (double) extra / extraCandles,
                extraBars, extraEvents, allowed);
        System.out.println(report);
        assertTrue(extra <= allowed, report);
    }

    private static Sample measure(com.sun.management.ThreadMXBean threads, PlaySpec spec, CompiledPlay play, Candles candles) {
        AccountTerms terms = AccountTerms.of(spec, InstrumentTable.bybit().of(spec.symbol()));
        BacktestDriver driver = new BacktestDriver(play, terms.instrument(), events -> new SimExchange(terms, events), Journal.NONE, null);
        HistoryFeed feed = new HistoryFeed(candles);
        int execBars = CandleRollup.rollUp(candles, spec.timeframes().exec()).candles().size();
        long id = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(id);
        RunResult result = driver.run(feed, Progress.NONE);
        long after = threads.getThreadAllocatedBytes(id);
        return new Sample(after - before, execBars, result.trades().size() + result.missedEntries().size());
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)) return null;
        if (!t.isThreadAllocatedMemorySupported()) return null;
        if (!t.isThreadAllocatedMemoryEnabled()) t.setThreadAllocatedMemoryEnabled(true);
        return t;
    }
}
