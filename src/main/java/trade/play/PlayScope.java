package trade.play;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import trade.core.OutputSpec;
import trade.dsl.check.Scope;

/** What condition names resolve to in one Play: built-ins, indicator outputs, structure outputs. */
final class PlayScope implements Scope {
    /** id → (field → slot); the default field of single-output features is "". */
    private final Map<String, Map<String, Integer>> slots = new LinkedHashMap<>();
    private final List<SeriesInfo> series;

    PlayScope(List<SeriesInfo> series) {
        this.series = series;
    }

    /** Ids whose declaration failed: references to them are not reported again. */
    private final java.util.Set<String> invalid = new java.util.HashSet<>();

    void markInvalid(String id) { invalid.add(id); }

    /** How a structure's fields may be spelled (fib level ratios, zone slot brackets); identity for others. */
    private final Map<String, UnaryOperator<String>> spellings = new LinkedHashMap<>();

    void spelling(String id, UnaryOperator<String> canonical) { spellings.put(id, canonical); }

    void add(String id, String field, int slot) {
        slots.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(field, slot);
    }

    @Override
    public Resolution resolve(String id, String field) {
        Map<String, Integer> fields = slots.get(id);
        if (fields == null && invalid.contains(id)) return new Resolution.Invalid();
        if (fields == null) return new Resolution.UnknownId(List.copyOf(slots.keySet()));
        // "value" names the only output, whether the kind calls it "value" or leaves it unnamed
        String given = spellings.getOrDefault(id, UnaryOperator.identity()).apply(field);
        String f = given.equals("value") && !fields.containsKey("value") ? ""
                : given.isEmpty() && !fields.containsKey("") && fields.containsKey("value") ? "value" : given;
        Integer slot = fields.get(f);
        if (slot == null) {
            List<String> names = new ArrayList<>();
            for (String k : fields.keySet()) names.add(k.isEmpty() ? "value" : k);
            String problem = f.isEmpty() ? "'" + id + "' has several outputs; name one" : "'" + id + "' has no field '" + field + "'";
            return new Resolution.UnknownField(problem, names);
        }
        SeriesInfo info = series.get(slot);
        OutputSpec spec = info.spec();
        return new Resolution.Found(slot, spec, info.kind() == SeriesInfo.Kind.MINUTE_PRICE);
    }
}
