package trade.engine.port;

/**
 * A venue that fills against the market data it is shown (backtest and shadow): it sees each
 * closed 1m candle before the core does and reports the fills, stops, funding and liquidations
 * that candle caused.
 */
public interface SimulatedVenue extends ExecutionVenue {
    void onCandle(long openTimeMs, double open, double high, double low, double close, double volume);
}
