package trade.engine;

/** Receives how far a run is, now and then (never per bar), for progress lines on stderr. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long candlesDone, long candlesTotal);
}
