package trade.indicator;

/**
 * mom and roc (indicators.md §4.41-4.42): the change of the routed source over length bars, as a
 * difference (mom) or as a percentage of the older value (roc, NaN when that value is 0).
 */
final class Change implements Indicator {
    private final InputSource source;
    private final boolean percent;
    private final ValueRing window;
    private double value = Double.NaN;

    private Change(int length, boolean percent, InputSource source) {
        this.source = source;
        this.percent = percent;
        this.window = new ValueRing(length + 1);
    }

    static Change momentum(int length, InputSource source) { return new Change(length, false, source); }

    static Change rateOfChange(int length, InputSource source) { return new Change(length, true, source); }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        window.push(x);
        if (!window.isFull()) return;
        double then = window.oldest();
        if (percent) value = then == 0 ? Double.NaN : (x - then) / then * 100;
        else value = x - then;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return window.isFull(); }

    @Override
    public void reset() {
        window.clear();
        value = Double.NaN;
    }
}
