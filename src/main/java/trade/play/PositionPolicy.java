package trade.play;

import trade.core.SourceSpan;

/**
 * Which sides may be opened, and the exit contract checked at load. {@code exitModeSpan} is where
 * the exit mode was written (the {@code actions:} key when it is the default), for messages.
 */
public record PositionPolicy(Mode mode, ExitMode exitMode, SourceSpan exitModeSpan) {
    public enum Mode {
        LONG_ONLY, SHORT_ONLY, LONG_SHORT;

        public boolean allowsLong() { return this != SHORT_ONLY; }

        public boolean allowsShort() { return this != LONG_ONLY; }
    }

    public enum ExitMode { SL_TP_ONLY, SIGNAL, FIRST_HIT }
}
