package trade.indicator;

/**
 * anchored_vwap (indicators.md §4.12): typical-price VWAP restarting when the swing structure of its
 * timeframe confirms a new pivot or completes a pair, as {@code anchor_source} selects. The restart
 * happens before the bar's own prices are added, so the confirmation bar is the first of the new
 * anchor. Outputs: value, bars_since_anchor (1 on the restart bar, counting from 1 at the first bar).
 */
final class AnchoredVwap implements AnchoredIndicator {
    static final int VALUE = 0, BARS_SINCE_ANCHOR = 1;

    /** What restarts the VWAP; {@code manual} never does (nothing sets a manual anchor yet). */
    enum Source {
        SWING_HIGH, SWING_LOW, SWING_ANY, PAIR_HIGH, PAIR_LOW, PAIR_ANY, MANUAL;

        static Source of(String name) { return valueOf(name.toUpperCase(java.util.Locale.ROOT)); }

        boolean followsPairs() { return this == PAIR_HIGH || this == PAIR_LOW || this == PAIR_ANY; }

        boolean followsHighs() { return this == SWING_HIGH || this == SWING_ANY; }

        boolean followsLows() { return this == SWING_LOW || this == SWING_ANY; }
    }

    private final Source source;
    private final BarAnchors anchors = new BarAnchors();
    private final CumulativeVwap vwap = new CumulativeVwap();
    private long lastHigh, lastLow, lastPair;
    private long barsSince;

    AnchoredVwap(Source source) {
        this.source = source;
        reset();
    }

    @Override
    public void anchor(long barOpenTime, long highVersion, long lowVersion, long pairVersion, int pairDirection) {
        anchors.set(barOpenTime, highVersion, lowVersion, pairVersion, pairDirection);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        if (restarts()) {
            vwap.restart();
            barsSince = 0;
        }
        anchors.clear();
        barsSince++;
        vwap.add(high, low, close, volume);
    }

    /** Compares the handed-over counters with the last ones seen (a counter below 0 means "none"). */
    private boolean restarts() {
        boolean restart = false;
        if (source.followsPairs()) {
            long pv = anchors.pairVersion;
            if (pv > lastPair && lastPair >= 0) {
                restart = source == Source.PAIR_ANY
                        || source == Source.PAIR_HIGH && anchors.pairDirection == BULLISH
                        || source == Source.PAIR_LOW && anchors.pairDirection == BEARISH;
            }
            if (pv >= 0) lastPair = pv;
        } else {
            long hv = anchors.highVersion, lv = anchors.lowVersion;
            if (source.followsHighs() && hv > lastHigh && lastHigh >= 0) restart = true;
            if (source.followsLows() && lv > lastLow && lastLow >= 0) restart = true;
            if (hv >= 0) lastHigh = hv;
            if (lv >= 0) lastLow = lv;
        }
        return restart;
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case VALUE -> vwap.value();
            case BARS_SINCE_ANCHOR -> barsSince;
            default -> throw new IndexOutOfBoundsException("anchored_vwap has 2 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return barsSince > 0; }

    @Override
    public void reset() {
        anchors.clear();
        vwap.restart();
        lastHigh = lastLow = lastPair = NO_VERSION;
        barsSince = 0;
    }
}
