package trade.validate;

import java.util.List;

/**
 * The outcome of one audit.
 *
 * @param audit    the audit's name
 * @param checked  how many comparisons were made (a pass over zero comparisons is no pass: audits
 *                 report that as a failure)
 * @param failures one sentence per finding, naming the item, the bar and both values; empty when passed
 * @param seconds  wall time
 */
public record AuditResult(String audit, long checked, List<String> failures, double seconds) {
    /** Failures kept in a result; the count beyond is reported by {@link #reason()}. */
    public static final int KEPT_FAILURES = 50;

    public AuditResult {
        failures = List.copyOf(failures.size() > KEPT_FAILURES ? failures.subList(0, KEPT_FAILURES) : failures);
    }

    public boolean passed() { return failures.isEmpty() && checked > 0; }

    /** Why it passed or failed, in one line. */
    public String reason() {
        if (checked == 0 && failures.isEmpty()) return "nothing was checked";
        if (failures.isEmpty()) return checked + " checks passed";
        return failures.getFirst() + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : "");
    }
}
