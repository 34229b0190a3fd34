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
 * The canonical one-line text of a condition: {@code all(ema_9 cross_above ema_21, rsi_14 < 55)}.
 * Positions are not printed, so two Plays that say the same thing print (and hash) the same.
 */
public final class ExprPrinter {
    private ExprPrinter() {}

    public static String print(Expr expr) {
        return switch (expr) {
            case All a -> "all(" + a.children().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + ")";
            case Any a -> "any(" + a.children().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + ")";
            case Not n -> "not(" + print(n.child()) + ")";
            case SetupRef s -> "setup(" + s.name() + ")";
            case Window w -> w.keyword() + "(" + w.count() + (w.anchorTimeframe() == null ? "" : ", anchor_tf=" + w.anchorTimeframe())
                    + (w.kind() == Window.Kind.COUNT_TRUE ? ", min_true=" + w.minTrue() : "") + ", " + print(w.body()) + ")";
            case Compare c -> operand(c.lhs()) + " " + c.op().symbol() + " " + rhs(c.rhs())
                    + (Double.isNaN(c.tolerance()) ? "" : " tolerance " + number(c.tolerance()));
        };
    }

    public static String operand(Operand o) {
        return switch (o) {
            case Ref r -> r.offset() == 0 ? r.path() : r.path() + "@" + r.offset();
            case NumberLiteral n -> number(n.value());
            case Negate n -> "-(" + operand(n.operand()) + ")";
            case Arith a -> "(" + operand(a.left()) + " " + a.op().symbol() + " " + operand(a.right()) + ")";
        };
    }

    private static String rhs(Rhs r) {
        return switch (r) {
            case Operand o -> operand(o);
            case TextLiteral t -> "\"" + t.value() + "\"";
            case BoolLiteral b -> Boolean.toString(b.value());
            case ValueList l -> "[" + l.values().stream().map(ExprPrinter::rhs).collect(Collectors.joining(", ")) + "]";
            case Range g -> "[" + number(g.low()) + ", " + number(g.high()) + "]";
        };
    }

    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
