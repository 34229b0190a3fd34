package trade.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import trade.core.Issue;
import trade.core.Severity;

/**
 * Prints issues the way a compiler does: {@code file:line:col: error[CODE]: message}, the source
 * line with a caret run under the span, then what was expected and found, and suggestions.
 */
final class DiagnosticsRenderer {
    private final Map<String, List<String>> sources = new HashMap<>();

    String render(List<Issue> issues) {
        StringBuilder b = new StringBuilder();
        for (Issue i : issues) b.append(render(i));
        return b.toString();
    }

    String render(Issue issue) {
        StringBuilder b = new StringBuilder();
        String level = issue.severity() == Severity.ERROR ? "error" : "warning";
        b.append(issue.span()).append(": ").append(level).append('[').append(issue.code()).append("]: ").append(issue.message()).append('\n');
        String line = sourceLine(issue.span().file(), issue.span().line());
        if (line != null) {
            b.append("  | ").append(line).append('\n');
            b.append("  | ").append(" ".repeat(Math.max(0, issue.span().column() - 1)))
                    .append("^".repeat(Math.max(1, Math.min(issue.span().length(), Math.max(1, line.length() - issue.span().column() + 1))))).append('\n');
        }
        if (!issue.expected().isEmpty()) {
            b.append("  = expected ").append(issue.expected());
            if (!issue.found().isEmpty()) b.append(", found ").append(issue.found());
            b.append('\n');
        }
        if (!issue.suggestions().isEmpty()) b.append("  = did you mean ").append(String.join(", ", issue.suggestions())).append("?\n");
        return b.toString();
    }

    private String sourceLine(String file, int line) {
        if (file == null || file.isEmpty() || line <= 0) return null;
        List<String> lines = sources.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line <= lines.size() ? lines.get(line - 1) : null;
    }
}
