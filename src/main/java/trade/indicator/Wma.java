package trade.indicator;

/**
 * wma (indicators.md §4.3): linear weights 1..n, newest weighted n, from two running sums updated in
 * O(1). As in the original there is no periodic re-sum, so rounding drift is reproduced.
 */
final class Wma implements Indicator {
    private final InputSource source;
    private final ValueRing window;
    private final double divisor;
    private double plainSum;
    private double weightedSum;

    Wma(int length, InputSource source) {
        this.source = source;
        this.window = new ValueRing(length);
        this.divisor = (double) ((long) length * (length + 1) / 2);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        int n = window.capacity();
        if (!window.isFull()) {
            window.push(x);
            plainSum += x;
            weightedSum += x * window.size();
        } else {
            double old = window.push(x);
            weightedSum = weightedSum - plainSum + x * n;
            plainSum = plainSum - old + x;
        }
    }

    @Override
    public double output(int index) { return window.isFull() ? weightedSum / divisor : Double.NaN; }

    @Override
    public boolean isReady() { return window.isFull(); }

    @Override
    public void reset() {
        window.clear();
        plainSum = 0;
        weightedSum = 0;
    }
}
