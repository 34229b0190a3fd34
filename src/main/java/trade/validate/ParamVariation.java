package trade.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import trade.core.ParamSpec;

/** A second, deterministic parameter set next to a kind's defaults, so audits do not test defaults only. */
final class ParamVariation {
    private ParamVariation() {}

    /**
     * Integers half as large again (at least +1), numbers ×1.5 (0.5 when the default is 0), both
     * kept within their range; words move to the next choice, booleans flip; lists and required
     * parameters (no default) are left out.
     */
    static Map<String, Object> varied(List<ParamSpec> specs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            Object d = spec.defaultValue();
            if (d == null) continue;
            switch (spec.kind()) {
                case INT -> {
                    long v = (Long) d;
                    out.put(spec.name(), (long) Math.min(spec.max(), Math.max(spec.min(), v + Math.max(1, v / 2))));
                }
                case FLOAT -> {
                    double v = ((Number) d).doubleValue();
                    out.put(spec.name(), Math.min(spec.max(), Math.max(spec.min(), v == 0 ? 0.5 : v * 1.5)));
                }
                case BOOL -> out.put(spec.name(), !(Boolean) d);
                case TEXT -> {
                    List<String> words = spec.choices();
                    if (!words.isEmpty()) out.put(spec.name(), words.get((words.indexOf(d) + 1) % words.size()));
                }
                case NUMBER_LIST -> { }
            }
        }
        return out;
    }
}
