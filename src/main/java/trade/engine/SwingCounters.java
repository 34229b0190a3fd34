package trade.engine;

import java.util.List;
import trade.core.OutputSpec;
import trade.indicator.AnchoredIndicator;
import trade.structure.Structure;

/**
 * Hands an anchored indicator what its bar's prices do not show (indicators.md §1.7): the bar's
 * open time and the counters of the first {@code swing} structure declared on the indicator's
 * timeframe, read after that bar's structures have updated. Without a swing the counters read
 * "none", so nothing restarts on swings.
 */
final class SwingCounters {
    static final SwingCounters NONE = new SwingCounters(null, List.of());

    private final Structure swing;
    private final int high, low, pair, direction;
    private final double bullish, bearish;

    SwingCounters(Structure swing, List<OutputSpec> outputs) {
        this.swing = swing;
        this.high = indexOf(outputs, "high_version");
        this.low = indexOf(outputs, "low_version");
        this.pair = indexOf(outputs, "pair_version");
        this.direction = indexOf(outputs, "pair_direction");
        this.bullish = direction < 0 ? Double.NaN : outputs.get(direction).enumCode("bullish");
        this.bearish = direction < 0 ? Double.NaN : outputs.get(direction).enumCode("bearish");
    }

    private static int indexOf(List<OutputSpec> outputs, String name) {
        for (int i = 0; i < outputs.size(); i++) if (outputs.get(i).name().equals(name)) return i;
        return -1;
    }

    void anchor(AnchoredIndicator indicator, long barOpenTime) {
        if (swing == null) {
            indicator.anchor(barOpenTime, AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_VERSION,
                    AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_PAIR);
            return;
        }
        double d = swing.output(direction);
        int pairDirection = d == bullish ? AnchoredIndicator.BULLISH : d == bearish ? AnchoredIndicator.BEARISH : AnchoredIndicator.NO_PAIR;
        indicator.anchor(barOpenTime, (long) swing.output(high), (long) swing.output(low), (long) swing.output(pair), pairDirection);
    }
}
