package trade.indicator;

/**
 * vwap (indicators.md §4.11): typical-price VWAP restarting when the UTC day, Monday-based week or
 * calendar month of the bar's open time changes. The first bar never restarts; bars without an
 * open time never restart.
 */
final class Vwap implements AnchoredIndicator {
    private final CalendarPeriod period;
    private final BarAnchors anchors = new BarAnchors();
    private final CumulativeVwap vwap = new CumulativeVwap();
    private long lastPeriod = Long.MIN_VALUE;
    private boolean updated;

    Vwap(CalendarPeriod period) { this.period = period; }

    @Override
    public void anchor(long barOpenTime, long highVersion, long lowVersion, long pairVersion, int pairDirection) {
        anchors.set(barOpenTime, highVersion, lowVersion, pairVersion, pairDirection);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        if (anchors.hasTime()) {
            long p = period.indexOf(anchors.openTime);
            if (lastPeriod != Long.MIN_VALUE && p != lastPeriod) vwap.restart();
            lastPeriod = p;
        }
        anchors.clear();
        updated = true;
        vwap.add(high, low, close, volume);
    }

    @Override
    public double output(int index) { return vwap.value(); }

    @Override
    public boolean isReady() { return updated; }

    @Override
    public void reset() {
        anchors.clear();
        vwap.restart();
        lastPeriod = Long.MIN_VALUE;
        updated = false;
    }
}
