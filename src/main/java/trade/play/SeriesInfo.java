package trade.play;

import trade.core.OutputSpec;
import trade.core.Timeframe;

/**
 * One value series the conditions can read, identified by its slot (its index in
 * {@link CompiledPlay#series()}). {@code owner} is the feature or structure index for those kinds,
 * or the candle field (0 open … 4 volume) for candles.
 */
public record SeriesInfo(String name, Kind kind, Timeframe timeframe, int owner, int output, OutputSpec spec) {
    public enum Kind { CANDLE, MINUTE_PRICE, INDICATOR, STRUCTURE }
}
