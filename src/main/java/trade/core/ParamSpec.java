package trade.core;

import java.util.List;
import java.util.Optional;

/**
 * One parameter of an indicator or structure: its name, kind, default (null when required) and the
 * allowed range or words. Integers are held as {@code Long}, floats as {@code Double}, words as
 * {@code String}, lists of numbers as {@code List<Double>}.
 */
public record ParamSpec(String name, Kind kind, Object defaultValue, double min, double max, List<String> choices) {
    public enum Kind { INT, FLOAT, BOOL, TEXT, NUMBER_LIST }

    public ParamSpec {
        choices = List.copyOf(choices);
    }

    public static ParamSpec integer(String name, long defaultValue, long min) {
        return new ParamSpec(name, Kind.INT, defaultValue, min, Double.POSITIVE_INFINITY, List.of());
    }

    public static ParamSpec requiredInteger(String name, long min) {
        return new ParamSpec(name, Kind.INT, null, min, Double.POSITIVE_INFINITY, List.of());
    }

    public static ParamSpec number(String name, double defaultValue, double min) {
        return new ParamSpec(name, Kind.FLOAT, defaultValue, min, Double.POSITIVE_INFINITY, List.of());
    }

    public static ParamSpec bool(String name, boolean defaultValue) {
        return new ParamSpec(name, Kind.BOOL, defaultValue, 0, 0, List.of());
    }

    public static ParamSpec word(String name, String defaultValue, String... choices) {
        return new ParamSpec(name, Kind.TEXT, defaultValue, 0, 0, List.of(choices));
    }

    public boolean required() { return defaultValue == null; }

    /**
     * Checks a value given in a Play (already converted: Long, Double, Boolean, String or List);
     * returns what was expected instead (e.g. {@code an integer in [1, ∞]}), or empty when the value
     * is acceptable.
     */
    public Optional<String> problemWith(Object value) {
        return switch (kind) {
            case INT -> {
                if (!(value instanceof Long l)) yield Optional.of("an integer");
                if (l < min || l > max) yield Optional.of("an integer in [" + (long) min + ", " + fmt(max) + "]");
                yield Optional.empty();
            }
            case FLOAT -> {
                if (!(value instanceof Number n)) yield Optional.of("a number");
                double d = n.doubleValue();
                if (!Double.isFinite(d) || d < min || d > max) yield Optional.of("a number in [" + fmt(min) + ", " + fmt(max) + "]");
                yield Optional.empty();
            }
            case BOOL -> value instanceof Boolean ? Optional.empty() : Optional.of("true or false");
            case TEXT -> {
                if (!(value instanceof String s)) yield Optional.of("one of " + choices);
                if (!choices.isEmpty() && !choices.contains(s)) yield Optional.of("one of " + choices);
                yield Optional.empty();
            }
            case NUMBER_LIST -> {
                if (!(value instanceof List<?> list) || list.isEmpty()) yield Optional.of("a non-empty list of numbers");
                for (Object o : list) if (!(o instanceof Number)) yield Optional.of("a non-empty list of numbers");
                yield Optional.empty();
            }
        };
    }

    private static String fmt(double d) {
        if (Double.isInfinite(d)) return "∞";
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
