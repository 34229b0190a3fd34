package trade.structure;

import java.util.function.DoubleSupplier;
import trade.core.Params;

/**
 * The last opposing candle before a displacement (structures.md §3.10). On a displacement bar the
 * previous {@code lookback + 2} candles are searched newest first for the first one that closed
 * against the move; its body (or range) becomes the block. A block is used once: the first retest
 * mitigates it, a close through its far side invalidates it. {@code require_displacement} is
 * accepted but, as in the original, a displacement is always required.
 */
final class OrderBlockDetector implements Structure {
    static final int ANY_INVALIDATED_THIS_BAR = PriceBands.SHARED, LAST_INVALIDATED_DIRECTION = PriceBands.SHARED + 1,
            LAST_INVALIDATED_UPPER = PriceBands.SHARED + 2, LAST_INVALIDATED_LOWER = PriceBands.SHARED + 3,
            VERSION = PriceBands.SHARED + 4;

    /** The declared displacement, or a private one with this block's own thresholds. */
    private final DisplacementDetector displacement;
    private final boolean ownDisplacement;
    private final boolean useBody;
    private final PriceBands blocks;
    // prior candles, ring-indexed by bar count; capacity lookback + 2 as in the original
    private final double[] opens, highs, lows, closes;
    private int count;

    OrderBlockDetector(Params p, DisplacementDetector declared, DoubleSupplier atr) {
        ownDisplacement = declared == null;
        displacement = ownDisplacement ? new DisplacementDetector(p, atr) : declared;
        useBody = p.bool("use_body");
        blocks = new PriceBands(p.integer("max_active"));
        int capacity = p.integer("lookback") + 2;
        opens = new double[capacity];
        highs = new double[capacity];
        lows = new double[capacity];
        closes = new double[capacity];
        reset();
    }

    @Override
    public void reset() {
        blocks.reset();
        count = 0;
        if (ownDisplacement) displacement.reset();
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        blocks.startBar();
        if (ownDisplacement) displacement.update(barIndex, open, high, low, close, volume);
        int dir = (int) displacement.output(DisplacementDetector.DIRECTION);
        if (displacement.output(DisplacementDetector.IS_DISPLACEMENT) == 1 && dir != 0) {
            for (int back = 1; back <= Math.min(count, opens.length); back++) {
                int k = (count - back) % opens.length;
                if (dir > 0 ? closes[k] < opens[k] : closes[k] > opens[k]) {
                    double top = useBody ? Math.max(opens[k], closes[k]) : highs[k];
                    double bottom = useBody ? Math.min(opens[k], closes[k]) : lows[k];
                    if (top > bottom) blocks.create(dir, top, bottom, barIndex);
                    break;
                }
            }
        }
        int k = count % opens.length;
        opens[k] = open;
        highs[k] = high;
        lows[k] = low;
        closes[k] = close;
        count++;
        blocks.retest(barIndex, high, low, close);
        blocks.finishBar(close);
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case ANY_INVALIDATED_THIS_BAR -> SwingDetector.flag(blocks.anyInvalidated());
            case LAST_INVALIDATED_DIRECTION -> blocks.lastInvalidatedDirection();
            case LAST_INVALIDATED_UPPER -> blocks.lastInvalidatedUpper();
            case LAST_INVALIDATED_LOWER -> blocks.lastInvalidatedLower();
            case VERSION -> blocks.version();
            default -> {
                if (index < 0 || index > VERSION) throw new IndexOutOfBoundsException("order_block has no output " + index);
                yield blocks.output(index);
            }
        };
    }
}
