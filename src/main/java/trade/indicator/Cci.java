package trade.indicator;

/**
 * cci (indicators.md §4.14): classic commodity channel index of the typical price with constant
 * 0.015. The window sum is a running sum without periodic re-sum, as in the original; the mean
 * deviation is re-read from the window each bar (O(length)).
 */
final class Cci implements Indicator {
    private final RunningWindowSum typical;
    private double value = Double.NaN;

    Cci(int length) { typical = new RunningWindowSum(length); }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double tp = (high + low + close) / 3;
        typical.update(tp);
        if (!typical.isFull()) return;
        int n = typical.length();
        double mean = typical.sum() / n;
        double deviations = 0;
        for (int i = 0; i < n; i++) deviations += Math.abs(typical.get(i) - mean);
        double md = deviations / n;
        value = md == 0 ? 0 : (tp - mean) / (0.015 * md);
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return typical.isFull(); }

    @Override
    public void reset() {
        typical.reset();
        value = Double.NaN;
    }
}
