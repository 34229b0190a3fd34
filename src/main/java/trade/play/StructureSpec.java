package trade.play;

import java.util.List;
import java.util.Map;
import trade.core.SourceSpan;
import trade.core.Timeframe;

/** One declared structure detector on the timeframe of its role block. */
public record StructureSpec(String key, String type, List<String> uses, Map<String, Object> params,
                            String role, Timeframe timeframe, SourceSpan span) {
    public StructureSpec {
        uses = List.copyOf(uses);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }
}
