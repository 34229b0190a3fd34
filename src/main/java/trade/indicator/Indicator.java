package trade.indicator;

/**
 * A push-based incremental indicator: one {@link #update} per closed bar of its own timeframe, in
 * time order, O(1) and allocation-free. Outputs are read by index (the order of
 * {@link IndicatorKind#outputs()}) and are NaN while not available.
 */
public interface Indicator {
    void update(double open, double high, double low, double close, double volume);

    double output(int index);

    /** True once every output has its first value. */
    boolean isReady();

    /** Back to the freshly created state. */
    void reset();
}
