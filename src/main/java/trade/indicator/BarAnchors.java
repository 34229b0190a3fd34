package trade.indicator;

/**
 * What {@link AnchoredIndicator#anchor} handed over for the coming update; {@link #clear} after the
 * update so that a bar without it reads as "no time, no swing".
 */
final class BarAnchors {
    long openTime;
    long highVersion;
    long lowVersion;
    long pairVersion;
    int pairDirection;

    BarAnchors() { clear(); }

    void set(long openTime, long highVersion, long lowVersion, long pairVersion, int pairDirection) {
        this.openTime = openTime;
        this.highVersion = highVersion;
        this.lowVersion = lowVersion;
        this.pairVersion = pairVersion;
        this.pairDirection = pairDirection;
    }

    boolean hasTime() { return openTime != AnchoredIndicator.NO_TIME; }

    void clear() {
        set(AnchoredIndicator.NO_TIME, AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_VERSION,
                AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_PAIR);
    }
}
