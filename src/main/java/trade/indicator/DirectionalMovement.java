package trade.indicator;

/**
 * dm (indicators.md §4.28): Wilder's directional movement — the up-move of the high or the
 * down-move of the low, whichever is larger and positive — each smoothed by an RMA seeded at t = 1.
 * Outputs dmp, dmn in price units; adx builds its indices from the same two averages.
 */
final class DirectionalMovement implements Indicator {
    static final int PLUS = 0, MINUS = 1;

    private final ExponentialAverage plus;
    private final ExponentialAverage minus;
    private boolean hasPrevious;
    private double previousHigh;
    private double previousLow;

    DirectionalMovement(int length) {
        plus = ExponentialAverage.wilder(length);
        minus = ExponentialAverage.wilder(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        if (hasPrevious) {
            double up = high - previousHigh;
            double down = previousLow - low;
            plus.update(up > down && up > 0 ? up : 0);
            minus.update(down > up && down > 0 ? down : 0);
        }
        previousHigh = high;
        previousLow = low;
        hasPrevious = true;
    }

    double plus() { return plus.value(); }

    double minus() { return minus.value(); }

    @Override
    public double output(int index) { return index == PLUS ? plus.value() : minus.value(); }

    @Override
    public boolean isReady() { return plus.isReady(); }

    @Override
    public void reset() {
        plus.reset();
        minus.reset();
        hasPrevious = false;
    }
}
