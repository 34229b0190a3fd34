package trade.indicator;

/** ema (indicators.md §4.1): SMA-seeded EMA of the routed source; first value at t = length-1. */
final class Ema implements Indicator {
    private final InputSource source;
    private final ExponentialAverage average;

    Ema(int length, InputSource source) {
        this.source = source;
        this.average = ExponentialAverage.smaSeeded(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        average.update(source.pick(open, high, low, close, volume));
    }

    @Override
    public double output(int index) { return average.value(); }

    @Override
    public boolean isReady() { return average.isReady(); }

    @Override
    public void reset() { average.reset(); }
}
