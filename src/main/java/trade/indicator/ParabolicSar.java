package trade.indicator;

/**
 * psar (indicators.md §4.26): Wilder's parabolic stop and reverse. The first trend is falling when
 * bar 1 made both a lower high and a lower low than bar 0 (pandas_ta decides from bar 1's −DM, §6);
 * the acceleration starts at af0 and grows by af0 (pandas_ta ignores its {@code af} parameter too)
 * up to max_af each time the extreme point moves. Outputs: long (SAR below price in an uptrend),
 * short, af, reversal (1 on a flip bar, else 0), from t = 1.
 */
final class ParabolicSar implements Indicator {
    static final int LONG = 0, SHORT = 1, AF = 2, REVERSAL = 3;

    private final double step;
    private final double maxStep;
    private int count;
    private boolean falling;
    private boolean reversal;
    private double sar;
    private double extreme;
    private double acceleration = Double.NaN;
    private double firstHigh;
    private double firstLow;
    private double previousHigh;
    private double previousLow;

    ParabolicSar(double initialStep, double maxStep) {
        this.step = initialStep;
        this.maxStep = maxStep;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        if (count++ == 0) {
            firstHigh = previousHigh = high;
            firstLow = previousLow = low;
            sar = close;
            return;
        }
        if (count == 2) {
            falling = high < firstHigh && low < firstLow;
            extreme = falling ? firstLow : firstHigh;
            acceleration = step;
        }
        double next = sar + acceleration * (extreme - sar);
        boolean flips;
        if (falling) {
            flips = high > next;
            if (low < extreme) {
                extreme = low;
                acceleration = Math.min(acceleration + step, maxStep);
            }
            next = Math.max(previousHigh, next);
        } else {
            flips = low < next;
            if (high > extreme) {
                extreme = high;
                acceleration = Math.min(acceleration + step, maxStep);
            }
            next = Math.min(previousLow, next);
        }
        if (flips) {
            next = extreme;
            acceleration = step;
            falling = !falling;
            extreme = falling ? low : high;
        }
        sar = next;
        previousHigh = high;
        previousLow = low;
        reversal = flips;
    }

    @Override
    public double output(int index) {
        boolean ready = count > 1;
        return switch (index) {
            case LONG -> ready && !falling ? sar : Double.NaN;
            case SHORT -> ready && falling ? sar : Double.NaN;
            case AF -> acceleration;
            case REVERSAL -> reversal ? 1 : 0;
            default -> throw new IndexOutOfBoundsException("psar has 4 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return count > 1; }

    @Override
    public void reset() {
        count = 0;
        falling = false;
        reversal = false;
        acceleration = Double.NaN;
    }
}
