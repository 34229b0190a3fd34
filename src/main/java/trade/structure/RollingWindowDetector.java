package trade.structure;

import java.util.List;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.core.ValueType;

/**
 * Rolling min or max of one OHLCV field over the last {@code size} bars including the current one
 * (structures.md §3.2). The window is partial at the start, like pandas {@code min_periods=1}.
 */
final class RollingWindowDetector implements Structure {
    static final int VALUE = 0;
    static final List<OutputSpec> OUTPUTS = List.of(OutputSpec.of("value", ValueType.FLOAT));

    private static final int OPEN = 0, HIGH = 1, LOW = 2, CLOSE = 3, VOLUME = 4;

    private final int source;
    private final MonotonicDeque deque;

    RollingWindowDetector(Params p) {
        source = switch (p.text("source")) {
            case "open" -> OPEN;
            case "high" -> HIGH;
            case "low" -> LOW;
            case "close" -> CLOSE;
            case "volume" -> VOLUME;
            default -> throw new IllegalArgumentException("rolling_window source " + p.text("source"));
        };
        deque = new MonotonicDeque(p.integer("size"), p.text("mode").equals("max"));
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        double v = switch (source) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            default -> volume;
        };
        deque.push(barIndex, v);
    }

    @Override
    public double output(int index) {
        if (index != VALUE) throw new IndexOutOfBoundsException("rolling_window has no output " + index);
        return deque.value();
    }

    @Override
    public void reset() { deque.clear(); }
}
