package trade.core;

import java.util.List;

/**
 * One problem found in a Play or its data: a stable code (e.g. {@code UNDECLARED_FEATURE}),
 * where it is, what is wrong, what was expected and what was found, and name suggestions.
 */
public record Issue(Severity severity, String code, SourceSpan span, String message, String expected,
                    String found, List<String> suggestions) {
    public Issue {
        suggestions = List.copyOf(suggestions);
    }

    public static Issue error(String code, SourceSpan span, String message) {
        return new Issue(Severity.ERROR, code, span, message, "", "", List.of());
    }

    public static Issue warning(String code, SourceSpan span, String message) {
        return new Issue(Severity.WARNING, code, span, message, "", "", List.of());
    }

    public Issue expecting(String expectedText, String foundText) {
        return new Issue(severity, code, span, message, expectedText, foundText, suggestions);
    }

    public Issue suggesting(List<String> names) {
        return new Issue(severity, code, span, message, expected, found, names);
    }
}
