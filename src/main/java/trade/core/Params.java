package trade.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolved parameters of one indicator or structure: every declared parameter with the Play's value
 * or its default, in declaration order. Integers are {@code Long}, floats {@code Double}.
 */
public final class Params {
    private final Map<String, Object> values;

    private Params(Map<String, Object> values) { this.values = Collections.unmodifiableMap(values); }

    /** Applies defaults for parameters the Play did not give. Values must already be checked. */
    public static Params resolve(List<ParamSpec> specs, Map<String, Object> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            Object v = given.containsKey(spec.name()) ? given.get(spec.name()) : spec.defaultValue();
            if (v != null) {
                if (spec.kind() == ParamSpec.Kind.FLOAT && v instanceof Long l) v = l.doubleValue();
                out.put(spec.name(), v);
            }
        }
        return new Params(out);
    }

    public static Params of(Map<String, Object> values) { return new Params(new LinkedHashMap<>(values)); }

    public Map<String, Object> values() { return values; }

    public boolean has(String name) { return values.containsKey(name); }

    public int integer(String name) { return Math.toIntExact(((Number) require(name)).longValue()); }

    public double number(String name) { return ((Number) require(name)).doubleValue(); }

    public boolean bool(String name) { return (Boolean) require(name); }

    public String text(String name) { return (String) require(name); }

    @SuppressWarnings("unchecked")
    public List<Double> numbers(String name) {
        return ((List<Number>) require(name)).stream().map(Number::doubleValue).toList();
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) throw new IllegalStateException("parameter not resolved: " + name);
        return v;
    }

    @Override
    public String toString() { return values.toString(); }
}
