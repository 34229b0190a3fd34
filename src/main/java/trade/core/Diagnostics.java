package trade.core;

import java.util.ArrayList;
import java.util.List;

/** Collects the issues of one stage; a stage keeps going after an error so all are reported at once. */
public final class Diagnostics {
    private final List<Issue> issues = new ArrayList<>();

    /** Adds an issue; the same issue at the same place is kept once (a setup used twice is checked twice). */
    public void add(Issue issue) {
        if (!issues.contains(issue)) issues.add(issue);
    }

    public void error(String code, SourceSpan span, String message) { add(Issue.error(code, span, message)); }

    public void warning(String code, SourceSpan span, String message) { add(Issue.warning(code, span, message)); }

    public List<Issue> issues() { return List.copyOf(issues); }

    public boolean hasErrors() {
        for (Issue i : issues) if (i.severity() == Severity.ERROR) return true;
        return false;
    }

    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    /** Ends a stage: throws when any error was collected. */
    public void throwIfErrors() {
        if (hasErrors()) throw new PlayException.InvalidPlay(this);
    }
}
