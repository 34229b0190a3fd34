package trade.indicator;

/**
 * cci (indicators.md §4.14): classic commodity channel index of the typical price with constant
 * 0.015. The window sum is a running sum without periodic re-sum, as in the original; the mean
 * deviation is re-read from the window each bar (O(length)).
 */
final class Cci implements Indicator {
    private final ValueRing window;
    private double sum;
    private double value = Double.NaN;

    Cci(int length) { window = new ValueRing(length); }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double tp = (high + low + close) / 3;
        sum += tp;
        boolean evicts = window.isFull();
        double old = window.push(tp);
        if (evicts) sum -= old;
        if (!window.isFull()) return;
        int n = window.capacity();
        double mean = sum / n;
        double deviations = 0;
        for (int i = 0; i < n; i++) deviations += Math.abs(window.get(i) - mean);
        double md = deviations / n;
        value = md == 0 ? 0 : (tp - mean) / (0.015 * md);
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return window.isFull(); }

    @Override
    public void reset() {
        window.clear();
        sum = 0;
        value = Double.NaN;
    }
}
