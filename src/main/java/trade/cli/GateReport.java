package trade.cli;

import java.util.Locale;
import trade.app.GateRun;

/** Renders a {@link GateRun}: the table on stdout, or the JSON envelope. */
final class GateReport {
    private GateReport() {}

    /** Prints the outcome and returns the exit code: 0 when every gate that ran passed. */
    static int print(GateRun run, String title, long startNanos, OutputOptions output) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String summary = String.format(Locale.ROOT, "%s: %s in %.1f s", title, run.failed() ? "FAILED" : "passed", seconds);
        if (output.json) {
            output.printJson(OutputOptions.envelope(run.failed() ? "error" : "ok", summary, run.json(title, seconds)));
        } else {
            output.out().print(run.table());
            output.out().println(summary);
            output.out().flush();
        }
        return run.failed() ? ExitCodes.RUN_FAILED : ExitCodes.OK;
    }
}
