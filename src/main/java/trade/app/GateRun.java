package trade.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import trade.validate.Audit;
import trade.validate.AuditResult;
import trade.validate.AuditScope;

/**
 * Runs gates (audits and the CLI's own checks, all {@link Audit}s) one after the other and
 * reports each as pass or fail with its reason: a table on stdout, or the JSON envelope. With
 * fail-fast (the default of the validate tiers) the gates after the first failure are skipped and
 * listed as such. A gate that throws fails with the exception's message.
 */
public final class GateRun {
    /** A gate's outcome; {@code result} is null when it was skipped. */
    record Outcome(Audit gate, AuditScope scope, AuditResult result) {}

    private final List<Outcome> outcomes = new ArrayList<>();
    private final boolean failFast;
    private final PrintWriter progress;

    /** @param progress where "gate … passed" lines go as gates finish, or null */
    public GateRun(boolean failFast, PrintWriter progress) {
        this.failFast = failFast;
        this.progress = progress;
    }

    /** Runs {@code gates} on {@code scope}, unless an earlier gate failed under fail-fast. */
    public GateRun run(List<? extends Audit> gates, AuditScope scope) {
        for (Audit gate : gates) {
            if (failFast && failed()) {
                outcomes.add(new Outcome(gate, scope, null));
                continue;
            }
            if (progress != null) {
                progress.print(gate.name() + " … ");
                progress.flush();
            }
            long start = System.nanoTime();
            AuditResult r;
            try {
                r = gate.run(scope);
            } catch (RuntimeException e) {
                r = new AuditResult(gate.name(), 0, List.of(e.getClass().getSimpleName() + ": " + e.getMessage()), (System.nanoTime() - start) / 1e9);
            }
            outcomes.add(new Outcome(gate, scope, r));
            if (progress != null) {
                progress.printf(Locale.ROOT, "%s (%.1f s)%n", r.passed() ? "passed" : "FAILED", r.seconds());
                progress.flush();
            }
        }
        return this;
    }

    public boolean failed() { return outcomes.stream().anyMatch(o -> o.result() != null && !o.result().passed()); }

    List<Outcome> outcomes() { return List.copyOf(outcomes); }

    /** The Markdown table: gate, result, checks, seconds, reason; then every failure of a failed gate. */
    public String table() {
        StringBuilder o = new StringBuilder("| gate | result | checks | seconds | reason |\n|---|---|---:|---:|---|\n");
        for (Outcome g : outcomes) {
            AuditResult r = g.result();
            if (r == null) {
                o.append("| ").append(g.gate().name()).append(" | skipped | | | an earlier gate failed |\n");
            } else {
                o.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %s |%n", g.gate().name(), r.passed() ? "pass" : "FAIL",
                        r.checked(), r.seconds(), r.reason().replace("|", "\\|")));
            }
        }
        for (Outcome g : outcomes) {
            if (g.result() == null || g.result().passed()) continue;
            o.append("\n").append(g.gate().name()).append(" failures:\n");
            g.result().failures().forEach(f -> o.append("  - ").append(f).append('\n'));
        }
        return o.toString();
    }

    /** The machine form: one entry per gate with every failure kept. */
    public Map<String, Object> json(String title, double seconds) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("run", title);
        data.put("passed", !failed());
        data.put("seconds", Math.round(seconds * 10) / 10.0);
        data.put("failed_gates", outcomes.stream().filter(o -> o.result() != null && !o.result().passed()).map(o -> o.gate().name()).toList());
        data.put("gates", outcomes.stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gate", o.gate().name());
            m.put("description", o.gate().description());
            m.put("status", o.result() == null ? "skipped" : o.result().passed() ? "pass" : "fail");
            if (o.result() != null) {
                m.put("checked", o.result().checked());
                m.put("seconds", Math.round(o.result().seconds() * 1000) / 1000.0);
                m.put("reason", o.result().reason());
                m.put("failures", o.result().failures());
            }
            return m;
        }).toList());
        return data;
    }
}
