package trade.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import trade.core.PlayException;
import trade.report.CanonicalJson;

/** What every command prints the same way: the JSON envelope, and a failure as text or JSON. */
final class CommandOutput {
    private CommandOutput() {}

    /** {@code {"status", "message", "data"}}, the envelope of every {@code --json} answer. */
    static Map<String, Object> envelope(String status, String message, Object data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("message", message);
        m.put("data", data);
        return m;
    }

    /**
     * Prints a failure (Play diagnostics rendered like a compiler's, anything else as its message;
     * a stack trace only with {@code --debug} or for a bug) and returns its exit code.
     */
    static int failure(RuntimeException e, boolean json, boolean debug, PrintWriter stdout, PrintWriter stderr) {
        int code = ExitCodes.of(e);
        String message = e instanceof PlayException.InvalidPlay ip ? new DiagnosticsRenderer().render(ip.diagnostics().issues()) : e.getMessage();
        if (json) {
            Map<String, Object> data = new LinkedHashMap<>();
            if (e instanceof PlayException.InvalidPlay ip) {
                data.put("issues", ip.diagnostics().issues().stream().map(i -> Map.of("code", i.code(), "severity", i.severity().name().toLowerCase(),
                        "file", i.span().file(), "line", i.span().line(), "column", i.span().column(), "message", i.message())).toList());
            }
            stdout.println(CanonicalJson.pretty(envelope("error", e instanceof PlayException.InvalidPlay ? "invalid Play" : String.valueOf(e.getMessage()), data)));
            stdout.flush();
        } else {
            stderr.print(message.endsWith("\n") ? message : message + "\n");
        }
        if (debug || !(e instanceof PlayException)) e.printStackTrace(stderr);
        stderr.flush();
        return code;
    }
}
