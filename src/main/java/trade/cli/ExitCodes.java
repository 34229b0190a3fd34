package trade.cli;

import trade.core.PlayException;

/** Exit codes, in one place: 0 success, 1 the run failed, 2 bad input (Play, data, arguments). */
final class ExitCodes {
    static final int OK = 0;
    static final int RUN_FAILED = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {}

    static int of(Throwable t) {
        if (t instanceof PlayException e) {
            return switch (e) {
                case PlayException.InvalidPlay ignored -> BAD_INPUT;
                case PlayException.BadInput ignored -> BAD_INPUT;
                case PlayException.RunFailed ignored -> RUN_FAILED;
                case PlayException.InternalError ignored -> RUN_FAILED;
            };
        }
        return RUN_FAILED;
    }
}
