package trade.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.timeframe.CandleRollup;
import trade.validate.reference.Bars;
import trade.synth.SyntheticMarket;

/**
 * The per-pattern half of the parity audits: each pattern's 1m candles generated once and rolled
 * up once per timeframe, one check per pattern on up to {@code scope.threads()} threads, findings
 * added up in pattern order so a result never depends on the thread count.
 */
final class PatternRuns {
    private PatternRuns() {}

    /** What one pattern's check found. */
    record Findings(long checked, List<String> failures) {}

    /** One pattern's candles, rolled up to a timeframe on first use. */
    static final class PatternBars {
        final String pattern;
        private final Candles minutes;
        private final Map<Timeframe, Bars> rolled = new EnumMap<>(Timeframe.class);

        PatternBars(String pattern, AuditScope scope) {
            this.pattern = pattern;
            this.minutes = SyntheticMarket.generate(pattern, scope.minutes(), scope.seed(), SyntheticMarket.BASE_TIMESTAMP_MS);
        }

        Bars at(Timeframe tf) { return rolled.computeIfAbsent(tf, t -> Bars.of(CandleRollup.rollUp(minutes, t).candles())); }
    }

    interface Check {
        Findings on(PatternBars bars);
    }

    static AuditResult run(String audit, AuditScope scope, Check check) {
        long start = System.nanoTime();
        List<Findings> found = WorkerThreads.map(scope.threads(), scope.patterns(), pattern -> check.on(new PatternBars(pattern, scope)));
        long checked = 0;
        List<String> failures = new ArrayList<>();
        for (Findings f : found) {
            checked += f.checked();
            failures.addAll(f.failures());
        }
        return new AuditResult(audit, checked, failures, (System.nanoTime() - start) / 1e9);
    }
}
