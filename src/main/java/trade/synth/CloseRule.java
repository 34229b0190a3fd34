package trade.synth;

/** How one pattern draws its close prices. */
@FunctionalInterface
interface CloseRule {
    /**
     * Fills {@code p[0..n-1]} with closes; {@code p[0]} arrives set to P0 (vector-form patterns
     * overwrite it). Draws come only from {@code run}'s stream, in a fixed order.
     */
    void fill(double[] p, PatternRun run);
}
