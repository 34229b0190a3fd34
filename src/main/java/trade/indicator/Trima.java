package trade.indicator;

/**
 * trima (indicators.md §4.6): SMA of an SMA, both over h = round-half-even((n+1)/2) bars (Python's
 * round, hence Math.rint); first value at t = 2h-2.
 */
final class Trima implements Indicator {
    private final InputSource source;
    private final RollingSums inner;
    private final RollingSums outer;

    Trima(int length, InputSource source) {
        this.source = source;
        int half = (int) Math.rint(0.5 * (length + 1));
        this.inner = new RollingSums(half);
        this.outer = new RollingSums(half);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        inner.update(source.pick(open, high, low, close, volume));
        if (inner.isReady()) outer.update(inner.value());
    }

    @Override
    public double output(int index) { return outer.value(); }

    @Override
    public boolean isReady() { return outer.isReady(); }

    @Override
    public void reset() {
        inner.reset();
        outer.reset();
    }
}
