package trade.indicator;

/**
 * mfi (indicators.md §4.17): money flow index from n-bar running sums of positive and negative raw
 * money flow (typical price × volume). An unchanged typical price adds to neither side (pandas_ta
 * counts it as negative); a window with no negative flow reads 100, with no flow at all 50.
 */
final class Mfi implements Indicator {
    private final RunningWindowSum positive;
    private final RunningWindowSum negative;
    private boolean hasPrevious;
    private double previousTypical;
    private double value = Double.NaN;

    Mfi(int length) {
        positive = new RunningWindowSum(length);
        negative = new RunningWindowSum(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double tp = (high + low + close) / 3;
        if (hasPrevious) {
            double raw = tp * volume;
            positive.update(tp > previousTypical ? raw : 0);
            negative.update(tp < previousTypical ? raw : 0);
            if (positive.isFull()) {
                double p = positive.sum(), n = negative.sum();
                // rounding left in the running sums can make p/n exactly -1 (the original raised
                // ZeroDivisionError there); an output must be finite or NaN, so that bar is NaN
                double ratio = 1 + p / n;
                value = n == 0 ? (p > 0 ? 100 : 50) : ratio == 0 ? Double.NaN : 100 - 100 / ratio;
            }
        }
        previousTypical = tp;
        hasPrevious = true;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return positive.isFull(); }

    @Override
    public void reset() {
        positive.reset();
        negative.reset();
        hasPrevious = false;
        value = Double.NaN;
    }
}
