package trade.core;

import java.util.Optional;

/** The Bybit intervals a Play may use, with their length. Bars open on epoch-aligned boundaries (UTC). */
public enum Timeframe {
    M1("1m", 1), M3("3m", 3), M5("5m", 5), M15("15m", 15), M30("30m", 30),
    H1("1h", 60), H2("2h", 120), H4("4h", 240), H6("6h", 360), H12("12h", 720),
    D1("D", 1440);

    private final String label;
    private final int minutes;

    Timeframe(String label, int minutes) {
        this.label = label;
        this.minutes = minutes;
    }

    /** The spelling used in Plays ({@code "15m"}, {@code "D"}). */
    public String label() { return label; }

    public int minutes() { return minutes; }

    public long millis() { return minutes * 60_000L; }

    /** Canonical spelling used in hashes: {@code D} becomes {@code 1d}. */
    public String canonical() { return this == D1 ? "1d" : label; }

    /** Exec bars per year (365 × 24 h), used to annualise ratios. */
    public int barsPerYear() { return 525_600 / minutes; }

    /** Open time of the bar of this timeframe that contains {@code epochMs}. */
    public long floor(long epochMs) { return Math.floorDiv(epochMs, millis()) * millis(); }

    /** Parses a Play spelling, case-sensitively (`15M` and `d` are not timeframes). */
    public static Optional<Timeframe> parse(String text) {
        for (Timeframe tf : values()) {
            if (tf.label.equals(text)) return Optional.of(tf);
        }
        return Optional.empty();
    }
}
