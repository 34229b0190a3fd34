package trade.engine.port;

import trade.core.Candles;
import trade.core.Timeframe;

/** Recorded 1m candles replayed in order: the feed of a backtest. */
public final class HistoryFeed implements MarketFeed {
    private final Candles minutes;
    private int next;

    public HistoryFeed(Candles minutes) {
        if (minutes.timeframe() != Timeframe.M1) throw new IllegalArgumentException("a feed replays 1m candles, not " + minutes.timeframe().label());
        this.minutes = minutes;
    }

    @Override
    public boolean next(CandleSink sink) {
        if (next >= minutes.size()) return false;
        int i = next++;
        if (i > 0 && minutes.openTime(i) <= minutes.openTime(i - 1)) {
            throw new IllegalArgumentException("candle open times must increase: candle " + i + " opens at " + minutes.openTime(i)
                    + ", candle " + (i - 1) + " at " + minutes.openTime(i - 1));
        }
        sink.onCandle(minutes.openTime(i), minutes.open(i), minutes.high(i), minutes.low(i), minutes.close(i), minutes.volume(i));
        return true;
    }

    @Override
    public boolean finite() { return true; }

    @Override
    public long size() { return minutes.size(); }

    @Override
    public long lastCloseMs() { return minutes.size() == 0 ? Long.MIN_VALUE : minutes.closeTime(minutes.size() - 1); }
}
