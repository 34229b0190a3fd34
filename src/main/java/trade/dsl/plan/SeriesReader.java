package trade.dsl.plan;

/**
 * How a planned condition reads values; the engine implements it. {@code shiftMs} moves the
 * evaluation clocks back in time (crossovers look one minute back, windows step further), and the
 * as-of rule picks the last bar of the series' timeframe closed by then; {@code offset} then steps
 * back bars of that timeframe. Returns NaN when the value is missing.
 */
public interface SeriesReader {
    double read(int series, int offset, long shiftMs);
}
