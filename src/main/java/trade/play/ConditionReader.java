package trade.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import trade.core.Issue;
import trade.core.SourceSpan;
import trade.core.Suggestions;
import trade.dsl.ast.All;
import trade.dsl.ast.Any;
import trade.dsl.ast.Arith;
import trade.dsl.ast.ArithOp;
import trade.dsl.ast.BoolLiteral;
import trade.dsl.ast.Compare;
import trade.dsl.ast.Expr;
import trade.dsl.ast.Not;
import trade.dsl.ast.NumberLiteral;
import trade.dsl.ast.Operand;
import trade.dsl.ast.Operator;
import trade.dsl.ast.Range;
import trade.dsl.ast.Ref;
import trade.dsl.ast.Rhs;
import trade.dsl.ast.SetupRef;
import trade.dsl.ast.TextLiteral;
import trade.dsl.ast.ValueList;
import trade.dsl.ast.Window;
import trade.dsl.parse.OperandParser;

/**
 * Reads a condition from its YAML shape (play-dsl §4.1, in this order): all/any/not, windows,
 * setup references, lhs/op/rhs maps, condition tuples, and any other list as an implicit all.
 */
final class ConditionReader {
    private static final List<String> WINDOW_KEYS = List.of("holds_for", "occurred_within", "count_true",
            "holds_for_duration", "occurred_within_duration", "count_true_duration");
    private static final List<String> OPERATORS = java.util.Arrays.stream(Operator.values()).map(Operator::symbol).toList();

    private final YamlDoc doc;
    /** Declared ids and built-ins: a plain word right of == is a reference only if it names one. */
    private final Set<String> knownIds;

    ConditionReader(YamlDoc doc, Set<String> knownIds) {
        this.doc = doc;
        this.knownIds = knownIds;
    }

