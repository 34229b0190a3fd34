package trade.play;

import java.util.Map;
import trade.core.SourceSpan;
import trade.core.Timeframe;
import trade.indicator.InputSource;

/** One declared indicator: {@code params} as written (Long, Double, String values), resolved timeframe. */
public record FeatureSpec(String id, String indicator, Map<String, Object> params, Timeframe timeframe,
                          InputSource source, boolean sourceGiven, SourceSpan span) {
    public FeatureSpec {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }
}
