package trade.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import trade.core.Issue;
import trade.core.PlayException;
import trade.report.CanonicalJson;

/**
 * {@code --json} and {@code --debug}, mixed into every command, and what every command prints the
 * same way through them: the JSON envelope, and a failure as text or JSON.
 */
final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON object {status, message, data} on stdout")
    boolean json;

    @Option(names = "--debug", description = "Print stack traces of failures")
    boolean debug;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    PrintWriter out() { return command.commandLine().getOut(); }

    PrintWriter err() { return command.commandLine().getErr(); }

    /** Prints {@code value} as pretty canonical JSON on stdout. */
    void printJson(Object value) {
        out().println(CanonicalJson.pretty(value));
        out().flush();
    }

    /** {@code {"status", "message", "data"}}, the envelope of every {@code --json} answer. */
    static Map<String, Object> envelope(String status, String message, Object data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("message", message);
        m.put("data", data);
        return m;
    }

    /** One diagnostic as a JSON object. */
    static Map<String, Object> issue(Issue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", i.severity().name().toLowerCase());
        m.put("code", i.code());
        m.put("file", i.span().file());
        m.put("line", i.span().line());
        m.put("column", i.span().column());
        m.put("message", i.message());
        if (!i.expected().isEmpty()) m.put("expected", i.expected());
        if (!i.found().isEmpty()) m.put("found", i.found());
        if (!i.suggestions().isEmpty()) m.put("suggestions", i.suggestions());
        return m;
    }

    /**
     * Prints a failure (Play diagnostics rendered like a compiler's, anything else as its message;
     * a stack trace only with {@code --debug} or for a bug) and returns its exit code.
     */
    int failure(RuntimeException e) {
        PrintWriter stdout = out(), stderr = err();
        int code = ExitCodes.of(e);
        String message = e instanceof PlayException.InvalidPlay ip ? new DiagnosticsRenderer().render(ip.diagnostics().issues()) : e.getMessage();
        if (json) {
            Map<String, Object> data = new LinkedHashMap<>();
            if (e instanceof PlayException.InvalidPlay ip) {
                data.put("issues", ip.diagnostics().issues().stream().map(OutputOptions::issue).toList());
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
