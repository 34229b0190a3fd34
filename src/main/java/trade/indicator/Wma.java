package trade.indicator;

/**
 * wma (indicators.md §4.3): linear weights 1..n, newest weighted n, from two running sums updated in
 * O(1). The weighted sum's step subtracts the whole plain sum each bar, so its rounding piles up
 * (1e-8 relative after ten million bars); unlike the original, both sums are re-summed exactly from
 * the window every n bars (house rule: bounded drift), which costs O(1) amortised.
 */
final class Wma implements Indicator {
    private final InputSource source;
    private final ValueRing window;
    private final double divisor;
    private double plainSum;
    private double weightedSum;
    private int sinceRecompute;

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
            if (++sinceRecompute >= n) resum();
        }
    }

    private void resum() {
        double plain = 0, weighted = 0;
        for (int i = 0; i < window.size(); i++) {
            double v = window.get(i);
            plain += v;
            weighted += v * (i + 1);
        }
        plainSum = plain;
        weightedSum = weighted;
        sinceRecompute = 0;
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
        sinceRecompute = 0;
    }
}
