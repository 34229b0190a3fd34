package trade.indicator;

/**
 * squeeze (indicators.md §4.36): Bollinger bands inside Keltner channels ("on") or outside them
 * ("off"), with a 6-bar SMA of the 12-bar close momentum as sqz (both lengths fixed, §5). The
 * Keltner channel is the EMA-based kc (pandas_ta's squeeze builds an SMA one, §6). The flags are 0,
 * not NaN, until every part is ready. Outputs: sqz, on, off, no_sqz.
 */
final class Squeeze implements Indicator {
    static final int SQZ = 0, ON = 1, OFF = 2, NO_SQZ = 3;
    private static final int MOMENTUM_LENGTH = 12, MOMENTUM_SMOOTHING = 6;

    private final BollingerBands bands;
    private final KeltnerChannel channel;
    private final Change momentum = Change.momentum(MOMENTUM_LENGTH, InputSource.CLOSE);
    private final RollingSums smoothed = new RollingSums(MOMENTUM_SMOOTHING);
    private int state = NO_SQZ;

    Squeeze(int bbLength, double bbStd, int kcLength, double kcScalar) {
        bands = new BollingerBands(bbLength, bbStd, InputSource.CLOSE);
        channel = new KeltnerChannel(kcLength, kcScalar);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        bands.update(open, high, low, close, volume);
        channel.update(open, high, low, close, volume);
        momentum.update(open, high, low, close, volume);
        if (momentum.isReady()) smoothed.update(momentum.output(0));
        if (!isReady()) return;
        double bbLower = bands.output(BollingerBands.LOWER), bbUpper = bands.output(BollingerBands.UPPER);
        double kcLower = channel.output(KeltnerChannel.LOWER), kcUpper = channel.output(KeltnerChannel.UPPER);
        if (bbLower > kcLower && bbUpper < kcUpper) state = ON;
        else if (bbLower < kcLower && bbUpper > kcUpper) state = OFF;
        else state = NO_SQZ;
    }

    @Override
    public double output(int index) {
        if (index == SQZ) return smoothed.value();
        return isReady() && state == index ? 1 : 0;
    }

    @Override
    public boolean isReady() { return bands.isReady() && channel.isReady() && smoothed.isReady(); }

    @Override
    public void reset() {
        bands.reset();
        channel.reset();
        momentum.reset();
        smoothed.reset();
        state = NO_SQZ;
    }
}
