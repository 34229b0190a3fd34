package trade.indicator;

/**
 * kc (indicators.md §4.34): SMA-seeded EMA of the close ± scalar × SMA-seeded EMA of the true range
 * (pandas_ta's mamode=ema). Outputs: lower, basis, upper.
 */
final class KeltnerChannel implements Indicator {
    static final int LOWER = 0, BASIS = 1, UPPER = 2;

    private final TrueRange trueRange = new TrueRange();
    private final ExponentialAverage basis;
    private final ExponentialAverage band;
    private final double scalar;

    KeltnerChannel(int length, double scalar) {
        this.basis = ExponentialAverage.smaSeeded(length);
        this.band = ExponentialAverage.smaSeeded(length);
        this.scalar = scalar;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        basis.update(close);
        band.update(trueRange.next(high, low, close));
    }

    @Override
    public double output(int index) {
        if (!isReady()) return Double.NaN;
        return switch (index) {
            case LOWER -> basis.value() - scalar * band.value();
            case BASIS -> basis.value();
            case UPPER -> basis.value() + scalar * band.value();
            default -> throw new IndexOutOfBoundsException("kc has 3 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return basis.isReady() && band.isReady(); }

    @Override
    public void reset() {
        trueRange.reset();
        basis.reset();
        band.reset();
    }
}
