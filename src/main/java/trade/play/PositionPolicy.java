package trade.play;

/** Which sides may be opened, and the exit contract checked at load. */
public record PositionPolicy(Mode mode, ExitMode exitMode) {
    public enum Mode {
        LONG_ONLY, SHORT_ONLY, LONG_SHORT;

        public boolean allowsLong() { return this != SHORT_ONLY; }

        public boolean allowsShort() { return this != LONG_ONLY; }
    }

    public enum ExitMode { SL_TP_ONLY, SIGNAL, FIRST_HIT }
}
