package trade.indicator;

/**
 * linreg (indicators.md §4.10): the least-squares line through the last n inputs (x = 0 the oldest),
 * read at the newest position. Σy and Σxy move in O(1) per bar as the spec's recurrence does; the
 * Σxy step subtracts the whole Σy each bar, so its rounding would pile up without bound, and both
 * sums are therefore re-summed exactly from the window every n bars (house rule: bounded drift).
 */
final class LinearRegression implements Indicator {
    private final InputSource source;
    private final ValueRing window;
    private final int length;
    private final double sumX;
    private final double denominator;
    private double sumY;
    private double sumXY;
    private int sinceRecompute;
    private double value = Double.NaN;

    LinearRegression(int length, InputSource source) {
        this.source = source;
        this.length = length;
        this.window = new ValueRing(length);
        double n = length;
        this.sumX = (n - 1) * n / 2;
        double sumXX = (n - 1) * n * (2 * n - 1) / 6;
        this.denominator = n * sumXX - sumX * sumX;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        if (!window.isFull()) {
            double position = window.size();
            window.push(x);
            sumY += x;
            sumXY += position * x;
        } else {
            double old = window.push(x);
            sumY -= old;
            sumXY -= sumY;
            sumY += x;
            sumXY += x * (length - 1);
            if (++sinceRecompute >= length) resum();
        }
        if (!window.isFull()) return;
        if (denominator == 0) {
            value = x;
            return;
        }
        double slope = (length * sumXY - sumX * sumY) / denominator;
        double intercept = (sumY - slope * sumX) / length;
        value = intercept + slope * (length - 1);
    }

    private void resum() {
        double y = 0, xy = 0;
        for (int i = 0; i < length; i++) {
            double v = window.get(i);
            y += v;
            xy += i * v;
        }
        sumY = y;
        sumXY = xy;
        sinceRecompute = 0;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return window.isFull(); }

    @Override
    public void reset() {
        window.clear();
        sumY = 0;
        sumXY = 0;
        sinceRecompute = 0;
        value = Double.NaN;
    }
}
