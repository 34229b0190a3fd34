package trade.indicator;

/**
 * uo (indicators.md §4.18): weighted mix (4:2:1) of buying pressure over true range for the fast,
 * medium and slow windows; a window that did not move counts 0. From t = 1 each bar gives
 * bp = C − min(L, C₋₁) and tr = max(H, C₋₁) − min(L, C₋₁); the value appears once slow pairs exist.
 * The original sums the windows from a buffer of slow pairs at each read; running window sums give
 * the same in O(1), and a window longer than slow is capped at slow as that buffer was.
 */
final class UltimateOscillator implements Indicator {
    private final RollingSums[] pressure = new RollingSums[3];
    private final RollingSums[] range = new RollingSums[3];
    private final RollingSums slowest;
    private boolean hasPrevious;
    private double previousClose;
    private double value = Double.NaN;

    UltimateOscillator(int fast, int medium, int slow) {
        int[] lengths = {fast, medium, slow};
        for (int i = 0; i < 3; i++) {
            pressure[i] = new RollingSums(Math.min(lengths[i], slow));
            range[i] = new RollingSums(Math.min(lengths[i], slow));
        }
        slowest = range[2];
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        if (hasPrevious) {
            double floor = Math.min(low, previousClose);
            double bp = close - floor;
            double tr = Math.max(high, previousClose) - floor;
            for (int i = 0; i < 3; i++) {
                pressure[i].update(bp);
                range[i].update(tr);
            }
            if (slowest.isReady()) value = 100 * (4 * average(0) + 2 * average(1) + average(2)) / 7;
        }
        previousClose = close;
        hasPrevious = true;
    }

    private double average(int i) {
        double tr = range[i].sum();
        return tr == 0 ? 0 : pressure[i].sum() / tr;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return slowest.isReady(); }

    @Override
    public void reset() {
        for (int i = 0; i < 3; i++) {
            pressure[i].reset();
            range[i].reset();
        }
        hasPrevious = false;
        value = Double.NaN;
    }
}
