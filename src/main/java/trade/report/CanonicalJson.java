package trade.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's canonical JSON: the one serialization every hash is computed over, and the
 * layout of the JSON files a run writes. No library is involved, so the bytes are fixed by this
 * class alone.
 *
 * <p>Values and their text:
 * <ul>
 *   <li>{@code null} → {@code null}; {@link Boolean} → {@code true}/{@code false}.</li>
 *   <li>{@link Long}, {@link Integer}, {@link Short}, {@link Byte} → decimal integer, no {@code .0}
 *       ({@code 9}, {@code -12}).</li>
 *   <li>{@link Double}, {@link Float} → {@link Double#toString(double)}, the shortest decimal that
 *       reads back to the same double (JDK ≥ 19): {@code 10000.0}, {@code 0.1}, {@code 1.0E-5},
 *       {@code 1.5E16}, {@code -0.0}. Plain form for 10⁻³ ≤ |x| < 10⁷, else
 *       {@code d.dddE±n}. NaN and ±Infinity → {@code null}. Python's float repr is not reproduced.</li>
 *   <li>{@link BigDecimal} → {@link BigDecimal#toPlainString()}.</li>
 *   <li>{@link String} → quoted, escaped per RFC 8259: {@code \"}, {@code \\}, {@code \b \f \n \r \t},
 *       other control characters below U+0020 and every character above U+007F as
 *       {@code \}{@code uXXXX} with lower-case hex (UTF-16 code units, so a supplementary
 *       character becomes a surrogate pair). The output is therefore pure ASCII.</li>
 *   <li>{@link List} → array in list order.</li>
 *   <li>{@link Map} with {@link String} keys → object with keys sorted by {@link String#compareTo}
 *       (UTF-16 code-unit order), at every depth. Duplicate keys cannot occur.</li>
 * </ul>
 * Any other type (sets, arrays, enums, records) is rejected, so nothing reaches a hash by
 * accident of {@code toString()}.
 *
 * <p>Layouts: {@link #compact} has no whitespace at all (separators {@code ,} and {@code :}); it is
 * the hash input, encoded as UTF-8 (ASCII in fact). {@link #pretty} indents by two spaces, puts
 * {@code ": "} after keys, one element per line, empty containers as {@code []}/{@code {}}, and
 * ends with a single line feed; it is used for files such as {@code result.json}.
 *
 * <p>{@link #parse} reads any JSON text back (a run's {@code result.json} when folders are
 * compared or checked): objects become {@link LinkedHashMap}s in file order, numbers with a
 * fraction or exponent {@link Double}s, other numbers {@link Long}s, so a value written by this
 * class reads back equal.
 */
public final class CanonicalJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {}

    /** The hash layout: no whitespace. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value, -1);
        return out.toString();
    }

    /** The file layout: two-space indent, trailing line feed. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(out, value, 0);
        return out.append('\n').toString();
    }

    /** A quoted, escaped JSON string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        writeString(out, text);
        return out.toString();
    }

    /** {@code depth < 0} means compact. */
    private static void write(StringBuilder out, Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b ? "true" : "false");
            case Long l -> out.append(l.longValue());
            case Integer i -> out.append(i.intValue());
            case Short s -> out.append(s.shortValue());
            case Byte b -> out.append(b.byteValue());
            case Double d -> writeDouble(out, d);
            case Float f -> writeDouble(out, f.doubleValue());
            case BigDecimal d -> out.append(d.toPlainString());
            case String s -> writeString(out, s);
            case List<?> list -> writeList(out, list, depth);
            case Map<?, ?> map -> writeMap(out, map, depth);
            default -> throw new IllegalArgumentException(
                    "canonical JSON has no form for " + value.getClass().getName());
        }
    }

    private static void writeDouble(StringBuilder out, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) out.append("null");
        else out.append(Double.toString(d));
    }

    private static void writeList(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object element : list) {
            if (!first) out.append(',');
            first = false;
            if (depth >= 0) newline(out, depth + 1);
            write(out, element, depth < 0 ? -1 : depth + 1);
        }
        if (depth >= 0) newline(out, depth);
        out.append(']');
    }

    private static void writeMap(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String s)) {
                throw new IllegalArgumentException("canonical JSON object keys must be strings, found "
                        + (key == null ? "null" : key.getClass().getName()));
            }
            keys.add(s);
        }
        keys.sort(null);
        out.append('{');
        boolean first = true;
        for (String key : keys) {
            if (!first) out.append(',');
            first = false;
            if (depth >= 0) newline(out, depth + 1);
            writeString(out, key);
            out.append(depth < 0 ? ":" : ": ");
            write(out, map.get(key), depth < 0 ? -1 : depth + 1);
        }
        if (depth >= 0) newline(out, depth);
        out.append('}');
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7f) {
                        out.append("\\u")
                                .append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses JSON text; malformed text is an {@link IllegalArgumentException} naming the offset. */
    public static Object parse(String text) {
        Reader r = new Reader(text);
        Object value = r.value();
        r.skipSpace();
        if (r.at < text.length()) throw r.error("end of text");
        return value;
    }

    /** A recursive-descent reader over the text; {@code at} is the next character. */
    private static final class Reader {
        private final String s;
        private int at;

        Reader(String s) { this.s = s; }

        Object value() {
            skipSpace();
            if (at >= s.length()) throw error("a value");
            char c = s.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> word("true", Boolean.TRUE);
                case 'f' -> word("false", Boolean.FALSE);
                case 'n' -> word("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (take('}')) return m;
            do {
                skipSpace();
                if (at >= s.length() || s.charAt(at) != '"') throw error("a string key");
                String key = string();
                skipSpace();
                expect(':');
                m.put(key, value());
                skipSpace();
            } while (take(','));
            expect('}');
            return m;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            at++;
            skipSpace();
            if (take(']')) return list;
            do {
                list.add(value());
                skipSpace();
            } while (take(','));
            expect(']');
            return list;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (at < s.length()) {
                char c = s.charAt(at++);
                if (c == '"') return out.toString();
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= s.length()) break;
                char e = s.charAt(at++);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > s.length()) throw error("four hex digits");
                        out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
            throw error("a closing quote");
        }

        private Object number() {
            int start = at;
            boolean fraction = false;
            while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) {
                fraction |= ".eE".indexOf(s.charAt(at)) >= 0;
                at++;
            }
            String t = s.substring(start, at);
            if (t.isEmpty()) throw error("a value");
            try {
                return fraction ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw error("a number");
            }
        }

        private Object word(String w, Object value) {
            if (!s.startsWith(w, at)) throw error("a value");
            at += w.length();
            return value;
        }

        void skipSpace() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) at++;
        }

        /** Consumes {@code c} when it is next. */
        private boolean take(char c) {
            if (at < s.length() && s.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!take(c)) throw error("'" + c + "'");
        }

        IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("JSON: expected " + expected + " at offset " + at);
        }
    }
}
