package trade.engine;

import java.util.function.Function;
import trade.engine.port.Clock;
import trade.engine.port.ExecutionListener;
import trade.core.Instrument;
import trade.engine.port.Journal;
import trade.engine.port.MarketFeed;
import trade.engine.port.SimulatedVenue;
import trade.play.CompiledPlay;

/**
 * Replays a historical {@link MarketFeed} through the core and a simulated venue as fast as it
 * can. For each closed 1m candle: time advances to its open (bars whose last minutes are missing
 * close), the venue matches working orders against it, then the core sees it. The clock is
 * candle time. Candles after the last whole exec bar are not traded: they close no bar.
 */
public final class BacktestDriver implements MarketFeed.CandleSink {
    private static final int PROGRESS_EVERY = 1 << 16;

    private final StrategyCore core;
    private final SimulatedVenue venue;
    private long now;
    /** Candles opening at or after this are not traded (set from the feed by {@link #run}). */
    private long cutoff = Long.MAX_VALUE;

    /** @param venue builds the venue around the listener its events must go to */
    public BacktestDriver(CompiledPlay play, Instrument instrument, Function<ExecutionListener, SimulatedVenue> venue,
                          Journal journal, BarObserver observer) {
        Clock candleTime = () -> now;
        this.core = new StrategyCore(play, instrument, journal, candleTime, observer);
        this.venue = venue.apply(core);
        core.connect(this.venue);
    }

    /** A backtest of {@code play} on recorded 1m candles, without a journal. */
    public static RunResult replay(CompiledPlay play, Instrument instrument, Function<ExecutionListener, SimulatedVenue> venue,
                                   trade.core.Candles minutes, BarObserver observer, Progress progress) {
        return new BacktestDriver(play, instrument, venue, Journal.NONE, observer).run(new trade.engine.port.HistoryFeed(minutes), progress);
    }

    public StrategyCore core() { return core; }

    public SimulatedVenue venue() { return venue; }

    /** Runs the whole feed (or until the run stops itself) and returns the result. */
    public RunResult run(MarketFeed feed, Progress progress) {
        if (!feed.finite()) throw new IllegalArgumentException("a backtest replays a feed with an end, not a live one");
        long last = feed.lastCloseMs();
        cutoff = last == Long.MIN_VALUE ? Long.MIN_VALUE : core.lastWholeBarEnd(last);
        long total = feed.size(), done = 0;
        core.expectCandles(total);
        while (!core.stopped() && feed.next(this)) {
            if ((++done & (PROGRESS_EVERY - 1)) == 0) progress.update(done, total);
        }
        if (!core.stopped() && cutoff != Long.MIN_VALUE) {
            now = cutoff;
            core.onTime(cutoff);
        }
        progress.update(total, total);
        return core.finish(total);
    }

    @Override
    public void onCandle(long openTime, double open, double high, double low, double close, double volume) {
        if (openTime >= cutoff) return;
        now = openTime + 60_000L;
        core.onTime(openTime);
        if (core.stopped()) return;
        venue.onCandle(openTime, open, high, low, close, volume);
        core.onCandle(openTime, open, high, low, close, volume);
    }
}
