package trade.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import trade.core.Issue;

/** The shapes of {@code --json} output: the {status, message, data} envelope and one issue. */
final class JsonOutput {
    private JsonOutput() {}

    static Map<String, Object> envelope(String status, String message, Object data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("message", message);
        m.put("data", data);
        return m;
    }

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
}
