package trade.indicator;

import java.util.Optional;

/** The price series a single-input indicator reads ({@code source:} in a Play). */
public enum InputSource {
    CLOSE("close"), OPEN("open"), HIGH("high"), LOW("low"), VOLUME("volume"),
    HL2("hl2"), HLC3("hlc3"), OHLC4("ohlc4");

    private final String label;

    InputSource(String label) { this.label = label; }

    public String label() { return label; }

    public double pick(double open, double high, double low, double close, double volume) {
        return switch (this) {
            case CLOSE -> close;
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case VOLUME -> volume;
            case HL2 -> (high + low) / 2;
            case HLC3 -> (high + low + close) / 3;
            case OHLC4 -> (open + high + low + close) / 4;
        };
    }

    public static Optional<InputSource> parse(String text) {
        for (InputSource s : values()) if (s.label.equals(text)) return Optional.of(s);
        return Optional.empty();
    }
}
