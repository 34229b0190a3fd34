package trade.dsl.print;

import java.util.stream.Collectors;
import trade.dsl.ast.All;
import trade.dsl.ast.Any;
import trade.dsl.ast.Arith;
import trade.dsl.ast.BoolLiteral;
import trade.dsl.ast.Compare;
import trade.dsl.ast.Expr;
import trade.dsl.ast.Negate;
import trade.dsl.ast.Not;
import trade.dsl.ast.NumberLiteral;
import trade.dsl.ast.Operand;
import trade.dsl.ast.Range;
import trade.dsl.ast.Ref;
import trade.dsl.ast.Rhs;
import trade.dsl.ast.SetupRef;
import trade.dsl.ast.TextLiteral;
import trade.dsl.ast.ValueList;
import trade.dsl.ast.Window;

/**
 * The canonical text of a condition, written in the Play's own YAML flow syntax so that reading it
 * back gives the same AST: {@code {all: [["ema_9", "cross_above", "ema_21"], ["rsi_14", "<", 55]]}}.
 * Positions are not printed and every node has exactly one spelling, so two Plays that say the
 * same thing print (and hash) the same.
 */
public final class ExprPrinter {
    private ExprPrinter() {}

    public static String print(Expr expr) {
        return switch (expr) {
            case All a -> "{all: [" + a.children().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + "]}";
            case Any a -> "{any: [" + a.children().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + "]}";
            case Not n -> "{not: " + print(n.child()) + "}";
            case SetupRef s -> "{setup: " + quote(s.name()) + "}";
            case Window w -> "{" + w.keyword() + ": {" + (w.duration() ? "duration: \"" + w.count() + "m\"" : "bars: " + w.count())
                    + (w.anchorTimeframe() == null ? "" : ", anchor_tf: " + quote(w.anchorTimeframe()))
                    + (w.kind() == Window.Kind.COUNT_TRUE ? ", min_true: " + w.minTrue() : "") + ", expr: " + print(w.body()) + "}}";
            case Compare c -> "[" + operand(c.lhs()) + ", " + quote(c.op().symbol()) + ", " + rhs(c.rhs())
                    + (Double.isNaN(c.tolerance()) ? "" : ", " + number(c.tolerance())) + "]";
        };
    }

    /**
     * An operand: a reference string, a reference map when it has an offset, a number, list-form
     * arithmetic, or an infix string for negation (the only spelling negation has).
     */
    public static String operand(Operand o) {
        return switch (o) {
            case Ref r when r.offset() == 0 -> quote(r.path());
            case Ref r -> "{feature_id: " + quote(r.id()) + (r.field().isEmpty() ? "" : ", field: " + quote(r.field())) + ", offset: " + r.offset() + "}";
            case NumberLiteral n -> literal(n);
            case Arith a -> "[" + operand(a.left()) + ", " + quote(a.op().symbol()) + ", " + operand(a.right()) + "]";
            case Negate n -> quote(infix(n));
        };
    }

    /**
     * Infix text of an operand without offsets (what a string operand can hold). A reference with
     * an offset cannot be written inside a string; the loader never puts one under a negation.
     */
    private static String infix(Operand o) {
        return switch (o) {
            case Ref r when r.offset() == 0 -> r.path();
            case Ref r -> throw new IllegalArgumentException("a reference with an offset cannot be negated in Play syntax: " + r.path());
            case NumberLiteral n -> literal(n);
            case Arith a -> "(" + infix(a.left()) + " " + a.op().symbol() + " " + infix(a.right()) + ")";
            case Negate n -> "-(" + infix(n.operand()) + ")";
        };
    }

    private static String rhs(Rhs r) {
        return switch (r) {
            case Operand o -> operand(o);
            case TextLiteral t -> quote(t.value());
            case BoolLiteral b -> Boolean.toString(b.value());
            case ValueList l -> "[" + l.values().stream().map(ExprPrinter::rhs).collect(Collectors.joining(", ")) + "]";
            case Range g -> "[" + number(g.low()) + ", " + number(g.high()) + "]";
        };
    }

    /** A literal keeps its kind: an integer prints without a point, a float always with one. */
    private static String literal(NumberLiteral n) {
        return n.integral() ? Long.toString((long) n.value()) : Double.toString(n.value());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A number as a trader writes it: {@code 2} rather than {@code 2.0}. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
