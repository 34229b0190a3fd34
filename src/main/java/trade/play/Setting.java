package trade.play;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import trade.core.PlayException;
import trade.dsl.print.ExprPrinter;

/**
 * One value bound into a {@link PlayTemplate}: a parameter path such as
 * {@code features.ema_fast_9.length} and its value as text. The value is kept in canonical form
 * (numbers as {@link ExprPrinter#number}, so {@code 5.0} and {@code 5} are the same setting and
 * print as {@code 5}; {@code True} as {@code true}; lists as {@code [a, b]}), which is what a run
 * records, so equal values are recorded alike however they were typed.
 */
public record Setting(String path, String value) {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

    public Setting {
        path = path.strip();
        value = canonical(value.strip());
    }

    /** {@code PATH=VALUE}, as given to {@code --set}; the first {@code =} separates the two. */
    public static Setting parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0 || assignment.substring(0, eq).isBlank() || assignment.substring(eq + 1).isBlank()) {
            throw new PlayException.BadInput("a setting is written PATH=VALUE, e.g. features.ema_fast_9.length=5; found '" + assignment + "'");
        }
        return new Setting(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    /**
     * The value typed the way the YAML Core schema types a scalar: {@code Long} for an integer,
     * {@code Double} for a decimal, {@code Boolean}, a {@code List} of those for {@code [a, b]},
     * else the text itself (a word, or something that is no number: {@code .inf}, {@code nan}).
     */
    Object typed() { return typed(value); }

    private static Object typed(String text) {
        if (text.startsWith("[") && text.endsWith("]")) return elements(text).stream().map(Setting::typed).toList();
        if (BOOLEAN.matcher(text).matches()) return Boolean.parseBoolean(text.toLowerCase());
        if (INTEGER.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException beyondLong) {
                return Double.parseDouble(text);
            }
        }
        if (DECIMAL.matcher(text).matches()) return Double.parseDouble(text);
        return text;
    }

    private static String canonical(String text) {
        Object typed = typed(text);
        return switch (typed) {
            case List<?> ignored -> elements(text).stream().map(Setting::canonical).toList().toString();
            case Long l -> Long.toString(l);
            case Double d -> ExprPrinter.number(d);
            case Boolean b -> b.toString();
            default -> text;
        };
    }

    private static List<String> elements(String list) {
        String inner = list.substring(1, list.length() - 1).strip();
        return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(String::strip).toList();
    }
}
