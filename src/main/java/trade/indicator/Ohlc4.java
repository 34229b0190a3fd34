package trade.indicator;

/** ohlc4 (indicators.md §4.43): (O+H+L+C)/4 of every bar, from the raw bar fields. */
final class Ohlc4 implements Indicator {
    private double value = Double.NaN;

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        value = (open + high + low + close) / 4;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return !Double.isNaN(value); }

    @Override
    public void reset() { value = Double.NaN; }
}
