package trade.structure;

/**
 * A failed order block that flips polarity (structures.md §3.13): when an order block is
 * invalidated on the same bar as a change of character, its band becomes a breaker of the opposite
 * direction (a broken bullish block turns into resistance). Breakers are retested like order
 * blocks. Without a market_structure in {@code uses} no breaker can form, as in the original; the
 * CHoCH direction is not compared with the flip, also as in the original.
 */
final class BreakerBlockDetector implements Structure {
    static final int VERSION = PriceBands.SHARED;

    private final OrderBlockDetector orderBlock;
    private final MarketStructureDetector structure;
    private final PriceBands breakers;

    BreakerBlockDetector(int maxActive, OrderBlockDetector orderBlock, MarketStructureDetector structure) {
        this.orderBlock = orderBlock;
        this.structure = structure;
        breakers = new PriceBands(maxActive);
    }

    @Override
    public void reset() { breakers.reset(); }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        breakers.startBar();
        if (structure != null && orderBlock.output(OrderBlockDetector.ANY_INVALIDATED_THIS_BAR) == 1
                && structure.output(MarketStructureDetector.CHOCH_THIS_BAR) == 1) {
            int dir = (int) orderBlock.output(OrderBlockDetector.LAST_INVALIDATED_DIRECTION);
            double top = orderBlock.output(OrderBlockDetector.LAST_INVALIDATED_UPPER);
            double bottom = orderBlock.output(OrderBlockDetector.LAST_INVALIDATED_LOWER);
            if (dir != 0 && Double.isFinite(top) && top > bottom) breakers.create(-dir, top, bottom, barIndex);
        }
        breakers.retest(barIndex, high, low, close);
        breakers.finishBar(close);
    }

    @Override
    public double output(int index) {
        if (index == VERSION) return breakers.version();
        if (index < 0 || index > VERSION) throw new IndexOutOfBoundsException("breaker_block has no output " + index);
        return breakers.output(index);
    }
}
