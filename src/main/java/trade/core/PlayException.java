package trade.core;

/**
 * Everything that can stop a command, by kind. The CLI maps each kind to an exit code in one place:
 * invalid input (Play, data, arguments) is 2, a run that failed is 1.
 */
public sealed abstract class PlayException extends RuntimeException {
    PlayException(String message, Throwable cause) { super(message, cause); }

    /** The Play does not load or check: every issue is in the diagnostics. */
    public static final class InvalidPlay extends PlayException {
        private final transient Diagnostics diagnostics;

        public InvalidPlay(Diagnostics diagnostics) {
            super(diagnostics.errors().size() + " error(s) in Play", null);
            this.diagnostics = diagnostics;
        }

        public Diagnostics diagnostics() { return diagnostics; }
    }

    /** A user's input other than a Play is wrong: missing file, bad option value, bad candles. */
    public static final class BadInput extends PlayException {
        public BadInput(String message) { super(message, null); }
    }

    /** The run could not complete (I/O failure, artifact gate failed). */
    public static final class RunFailed extends PlayException {
        public RunFailed(String message, Throwable cause) { super(message, cause); }
    }

    /** An engine invariant broke: a bug, never the user's fault. */
    public static final class InternalError extends PlayException {
        public InternalError(String message) { super(message, null); }
    }
}
