package trade.structure;

/**
 * A push-based market-structure detector: one {@link #update} per closed bar of its timeframe, in
 * time order. Outputs are read by index (the order of {@link StructureKind#outputs}); FLOAT outputs
 * are NaN when empty, ENUM outputs hold the index of the word in the output's domain.
 */
public interface Structure {
    /** @param barIndex index of the bar in its timeframe, 0-based, +1 per closed bar */
    void update(int barIndex, double open, double high, double low, double close, double volume);

    double output(int index);

    void reset();
}
