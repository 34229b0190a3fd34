package trade.indicator;

/** sma (indicators.md §4.2): mean of the last length inputs of the routed source. */
final class Sma implements Indicator {
    private final InputSource source;
    private final RollingSums sums;

    Sma(int length, InputSource source) {
        this.source = source;
        this.sums = new RollingSums(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        sums.update(source.pick(open, high, low, close, volume));
    }

    @Override
    public double output(int index) { return sums.value(); }

    @Override
    public boolean isReady() { return sums.isReady(); }

    @Override
    public void reset() { sums.reset(); }
}
