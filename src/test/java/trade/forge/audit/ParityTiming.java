package trade.forge.audit;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParityTiming {
    @Test
    void time() {
        for (AuditScope scope : List.of(AuditScope.reduced(List.of(), 2), AuditScope.full(List.of(), 2))) {
            for (Audit a : List.of(new IndicatorParityAudit())) {
                AuditResult r = a.run(scope);
                System.out.println("TIMING " + a.name() + " " + scope.patterns().size() + " patterns: " + r.seconds() + " s, checked " + r.checked()
                        + ", failures " + r.failures().size());
                r.failures().forEach(f -> System.out.println("  " + f));
            }
        }
    }
}
