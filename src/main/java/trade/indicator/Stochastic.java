package trade.indicator;

/**
 * stoch and stochrsi (indicators.md §4.19-4.20) as one mechanism: where a value sits in the range
 * of its window (50 when the window is flat), averaged over smooth_k values into K and K over d
 * values into D; both outputs wait until D exists. stoch places the close in the k-bar high-low
 * range; stochrsi places each ready RSI among the last length ready RSIs. Outputs: k, d.
 */
final class Stochastic implements Indicator {
    private final Rsi rsi;
    private final MonotonicWindow highest;
    private final MonotonicWindow lowest;
    private final RollingSums rawK;
    private final RollingSums smoothK;
    private double k = Double.NaN;

    private Stochastic(Rsi rsi, int window, int kLength, int dLength) {
        this.rsi = rsi;
        highest = MonotonicWindow.maximum(window);
        lowest = MonotonicWindow.minimum(window);
        rawK = new RollingSums(kLength);
        smoothK = new RollingSums(dLength);
    }

    static Stochastic ofPrices(int k, int smoothK, int d) { return new Stochastic(null, k, smoothK, d); }

    static Stochastic ofRsi(int length, int rsiLength, int k, int d, InputSource source) {
        return new Stochastic(new Rsi(rsiLength, source), length, k, d);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        if (rsi == null) {
            place(high, low, close);
            return;
        }
        rsi.update(open, high, low, close, volume);
        if (rsi.isReady()) place(rsi.output(0), rsi.output(0), rsi.output(0));
    }

    private void place(double high, double low, double value) {
        highest.push(high);
        lowest.push(low);
        if (!highest.isFull()) return;
        double hh = highest.value(), ll = lowest.value();
        rawK.update(hh == ll ? 50 : ((value - ll) / (hh - ll)) * 100);
        if (!rawK.isReady()) return;
        k = rawK.value();
        smoothK.update(k);
    }

    @Override
    public double output(int index) {
        if (!smoothK.isReady()) return Double.NaN;
        return index == 0 ? k : smoothK.value();
    }

    @Override
    public boolean isReady() { return smoothK.isReady(); }

    @Override
    public void reset() {
        if (rsi != null) rsi.reset();
        highest.reset();
        lowest.reset();
        rawK.reset();
        smoothK.reset();
        k = Double.NaN;
    }
}
