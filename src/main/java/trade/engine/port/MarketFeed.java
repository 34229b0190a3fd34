package trade.engine.port;

/**
 * Closed 1m candles, oldest first: recorded history, then (for a live feed) each candle as it
 * closes. A historical feed has an explicit end; a live one runs until it is closed.
 */
public interface MarketFeed {
    /** Receives one closed 1m candle; the values are only valid during the call. */
    @FunctionalInterface
    interface CandleSink {
        void onCandle(long openTimeMs, double open, double high, double low, double close, double volume);
    }

    /**
     * Hands the next closed candle to {@code sink}; false once a historical feed is exhausted. A
     * live feed waits for the next close.
     */
    boolean next(CandleSink sink);

    /** True for a feed with an end (history), false for a live one. */
    boolean finite();

    /** Candles the feed holds in all (history), or -1 when unknown (live). */
    long size();

    /** Close time of the last candle of a historical feed; {@code Long.MAX_VALUE} for a live one. */
    default long lastCloseMs() { return Long.MAX_VALUE; }
}
