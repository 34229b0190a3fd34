package trade.indicator;

/**
 * anchored_volume_profile (indicators.md §4.46): a volume_profile that starts afresh whenever the
 * swing structure of its timeframe completes a new pivot pair. The restart comes before the bar is
 * added, so the restart bar's outputs are NaN (a profile needs two bars). Outputs: the profile's
 * six, then bars_since_anchor (1 on the restart bar, counting from 1 at the first bar).
 */
final class AnchoredVolumeProfile implements AnchoredIndicator {
    private static final int BARS_SINCE_ANCHOR = 6;

    private final VolumeProfile profile;
    private final BarAnchors anchors = new BarAnchors();
    private long lastPair = NO_VERSION;
    private long barsSince;
    private boolean ready;

    AnchoredVolumeProfile(int buckets, int lookback, double valueAreaShare) {
        profile = new VolumeProfile(buckets, lookback, valueAreaShare);
    }

    @Override
    public void anchor(long barOpenTime, long highVersion, long lowVersion, long pairVersion, int pairDirection) {
        anchors.set(barOpenTime, highVersion, lowVersion, pairVersion, pairDirection);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        long pair = anchors.pairVersion;
        anchors.clear();
        barsSince++;
        if (pair >= 0) {
            if (pair != lastPair && lastPair >= 0) {
                profile.reset();
                barsSince = 1;
            }
            lastPair = pair;
        }
        profile.update(open, high, low, close, volume);
        ready |= profile.isReady();
    }

    @Override
    public double output(int index) { return index == BARS_SINCE_ANCHOR ? barsSince : profile.output(index); }

    @Override
    public boolean isReady() { return ready; }

    @Override
    public void reset() {
        profile.reset();
        anchors.clear();
        lastPair = NO_VERSION;
        barsSince = 0;
        ready = false;
    }
}
