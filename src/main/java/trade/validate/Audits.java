package trade.validate;

import java.util.List;

/** Every audit, in the order {@code play forge audit} and the validate tiers run them: data first, then features, then whole runs. */
public final class Audits {
    private Audits() {}

    /** @param backtest how the metrics audit gets a run folder for a Play (the CLI's composition root) */
    public static List<Audit> all(MetricsAudit.Backtest backtest) {
        return List.of(new RollupParityAudit(), new IndicatorParityAudit(), new StructureParityAudit(), new WarmupAudit(),
                new LookAheadAudit(), new DeterminismAudit(), new MetricsAudit(backtest));
    }

    /** The audits' names, in order. */
    public static List<String> names() { return all(play -> { throw new IllegalStateException("names only"); }).stream().map(Audit::name).toList(); }
}
