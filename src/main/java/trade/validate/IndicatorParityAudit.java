package trade.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import trade.core.Params;
import trade.core.Timeframe;
import trade.validate.reference.Bars;
import trade.validate.reference.BatchReference;
import trade.indicator.Indicator;
import trade.indicator.IndicatorCatalog;
import trade.indicator.IndicatorKind;
import trade.indicator.InputSource;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;

/**
 * Every indicator fed bar by bar, as the engine feeds it, equals its whole-array batch reference
 * ({@link BatchReference}) on every output at every bar of every pattern: the same NaN bars, and
 * values within {@value #RELATIVE} × max(1, |reference|) (see {@link #SQUARE_ROOT_RATIOS} for the one exception).
 *
 * <p>Anchored kinds get each bar's open time and no swing counters, as {@link Bars#feed} gives them:
 * the references model calendar anchors only, so a Play's swing-anchored VWAP or profile is audited
 * as if no swing were declared on its timeframe.
 */
public final class IndicatorParityAudit implements Audit {
    /** Relative tolerance: both sides evaluate the same formulas, so only summation order differs. */
    static final double RELATIVE = 1e-9;
    /**
     * Outputs whose value is a ratio of a square root of a difference of running sums of squares
     * (sample variance as the spec writes it): at BTC-like prices both sides lose ~eps·n·price²/variance
     * to cancellation, about 1e-8 relative on a quiet 15m window, so they are compared at 1e-6.
     */
    static final Map<String, List<String>> SQUARE_ROOT_RATIOS = Map.of("bbands", List.of("bandwidth", "percent_b"));
    static final double SQUARE_ROOT_RELATIVE = 1e-6;
    /** Timeframes the catalog focus rolls every pattern up to: intraday bars a Play typically reads. */
    static final List<Timeframe> CATALOG_TIMEFRAMES = List.of(Timeframe.M15, Timeframe.H1);
    /** Mismatches reported per indicator, pattern and timeframe; the rest are counted in the first. */
    private static final int REPORTED_PER_RUN = 3;

    /** How the audited indicator is built; production builds it through the catalog. */
    @FunctionalInterface
    public interface Factory {
        Indicator create(IndicatorKind kind, Params params, InputSource source);
    }

    /** One audited configuration. */
    record Case(IndicatorKind kind, Params params, InputSource source, Timeframe timeframe, String label) {}

    private final Factory factory;

    public IndicatorParityAudit() { this(IndicatorKind::create); }

    public IndicatorParityAudit(Factory factory) { this.factory = factory; }

    @Override
    public String name() { return "indicator-parity"; }

    @Override
    public String description() {
        return "every indicator fed bar by bar equals its whole-array batch reference on every output, bar and pattern";
    }

    @Override
    public AuditResult run(AuditScope scope) {
        List<Case> cases = scope.focus() == AuditScope.Focus.CATALOG ? catalogCases() : playCases(scope.plays());
        return PatternRuns.run(name(), scope, bars -> {
            long checked = 0;
            List<String> failures = new ArrayList<>();
            for (Case c : cases) {
                Bars b = bars.at(c.timeframe());
                checked += compare(c, b, bars.pattern, failures);
            }
            return new PatternRuns.Findings(checked, failures);
        });
    }

    /** Every catalog kind with its defaults, and once more with varied params (single-input kinds reading hlc3). */
    static List<Case> catalogCases() {
        List<Case> out = new ArrayList<>();
        for (String name : IndicatorCatalog.names()) {
            IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
            Params defaults = Params.resolve(kind.params(), Map.of());
            Params varied = Params.resolve(kind.params(), ParamVariation.varied(kind.params()));
            InputSource source = kind.singleInput() ? InputSource.HLC3 : InputSource.CLOSE;
            for (Timeframe tf : CATALOG_TIMEFRAMES) {
                out.add(new Case(kind, defaults, InputSource.CLOSE, tf, name));
                if (!varied.values().equals(defaults.values()) || source != InputSource.CLOSE) {
                    out.add(new Case(kind, varied, source, tf, name));
                }
            }
        }
        return out;
    }

    /** Exactly the features the Plays declare: kind, resolved params, source and timeframe. */
    static List<Case> playCases(List<Path> plays) {
        List<Case> out = new ArrayList<>();
        for (Path file : plays) {
            CompiledPlay play = PlayCompiler.compile(PlayLoader.load(file));
            for (CompiledPlay.Feature f : play.features()) {
                out.add(new Case(f.kind(), f.params(), f.spec().source(), f.spec().timeframe(),
                        f.kind().name() + " (" + play.spec().id() + " " + f.spec().id() + ")"));
            }
        }
        return out;
    }

    /** Adds what differs to {@code failures}; returns the number of values compared. */
    private long compare(Case c, Bars bars, String pattern, List<String> failures) {
        String where = c.label() + " " + c.params() + (c.kind().singleInput() ? " source " + c.source().label() : "")
                + " on " + pattern + " " + c.timeframe().label();
        int outputs = c.kind().outputs().size();
        double[][] got, want;
        try {
            got = bars.feed(factory.create(c.kind(), c.params(), c.source()), outputs);
            want = BatchReference.compute(c.kind().name(), c.params(), c.kind().singleInput() ? bars.reading(c.source()) : bars);
        } catch (RuntimeException e) {
            failures.add(where + ": threw " + e);
            return 0;
        }
        int mismatches = 0;
        for (int k = 0; k < outputs; k++) {
            String output = c.kind().outputs().get(k).name();
            double relative = SQUARE_ROOT_RATIOS.getOrDefault(c.kind().name(), List.of()).contains(output) ? SQUARE_ROOT_RELATIVE : RELATIVE;
            for (int t = 0; t < bars.size(); t++) {
                double g = got[k][t], w = want[k][t];
                boolean same = Double.isNaN(g) || Double.isNaN(w) ? Double.isNaN(g) == Double.isNaN(w)
                        : Math.abs(g - w) <= relative * Math.max(1, Math.abs(w));
                if (!same && mismatches++ < REPORTED_PER_RUN) {
                    failures.add(where + ": output " + output + " at bar " + t + " (open "
                            + java.time.Instant.ofEpochMilli(bars.openTime()[t]) + "): incremental " + g + ", reference " + w);
                }
            }
        }
        if (mismatches > REPORTED_PER_RUN) failures.add(where + ": " + (mismatches - REPORTED_PER_RUN) + " more mismatching values");
        return (long) outputs * bars.size();
    }
}
