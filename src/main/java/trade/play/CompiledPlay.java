package trade.play;

import java.util.List;
import java.util.Map;
import trade.core.Params;
import trade.core.Timeframe;
import trade.dsl.check.Scope;
import trade.indicator.IndicatorKind;
import trade.structure.StructureKind;

/**
 * A checked Play, ready to run: indicators and structures with resolved params, every readable
 * series with its slot, conditions with setups inlined, and the warm-up each timeframe needs.
 */
public record CompiledPlay(PlaySpec spec, List<Feature> features, List<Detector> detectors, List<SeriesInfo> series,
                           Scope scope, List<ActionBlock> actions, Map<Timeframe, Integer> warmupBars,
                           RiskSeries riskSeries, String canonicalText) {

    /** Series slots of the ATR features read by the stop, the target and the trailing stop; -1 when not read. */
    public record RiskSeries(int stopAtr, int targetAtr, int trailAtr) {
        public static final RiskSeries NONE = new RiskSeries(-1, -1, -1);
    }

    public record Feature(FeatureSpec spec, IndicatorKind kind, Params params, int firstSeries) {}

    /** @param atrFeature index of the ATR feature it reads, or -1; @param dependencies detector indices by type */
    public record Detector(StructureSpec spec, StructureKind kind, Params params, int firstSeries, int atrFeature,
                           Map<String, Integer> dependencies) {
        /** Number of output series (fixed once params are resolved). */
        public int outputCount() { return kind.outputs(params).size(); }
    }

    /** The largest warm-up over all timeframes, in bars of that timeframe. */
    public int maxWarmupBars() { return warmupBars.values().stream().mapToInt(Integer::intValue).max().orElse(0); }
}
