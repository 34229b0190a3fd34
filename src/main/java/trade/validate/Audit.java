package trade.validate;

/**
 * One check that a part of the engine equals an independent reference, or keeps a promise
 * (no look-ahead, determinism), on synthetic data. An audit never throws for a finding: it returns
 * a failed {@link AuditResult} whose failures name what differed; it throws only for bad input
 * (a Play that does not load).
 */
public interface Audit {
    /** Short kebab-case name used by {@code play forge audit --only NAME}. */
    String name();

    /** One line saying what is checked against what. */
    String description();

    AuditResult run(AuditScope scope);
}
