package trade.indicator;

/**
 * dema and tema (indicators.md §4.4-4.5): an SMA-seeded EMA followed by one or two first-value
 * seeded EMAs of the layer above (pandas_ta's ema-of-ema degenerates to that seed), combined as
 * 2·E1 − E2 or 3·E1 − 3·E2 + E3. Each layer is fed the already updated value of the one above.
 */
final class LayeredEma implements Indicator {
    private final InputSource source;
    private final ExponentialAverage first;
    private final ExponentialAverage second;
    private final ExponentialAverage third;

    private LayeredEma(int length, boolean triple, InputSource source) {
        this.source = source;
        this.first = ExponentialAverage.smaSeeded(length);
        this.second = ExponentialAverage.firstSeeded(length);
        this.third = triple ? ExponentialAverage.firstSeeded(length) : null;
    }

    static LayeredEma dema(int length, InputSource source) { return new LayeredEma(length, false, source); }

    static LayeredEma tema(int length, InputSource source) { return new LayeredEma(length, true, source); }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        first.update(source.pick(open, high, low, close, volume));
        if (!first.isReady()) return;
        second.update(first.value());
        if (third != null) third.update(second.value());
    }

    @Override
    public double output(int index) {
        if (!first.isReady()) return Double.NaN;
        double e1 = first.value(), e2 = second.value();
        return third == null ? 2 * e1 - e2 : 3 * e1 - 3 * e2 + third.value();
    }

    @Override
    public boolean isReady() { return first.isReady(); }

    @Override
    public void reset() {
        first.reset();
        second.reset();
        if (third != null) third.reset();
    }
}
