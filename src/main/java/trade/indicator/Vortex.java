package trade.indicator;

/**
 * vortex (indicators.md §4.27): n-bar sums of the vortex movements |H − L₋₁| (VM+) and |L − H₋₁|
 * (VM−) over the n-bar sum of true range; 0 when nothing moved. Bar 0 enters with zero movements
 * and its high-low range, so the first value (t = n−1) still includes it. Outputs: vip, vim.
 */
final class Vortex implements Indicator {
    static final int VIP = 0, VIM = 1;

    private final TrueRange trueRange = new TrueRange();
    private final RollingSums plus;
    private final RollingSums minus;
    private final RollingSums range;
    private boolean hasPrevious;
    private double previousHigh;
    private double previousLow;

    Vortex(int length) {
        plus = new RollingSums(length);
        minus = new RollingSums(length);
        range = new RollingSums(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        plus.update(hasPrevious ? Math.abs(high - previousLow) : 0);
        minus.update(hasPrevious ? Math.abs(low - previousHigh) : 0);
        range.update(trueRange.next(high, low, close));
        previousHigh = high;
        previousLow = low;
        hasPrevious = true;
    }

    @Override
    public double output(int index) {
        if (!range.isReady()) return Double.NaN;
        double tr = range.sum();
        if (tr == 0) return 0;
        return (index == VIP ? plus.sum() : minus.sum()) / tr;
    }

    @Override
    public boolean isReady() { return range.isReady(); }

    @Override
    public void reset() {
        trueRange.reset();
        plus.reset();
        minus.reset();
        range.reset();
        hasPrevious = false;
    }
}