    Optional<Expr> expr(Node node) {
        SourceSpan span = doc.span(node);
        if (node instanceof MappingNode m) return mappingExpr(m, span);
        if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            if (items.isEmpty()) return fail(span, "an empty list is not a condition", "at least one condition");
            if (isTuple(items)) return tuple(items, span);
            if (items.size() == 1) return expr(items.getFirst());
            return list(items).map(children -> new All(children, span));
        }
        return fail(span, "a condition must be a list like [\"ema_9\", \">\", \"ema_21\"] or a mapping (all/any/not, lhs/op/rhs, a window)",
                "a condition");
    }

    private Optional<Expr> mappingExpr(MappingNode m, SourceSpan span) {
        Map<String, YamlDoc.Entry> entries = doc.entries(m);
        if (entries.size() == 1) {
            YamlDoc.Entry e = entries.values().iterator().next();
            switch (e.key()) {
                case "all", "any" -> {
                    List<Node> items = e.value() instanceof SequenceNode s ? s.getValue() : List.of(e.value());
                    if (items.isEmpty()) return fail(e.keySpan(), e.key() + ": needs at least one condition", "a non-empty list");
                    Optional<List<Expr>> children = e.value() instanceof SequenceNode s && isTuple(s.getValue())
                            ? tuple(s.getValue(), doc.span(s)).map(List::of) : list(items);
                    return children.map(c -> e.key().equals("all") ? new All(c, span) : new Any(c, span));
                }
                case "not" -> {
                    return expr(e.value()).map(child -> new Not(child, span));
                }
                case "setup" -> {
                    return doc.text(e.value(), "setup name").map(name -> new SetupRef(name, doc.span(e.value())));
                }
                default -> {
                    if (WINDOW_KEYS.contains(e.key())) return window(e, span);
                }
            }
        }
        if (entries.containsKey("lhs") || entries.containsKey("op")) return verbose(entries, span);
        List<String> keys = List.copyOf(entries.keySet());
        List<String> known = new ArrayList<>(List.of("all", "any", "not", "setup", "lhs", "op", "rhs"));
        known.addAll(WINDOW_KEYS);
        String first = keys.isEmpty() ? "" : keys.getFirst();
        doc.diagnostics().add(Issue.error("DSL_PARSE_ERROR", span, "not a condition: mapping with keys " + keys)
                .expecting("exactly one of all/any/not/setup/a window key, or lhs/op/rhs", keys.toString())
                .suggesting(Suggestions.closest(first, known)));
        return Optional.empty();
    }

    private Optional<List<Expr>> list(List<Node> items) {
        List<Expr> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            Optional<Expr> e = expr(item);
            if (e.isPresent()) out.add(e.get());
            else ok = false;
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** A 3- or 4-element list whose second element is a scalar word: meant as [lhs, op, rhs(, tol)]. */
    private static boolean isTuple(List<Node> items) {
        return (items.size() == 3 || items.size() == 4) && items.get(1) instanceof ScalarNode s
                && YamlDoc.scalar(s) instanceof String && !(items.get(0) instanceof MappingNode m && isCombinator(m));
    }

    private static boolean isCombinator(MappingNode m) {
        return m.getValue().size() == 1 && m.getValue().getFirst().getKeyNode() instanceof ScalarNode k
                && List.of("all", "any", "not", "setup").contains(k.getValue());
    }

    private Optional<Expr> tuple(List<Node> items, SourceSpan span) {
        ScalarNode opNode = (ScalarNode) items.get(1);
        Node tolerance = items.size() == 4 ? items.get(3) : null;
        return compare(items.get(0), opNode, items.get(2), tolerance, span);
    }

    private Optional<Expr> verbose(Map<String, YamlDoc.Entry> entries, SourceSpan span) {
        for (String key : entries.keySet()) {
            if (!List.of("lhs", "op", "rhs", "tolerance").contains(key)) {
                doc.diagnostics().add(Issue.error("UNKNOWN_KEY", entries.get(key).keySpan(), "unknown key '" + key + "' in a condition")
                        .expecting("lhs, op, rhs, tolerance", key).suggesting(Suggestions.closest(key, List.of("lhs", "op", "rhs", "tolerance"))));
            }
        }
        for (String required : List.of("lhs", "op", "rhs")) {
            if (!entries.containsKey(required)) return fail(span, "condition is missing '" + required + "'", "lhs, op and rhs", "MISSING_REQUIRED_FIELD");
        }
        if (!(entries.get("op").value() instanceof ScalarNode opNode)) return fail(doc.span(entries.get("op").value()), "op must be an operator word", "an operator");
        YamlDoc.Entry tol = entries.get("tolerance");
        return compare(entries.get("lhs").value(), opNode, entries.get("rhs").value(), tol == null ? null : tol.value(), span);
    }

    private Optional<Expr> compare(Node lhsNode, ScalarNode opNode, Node rhsNode, Node toleranceNode, SourceSpan span) {
        String opText = opNode.getValue();
        Optional<Operator> op = Operator.parse(opText);
        if (op.isEmpty()) {
            if (ArithOp.parse(opText).isPresent()) {
                return fail(doc.span(opNode), "arithmetic expression used as a condition", "a comparison operator such as '>' after the arithmetic");
            }
            doc.diagnostics().add(Issue.error("UNKNOWN_OPERATOR", doc.span(opNode), "unknown operator '" + opText + "'")
                    .expecting("one of " + OPERATORS, "'" + opText + "'").suggesting(Suggestions.closest(opText, OPERATORS)));
            operand(lhsNode);
            return Optional.empty();
        }
        Optional<Operand> lhs = operand(lhsNode);
        Optional<Rhs> rhs = rhs(op.get(), rhsNode);
        double tolerance = Double.NaN;
        if (op.get().near()) {
            if (toleranceNode == null) return fail(span, op.get().symbol() + " needs a tolerance", "[lhs, \"" + op.get().symbol() + "\", rhs, tolerance]");
            Optional<Double> t = doc.number(toleranceNode, "tolerance");
            if (t.isEmpty()) return Optional.empty();
            if (t.get() < 0) return fail(doc.span(toleranceNode), "tolerance must not be negative", "a tolerance ≥ 0");
            if (op.get() == Operator.NEAR_PCT && t.get() < 0.1) {
                doc.diagnostics().add(Issue.warning("INVALID_NUMBER", doc.span(toleranceNode), "near_pct tolerance " + t.get()
                        + " means " + t.get() + " %, not a ratio").expecting("a percent such as 3 for 3 %", t.get().toString()));
            }
            tolerance = t.get();
        } else if (toleranceNode != null) {
            return fail(doc.span(toleranceNode), "only near_abs and near_pct take a fourth element (tolerance)", "[lhs, op, rhs]");
        }
        if (lhs.isEmpty() || rhs.isEmpty()) return Optional.empty();
        return Optional.of(new Compare(lhs.get(), op.get(), rhs.get(), tolerance, span));
    }

    private Optional<Rhs> rhs(Operator op, Node node) {
        SourceSpan span = doc.span(node);
        if (op == Operator.BETWEEN) {
            List<Node> bounds = node instanceof SequenceNode s ? s.getValue() : null;
            if (node instanceof MappingNode m) {
                Map<String, YamlDoc.Entry> e = doc.entries(m);
                if (e.containsKey("low") && e.containsKey("high") && e.size() == 2) bounds = List.of(e.get("low").value(), e.get("high").value());
            }
            if (bounds == null || bounds.size() != 2) return failRhs(span, "between needs two bounds", "[low, high] or {low: x, high: y}");
            Optional<Double> low = doc.number(bounds.get(0), "lower bound");
            Optional<Double> high = doc.number(bounds.get(1), "upper bound");
            if (low.isEmpty() || high.isEmpty()) return Optional.empty();
            if (low.get() > high.get()) return failRhs(span, "between bounds are reversed", "low ≤ high");
            return Optional.of(new Range(low.get(), high.get(), span));
        }
        if (op == Operator.IN) {
            if (!(node instanceof SequenceNode s) || s.getValue().isEmpty()) return failRhs(span, "in needs a non-empty list of values", "[value, ...]");
            List<Rhs> values = new ArrayList<>();
            for (Node item : s.getValue()) {
                Object v = item instanceof ScalarNode sc ? YamlDoc.scalar(sc) : null;
                SourceSpan at = doc.span(item);
                switch (v) {
                    case Long l -> values.add(new NumberLiteral(l, true, at));
                    case Double d -> values.add(new NumberLiteral(d, false, at));
                    case Boolean b -> values.add(new BoolLiteral(b, at));
                    case String str -> values.add(new TextLiteral(str, at));
                    case null, default -> { return failRhs(at, "in lists hold plain values", "numbers, booleans or words"); }
                }
            }
            return Optional.of(new ValueList(values, span));
        }
        if (node instanceof ScalarNode s) {
            Object v = YamlDoc.scalar(s);
            if (v instanceof Boolean b) return Optional.of(new BoolLiteral(b, span));
            if ((op == Operator.EQ || op == Operator.NE) && v instanceof String word && isPlainWord(word) && !knownIds.contains(word)) {
                return Optional.of(new TextLiteral(word, doc.contentStart(s)));
            }
        }
        if (node instanceof SequenceNode s && !(s.getValue().size() == 3 && isArithList(s))) {
            return failRhs(span, "a list right of '" + op.symbol() + "'", "a single value (lists go with 'in', [low, high] with 'between')");
        }
        return operand(node).map(o -> o);
    }

    private static boolean isPlainWord(String s) { return s.matches("[A-Za-z_][A-Za-z0-9_]*"); }

    private static boolean isArithList(SequenceNode s) {
        return s.getValue().get(1) instanceof ScalarNode m && ArithOp.parse(m.getValue()).isPresent();
    }

    /** A reference string (grammar), a number, a reference map, or arithmetic in list or map form. */
    Optional<Operand> operand(Node node) {
        SourceSpan span = doc.span(node);
        switch (node) {
            case ScalarNode s -> {
                Object v = YamlDoc.scalar(s);
                if (v instanceof Long l) return Optional.of(new NumberLiteral(l, true, span));
                if (v instanceof Double d) {
                    if (!Double.isFinite(d)) return failOperand(span, "numbers must be finite", "a finite number", "INVALID_NUMBER");
                    return Optional.of(new NumberLiteral(d, false, span));
                }
                if (v instanceof String text) return OperandParser.parse(text, doc.contentStart(s), doc.diagnostics());
                return failOperand(span, "not an operand: " + YamlDoc.describe(node), "a feature reference or a number", "DSL_PARSE_ERROR");
            }
            case SequenceNode s -> {
                List<Node> items = s.getValue();
                if (items.size() == 3 && items.get(1) instanceof ScalarNode m) {
                    Optional<ArithOp> op = ArithOp.parse(m.getValue());
                    if (op.isEmpty()) return failOperand(doc.span(m), "'" + m.getValue() + "' is not an arithmetic operator", "one of + - * / %", "DSL_PARSE_ERROR");
                    Optional<Operand> a = operand(items.get(0));
                    Optional<Operand> b = operand(items.get(2));
                    if (a.isEmpty() || b.isEmpty()) return Optional.empty();
                    return Optional.of(new Arith(op.get(), a.get(), b.get(), span));
                }
                return failOperand(span, "a list is not an operand here", "[a, \"-\", b] arithmetic or a single reference", "DSL_PARSE_ERROR");
            }
            case MappingNode m -> {
                return mappingOperand(m, span);
            }
            default -> {
                return failOperand(span, "not an operand", "a feature reference or a number", "DSL_PARSE_ERROR");
            }
        }
    }

    private Optional<Operand> mappingOperand(MappingNode m, SourceSpan span) {
        Map<String, YamlDoc.Entry> entries = doc.entries(m);
        if (entries.containsKey("feature_id")) return reference(entries, span).map(r -> r);
        if (entries.size() == 1) {
            YamlDoc.Entry e = entries.values().iterator().next();
            Optional<ArithOp> op = ArithOp.parse(e.key());
            if (op.isPresent()) {
                if (!(e.value() instanceof SequenceNode s) || s.getValue().size() != 2) {
                    return failOperand(doc.span(e.value()), "arithmetic map needs two operands", "{\"" + e.key() + "\": [a, b]}", "DSL_PARSE_ERROR");
                }
                Optional<Operand> a = operand(s.getValue().get(0));
                Optional<Operand> b = operand(s.getValue().get(1));
                if (a.isEmpty() || b.isEmpty()) return Optional.empty();
                return Optional.of(new Arith(op.get(), a.get(), b.get(), span));
            }
        }
        return failOperand(span, "not an operand: mapping with keys " + entries.keySet(), "{feature_id: id, field: f, offset: n} or {\"-\": [a, b]}", "DSL_PARSE_ERROR");
    }

    /** {feature_id, field?, offset?}: the verbose reference (the only form that carries an offset). */
    Optional<Ref> reference(Map<String, YamlDoc.Entry> entries, SourceSpan span) {
        for (YamlDoc.Entry e : entries.values()) {
            if (!List.of("feature_id", "field", "offset").contains(e.key())) {
                doc.diagnostics().add(Issue.error("UNKNOWN_KEY", e.keySpan(), "unknown key '" + e.key() + "' in a reference")
                        .expecting("feature_id, field, offset", e.key()).suggesting(Suggestions.closest(e.key(), List.of("feature_id", "field", "offset"))));
                return Optional.empty();
            }
        }
        Optional<String> id = doc.text(entries.get("feature_id").value(), "feature_id");
        if (id.isEmpty()) return Optional.empty();
        String field = "";
        if (entries.containsKey("field")) {
            Node f = entries.get("field").value();
            Optional<String> text = doc.text(f, "field");
            if (text.isEmpty()) return Optional.empty();
            Optional<String> parsed = OperandParser.parseField(text.get(), doc.contentStart((ScalarNode) f), doc.diagnostics());
            if (parsed.isEmpty()) return Optional.empty();
            field = parsed.get().equals("value") ? "" : parsed.get();
        }
        int offset = 0;
        if (entries.containsKey("offset")) {
            Node o = entries.get("offset").value();
            Optional<Integer> n = doc.integer(o, "offset");
            if (n.isEmpty()) return Optional.empty();
            if (n.get() < 0 || n.get() > 500) {
                doc.diagnostics().add(Issue.error("INVALID_OFFSET", doc.span(o), "offset out of range").expecting("an integer in [0, 500]", n.get().toString()));
                return Optional.empty();
            }
            offset = n.get();
        }
        return Optional.of(new Ref(id.get(), field, offset, span));
    }

    private Optional<Expr> window(YamlDoc.Entry e, SourceSpan span) {
        boolean duration = e.key().endsWith("_duration");
        Window.Kind kind = Window.Kind.valueOf(e.key().replace("_duration", "").toUpperCase());
        Optional<MappingNode> body = doc.mapping(e.value(), e.key());
        if (body.isEmpty()) return Optional.empty();
        Map<String, YamlDoc.Entry> entries = doc.entries(body.get());
        List<String> allowed = new ArrayList<>(List.of(duration ? "duration" : "bars", "expr"));
        if (!duration) allowed.add("anchor_tf");
        if (kind == Window.Kind.COUNT_TRUE) allowed.add("min_true");
        for (YamlDoc.Entry k : entries.values()) {
            if (!allowed.contains(k.key())) {
                doc.diagnostics().add(Issue.error("UNKNOWN_KEY", k.keySpan(), "unknown key '" + k.key() + "' in " + e.key())
                        .expecting(allowed.toString(), k.key()).suggesting(Suggestions.closest(k.key(), allowed)));
            }
        }
        for (String required : allowed) {
            if (!required.equals("anchor_tf") && !entries.containsKey(required)) {
                return fail(span, e.key() + " is missing '" + required + "'", allowed.toString(), "MISSING_REQUIRED_FIELD");
            }
        }
        int count;
        if (duration) {
            Optional<String> text = doc.text(entries.get("duration").value(), "duration");
            if (text.isEmpty()) return Optional.empty();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^(\\d+)([mhd])$").matcher(text.get());
            int minutes = !m.matches() ? -1 : Integer.parseInt(m.group(1)) * switch (Character.toLowerCase(m.group(2).charAt(0))) {
                case 'h' -> 60;
                case 'd' -> 1440;
                default -> 1;
            };
            if (minutes < 1 || minutes > 1440) {
                return fail(doc.span(entries.get("duration").value()), "duration out of range", "a duration from 1m to 24h such as \"30m\" or \"4h\"", "WINDOW_LIMIT");
            }
            count = minutes;
        } else {
            Optional<Integer> bars = doc.integer(entries.get("bars").value(), "bars");
            if (bars.isEmpty()) return Optional.empty();
            if (bars.get() < 1 || bars.get() > 500) return fail(doc.span(entries.get("bars").value()), "bars out of range", "an integer in [1, 500]", "WINDOW_LIMIT");
            count = bars.get();
        }
        String anchor = null;
        if (entries.containsKey("anchor_tf")) {
            Optional<String> a = doc.text(entries.get("anchor_tf").value(), "anchor_tf");
            if (a.isEmpty()) return Optional.empty();
            anchor = a.get();
        }
        int minTrue = 0;
        if (kind == Window.Kind.COUNT_TRUE) {
            Optional<Integer> mt = doc.integer(entries.get("min_true").value(), "min_true");
            if (mt.isEmpty()) return Optional.empty();
            if (mt.get() < 1 || mt.get() > count) return fail(doc.span(entries.get("min_true").value()), "min_true out of range", "an integer in [1, " + count + "]", "WINDOW_LIMIT");
            minTrue = mt.get();
        }
        Optional<Expr> inner = expr(entries.get("expr").value());
        String anchorTf = anchor;
        int samples = count;
        int minimum = minTrue;
        return inner.map(b -> new Window(kind, duration, samples, anchorTf, minimum, b, span));
    }

    private <T> Optional<T> fail(SourceSpan span, String message, String expected) {
        return fail(span, message, expected, "DSL_PARSE_ERROR");
    }

    private <T> Optional<T> fail(SourceSpan span, String message, String expected, String code) {
        doc.diagnostics().add(Issue.error(code, span, message).expecting(expected, ""));
        return Optional.empty();
    }

    private Optional<Rhs> failRhs(SourceSpan span, String message, String expected) { return fail(span, message, expected); }

    private Optional<Operand> failOperand(SourceSpan span, String message, String expected, String code) {
        return fail(span, message, expected, code);
    }
}
