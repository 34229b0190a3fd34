package trade.dsl.plan;

/**
 * A planned condition, ready for the per-bar loop: evaluation reads slots through the engine's
 * {@link SeriesReader}, allocates nothing and returns a {@link Truth} int.
 */
public final class Condition {
    private final ConditionNode root;
    private final boolean dependsOnMinute;

    Condition(ConditionNode root, boolean dependsOnMinute) {
        this.root = root;
        this.dependsOnMinute = dependsOnMinute;
    }

    /** Truth at the current evaluation time. */
    public int evaluate() { return root.eval(0L); }

    /**
     * True when the condition reads a 1m-clock series ({@code last_price}, {@code mark_price}), so its
     * value can change between the 1m closes of one exec bar. Otherwise it is the same at every 1m
     * close of the bar and one evaluation per bar decides for all of them.
     */
    public boolean dependsOnMinute() { return dependsOnMinute; }
}
