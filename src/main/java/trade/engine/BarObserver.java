package trade.engine;

import trade.play.Intent;

/**
 * Watches a run bar by bar: what the audits use to prove the engine keeps its promises (no
 * look-ahead, trading starts exactly when every feature is warm). The engine calls it once per
 * exec bar it steps through, in order, after the bar's actions were evaluated; warm-up bars come
 * with {@code tradable} false and no decision. A run without an observer pays one null check per bar.
 */
@FunctionalInterface
public interface BarObserver {
    /**
     * @param bar      index of the exec bar, 0 for the first one closed
     * @param closeTimeMs the bar's close time
     * @param tradable false while the Play warms up: the exchange and the actions did not run
     * @param series   every series slot's value at the bar's close; valid only during the call
     * @param decision the intent the engine acted on at this bar, or null
     */
    void bar(int bar, long closeTimeMs, boolean tradable, SeriesValues series, Intent decision);

    /** Read access to the series slots, numbered as {@code CompiledPlay.series()}. */
    @FunctionalInterface
    interface SeriesValues {
        double value(int slot);
    }
}
