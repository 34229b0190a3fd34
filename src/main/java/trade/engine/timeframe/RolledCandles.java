package trade.engine.timeframe;

import trade.core.Candles;

/**
 * Candles of one timeframe built from 1m candles, with the range of 1m candles each bar was built
 * from: bar {@code i} covers 1m indices {@code [firstMinute(i), firstMinute(i + 1))} (the last bar
 * ends at {@code endMinute}).
 */
public record RolledCandles(Candles candles, int[] firstMinute, int endMinute) {
    public int firstMinute(int bar) { return firstMinute[bar]; }

    /** One past the last 1m index of bar {@code bar}. */
    public int endMinute(int bar) { return bar + 1 < firstMinute.length ? firstMinute[bar + 1] : endMinute; }
}
