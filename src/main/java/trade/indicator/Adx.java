package trade.indicator;

/**
 * adx (indicators.md §4.23): +DI and −DI are the smoothed directional movements over an ATR whose
 * seed skips the first bar's range (mean of TR at t = 1..n−1); DX is their normalised gap and ADX
 * its RMA. ADXR averages ADX now and n−1 DX-bars ago (pandas_ta uses 2 bars ago, §6). Outputs: adx,
 * dmp, dmn, adxr; a bar whose ATR is not positive computes no DX and reads dmp/dmn as NaN.
 */
final class Adx implements Indicator {
    static final int ADX = 0, DMP = 1, DMN = 2, ADXR = 3;

    private final TrueRange trueRange = new TrueRange();
    private final ExponentialAverage atr;
    private final DirectionalMovement movement;
    private final ExponentialAverage adx;
    private final ValueRing history;
    private int count;
    private boolean hasDx;
    private double plusIndex = Double.NaN;
    private double minusIndex = Double.NaN;

    Adx(int length) {
        if (length < 2) throw new IllegalArgumentException("adx length must be >= 2, was " + length);
        atr = ExponentialAverage.wilderSeededOver(length, length - 1);
        movement = new DirectionalMovement(length);
        adx = ExponentialAverage.wilder(length);
        history = new ValueRing(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double tr = trueRange.next(high, low, close);
        if (count++ > 0) atr.update(tr);
        movement.update(open, high, low, close, volume);
        if (!atr.isReady()) return;
        double range = atr.value();
        if (!(range > 0)) {
            plusIndex = minusIndex = Double.NaN;
            return;
        }
        plusIndex = movement.plus() / range * 100;
        minusIndex = movement.minus() / range * 100;
        double total = plusIndex + minusIndex;
        double dx = total > 0 ? Math.abs(plusIndex - minusIndex) / total * 100 : 0;
        adx.update(dx);
        history.push(adx.value());
        hasDx = true;
    }

    @Override
    public double output(int index) {
        if (!hasDx) return Double.NaN;
        return switch (index) {
            case ADX -> adx.value();
            case DMP -> plusIndex;
            case DMN -> minusIndex;
            case ADXR -> history.isFull() ? (history.newest() + history.oldest()) / 2 : Double.NaN;
            default -> throw new IndexOutOfBoundsException("adx has 4 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return history.isFull(); }

    @Override
    public void reset() {
        trueRange.reset();
        atr.reset();
        movement.reset();
        adx.reset();
        history.clear();
        count = 0;
        hasDx = false;
        plusIndex = minusIndex = Double.NaN;
    }
}
