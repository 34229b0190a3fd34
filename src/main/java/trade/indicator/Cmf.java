package trade.indicator;

/**
 * cmf (indicators.md §4.38): Chaikin money flow, the n-bar sum of money-flow volume over the n-bar
 * volume sum; 0 when the window traded nothing.
 */
final class Cmf implements Indicator {
    private final RunningWindowSum flow;
    private final RunningWindowSum volumes;
    private double value = Double.NaN;

    Cmf(int length) {
        flow = new RunningWindowSum(length);
        volumes = new RunningWindowSum(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double mfv = high == low ? 0 : ((close - low) - (high - close)) / (high - low) * volume;
        flow.update(mfv);
        volumes.update(volume);
        if (volumes.isFull()) value = volumes.sum() == 0 ? 0 : flow.sum() / volumes.sum();
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return volumes.isFull(); }

    @Override
    public void reset() {
        flow.reset();
        volumes.reset();
        value = Double.NaN;
    }
}
