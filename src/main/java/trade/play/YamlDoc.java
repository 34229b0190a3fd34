package trade.play;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.SourceSpan;

/**
 * One YAML file composed to nodes (YAML 1.2 Core schema) with helpers that keep positions: every
 * value the Play layer reads carries the span where it was written. SnakeYAML types stay here.
 */
final class YamlDoc {
    private final String file;
    private final Diagnostics diagnostics;

    YamlDoc(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    String file() { return file; }

    Diagnostics diagnostics() { return diagnostics; }

    /** Composes the single document; reports YAML_PARSE_ERROR and returns empty when it cannot. */
    Optional<Node> compose(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema()).build();
        try {
            Iterable<Node> docs = new Compose(settings).composeAllFromString(text);
            Node first = null;
            int count = 0;
            for (Node doc : docs) {
                if (count++ == 0) first = doc;
            }
            if (first == null) {
                diagnostics.error("YAML_PARSE_ERROR", new SourceSpan(file, 1, 1, 1), "the file is empty");
                return Optional.empty();
            }
            if (count > 1) {
                diagnostics.error("YAML_PARSE_ERROR", span(first), "a Play file holds exactly one YAML document, found " + count);
                return Optional.empty();
            }
            return Optional.of(first);
        } catch (MarkedYamlEngineException e) {
            SourceSpan at = e.getProblemMark().map(this::span).orElse(new SourceSpan(file, 1, 1, 1));
            diagnostics.add(Issue.error("YAML_PARSE_ERROR", at, "YAML syntax error: " + e.getProblem())
                    .expecting("valid YAML", e.getContext() == null ? e.getProblem() : e.getContext()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error("YAML_PARSE_ERROR", new SourceSpan(file, 1, 1, 1), "YAML error: " + e.getMessage());
            return Optional.empty();
        }
    }

    SourceSpan span(Mark mark) { return new SourceSpan(file, mark.getLine() + 1, mark.getColumn() + 1, 1); }

    SourceSpan span(Node node) {
        Mark start = node.getStartMark().orElse(null);
        if (start == null) return new SourceSpan(file, 0, 0, 0);
        int length = node.getEndMark().filter(end -> end.getLine() == start.getLine())
                .map(end -> Math.max(1, end.getColumn() - start.getColumn())).orElse(1);
        return new SourceSpan(file, start.getLine() + 1, start.getColumn() + 1, length);
    }

    /** Span of the first character of a scalar's text (after the opening quote when quoted). */
    SourceSpan contentStart(ScalarNode node) {
        SourceSpan s = span(node);
        boolean quoted = node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED || node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED;
        return quoted ? s.shift(1, 1) : s.shift(0, 1);
    }

    /**
     * The entries of a mapping in document order, keyed by their text; a repeated key is a
     * DUPLICATE_KEY error (the last one is kept so checking can continue).
     */
    Map<String, Entry> entries(MappingNode mapping) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.error("YAML_PARSE_ERROR", span(t.getKeyNode()), "mapping keys must be plain words");
                continue;
            }
            if (out.containsKey(key.getValue())) {
                diagnostics.add(Issue.error("DUPLICATE_KEY", span(key), "key '" + key.getValue() + "' appears twice in this mapping")
                        .expecting("each key once", "a second '" + key.getValue() + "' (first at line " + out.get(key.getValue()).keySpan().line() + ")"));
            }
            out.put(key.getValue(), new Entry(key.getValue(), span(key), t.getValueNode()));
        }
        return out;
    }

    /** A mapping key with its position and value node. */
    record Entry(String key, SourceSpan keySpan, Node value) {}

    Optional<MappingNode> mapping(Node node, String what) {
        if (node instanceof MappingNode m) return Optional.of(m);
        wrongType(node, what, "a mapping (key: value lines)");
        return Optional.empty();
    }

    Optional<SequenceNode> sequence(Node node, String what) {
        if (node instanceof SequenceNode s) return Optional.of(s);
        wrongType(node, what, "a list");
        return Optional.empty();
    }

    List<Node> items(SequenceNode s) { return s.getValue(); }

    /** The scalar's value typed by the Core schema: Long, Double, Boolean, String or null. */
    static Object scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String v = node.getValue();
        if (Tag.NULL.equals(tag)) return null;
        if (Tag.BOOL.equals(tag)) return Boolean.parseBoolean(v.toLowerCase());
        if (Tag.INT.equals(tag)) {
            try {
                return v.startsWith("0x") ? Long.parseLong(v.substring(2), 16)
                        : v.startsWith("0o") ? Long.parseLong(v.substring(2), 8) : Long.parseLong(v.replace("+", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            String lower = v.toLowerCase();
            if (lower.endsWith(".inf")) return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            if (lower.equals(".nan")) return Double.NaN;
            return Double.parseDouble(v);
        }
        return v;
    }

    /** Converts any node to plain Java values (maps keep order), for params and metadata. */
    Object plain(Node node) {
        return switch (node) {
            case ScalarNode s -> scalar(s);
            case SequenceNode s -> s.getValue().stream().map(this::plain).toList();
            case MappingNode m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                entries(m).forEach((k, e) -> out.put(k, plain(e.value())));
                yield out;
            }
            default -> null;
        };
    }

    Optional<String> text(Node node, String what) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) && !s.getValue().isEmpty()) return Optional.of(s.getValue());
        wrongType(node, what, "a non-empty text");
        return Optional.empty();
    }

    /** A finite number; integral floats are accepted where integers are asked for. */
    Optional<Double> number(Node node, String what) {
        if (node instanceof ScalarNode s && scalar(s) instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) return Optional.of(d);
            diagnostics.add(Issue.error("INVALID_NUMBER", span(node), what + " must be a finite number").expecting("a finite number", s.getValue()));
            return Optional.empty();
        }
        wrongType(node, what, "a number");
        return Optional.empty();
    }

    Optional<Integer> integer(Node node, String what) {
        Optional<Double> d = number(node, what);
        if (d.isEmpty()) return Optional.empty();
        double v = d.get();
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            diagnostics.add(Issue.error("INVALID_NUMBER", span(node), what + " must be an integer").expecting("an integer", Double.toString(v)));
            return Optional.empty();
        }
        return Optional.of((int) v);
    }

    Optional<Boolean> bool(Node node, String what) {
        if (node instanceof ScalarNode s && scalar(s) instanceof Boolean b) return Optional.of(b);
        wrongType(node, what, "true or false");
        return Optional.empty();
    }

    void wrongType(Node node, String what, String expected) {
        diagnostics.add(Issue.error("INVALID_TYPE", span(node), what + " has the wrong type").expecting(expected, describe(node)));
    }

    /** Reports keys outside {@code allowed}: an error in DSL and declaration nodes, a warning in config sections. */
    void unknownKeys(Map<String, Entry> entries, List<String> allowed, String where, boolean error) {
        for (Entry e : entries.values()) {
            if (allowed.contains(e.key())) continue;
            Issue issue = (error ? Issue.error("UNKNOWN_KEY", e.keySpan(), "unknown key '" + e.key() + "' in " + where)
                    : Issue.warning("UNKNOWN_KEY", e.keySpan(), "unknown key '" + e.key() + "' in " + where + " is ignored"))
                    .expecting(allowed.toString(), e.key()).suggesting(trade.core.Suggestions.closest(e.key(), allowed));
            diagnostics.add(issue);
        }
    }

    /**
     * One word out of {@code allowed}; {@code code} names the error for any other word. With
     * {@code ignoreCase} the input is matched case-insensitively and the canonical spelling returned.
     */
    Optional<String> word(Node node, String what, List<String> allowed, boolean ignoreCase, String code) {
        Optional<String> text = text(node, what);
        if (text.isEmpty()) return Optional.empty();
        for (String a : allowed) if (ignoreCase ? a.equalsIgnoreCase(text.get()) : a.equals(text.get())) return Optional.of(a);
        diagnostics.add(Issue.error(code, span(node), what + " '" + text.get() + "' is not known")
                .expecting("one of " + allowed, "'" + text.get() + "'").suggesting(trade.core.Suggestions.closest(text.get(), allowed)));
        return Optional.empty();
    }

    static String describe(Node node) {
        return switch (node) {
            case ScalarNode s -> Tag.NULL.equals(s.getTag()) ? "nothing (null)" : "'" + s.getValue() + "'";
            case SequenceNode ignored -> "a list";
            case MappingNode ignored -> "a mapping";
            default -> "a " + node.getNodeType();
        };
    }
}
