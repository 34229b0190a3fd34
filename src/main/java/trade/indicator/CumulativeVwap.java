package trade.indicator;

/**
 * Typical-price VWAP since the last restart (vwap and anchored_vwap, indicators.md §4.11-4.12).
 * Both totals grow for a whole session, or for ever when nothing restarts, so they are compensated.
 */
final class CumulativeVwap {
    private final CompensatedSum priceVolume = new CompensatedSum();
    private final CompensatedSum volume = new CompensatedSum();

    /** Bars with any NaN field are skipped, keeping the totals. */
    void add(double high, double low, double close, double barVolume) {
        if (Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close) || Double.isNaN(barVolume)) return;
        double typical = (high + low + close) / 3;
        priceVolume.add(typical * barVolume);
        volume.add(barVolume);
    }

    /** NaN while nothing traded since the restart. */
    double value() {
        double v = volume.value();
        return v == 0 ? Double.NaN : priceVolume.value() / v;
    }

    void restart() {
        priceVolume.clear();
        volume.clear();
    }
}
