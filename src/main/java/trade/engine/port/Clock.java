package trade.engine.port;

/** Time as the core sees it: candle time in a backtest, wall time live (the only place that reads the system clock). */
@FunctionalInterface
public interface Clock {
    long nowMs();

    /** The wall clock, for live runs. */
    static Clock system() { return System::currentTimeMillis; }
}
