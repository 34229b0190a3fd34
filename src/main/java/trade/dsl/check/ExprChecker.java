package trade.dsl.check;

import java.util.List;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.OutputSpec;
import trade.core.SourceSpan;
import trade.core.Suggestions;
import trade.core.ValueType;
import trade.dsl.ast.All;
import trade.dsl.ast.Any;
import trade.dsl.ast.Arith;
import trade.dsl.ast.ArithOp;
import trade.dsl.ast.BoolLiteral;
import trade.dsl.ast.Compare;
import trade.dsl.ast.Expr;
import trade.dsl.ast.Negate;
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

/**
 * Checks names and types of a condition against a {@link Scope}: undeclared or misspelt
 * references, operators used on the wrong type, float equality, enum words outside their domain.
 * Collects every issue; never stops at the first.
 */
public final class ExprChecker {
    private final Scope scope;
    private final Diagnostics diagnostics;

    public ExprChecker(Scope scope, Diagnostics diagnostics) {
        this.scope = scope;
        this.diagnostics = diagnostics;
    }

    public void check(Expr expr) {
        switch (expr) {
            case All all -> all.children().forEach(this::check);
            case Any any -> any.children().forEach(this::check);
            case Not not -> check(not.child());
            case Window w -> check(w.body());
            case SetupRef ignored -> { } // inlined by the caller before checking
            case Compare c -> checkCompare(c);
        }
    }

    private void checkCompare(Compare c) {
        if (c.lhs() instanceof NumberLiteral n) {
            diagnostics.add(Issue.error("DSL_PARSE_ERROR", n.span(), "a number cannot stand left of an operator")
                    .expecting("a feature reference or arithmetic on the left, e.g. [\"rsi_14\", \">\", 50]", "a number"));
            return;
        }
        Typed lhs = type(c.lhs());
        if (lhs == null) {
            typeRhs(c.rhs());
            return;
        }
        Operator op = c.op();
        switch (op) {
            case GT, GE, LT, LE, NEAR_ABS, NEAR_PCT, CROSS_ABOVE, CROSS_BELOW -> {
                requireNumeric(lhs, op, c.lhs().span());
                if (!(c.rhs() instanceof Operand rhsOperand)) {
                    mismatch(c.rhs().span(), op, "a number or numeric reference", describe(c.rhs()));
                    return;
                }
                Typed rhs = type(rhsOperand);
                if (rhs != null) requireNumeric(rhs, op, rhsOperand.span());
            }
            case EQ, NE -> checkEquality(lhs, c);
            case IN -> checkIn(lhs, c);
            case BETWEEN -> {
                requireNumeric(lhs, op, c.lhs().span());
                if (!(c.rhs() instanceof Range)) mismatch(c.rhs().span(), op, "[low, high]", describe(c.rhs()));
            }
        }
    }

    private void checkEquality(Typed lhs, Compare c) {
        if (lhs.type == ValueType.FLOAT) {
            floatEquality(c.lhs().span(), c.op());
            return;
        }
        Rhs rhs = c.rhs();
        switch (lhs.type) {
            case ENUM -> {
                if (rhs instanceof TextLiteral t) {
                    if (lhs.output.enumCode(t.value()) < 0) {
                        diagnostics.add(Issue.error("TYPE_MISMATCH", t.span(),
                                        "\"" + t.value() + "\" is not a value of " + lhs.name)
                                .expecting("one of " + lhs.output.enumDomain().stream().filter(s -> !s.isEmpty()).toList(), "\"" + t.value() + "\""));
                    }
                } else if (rhs instanceof Ref r) {
                    Typed rt = type(r);
                    if (rt != null && rt.type != ValueType.ENUM) mismatch(r.span(), c.op(), "a word or another enum field", rt.type.name());
                } else {
                    mismatch(rhs.span(), c.op(), "a word such as \"" + lhs.output.enumDomain().get(lhs.output.enumDomain().size() - 1) + "\"", describe(rhs));
                }
            }
            case INT, BOOL -> {
                switch (rhs) {
                    case NumberLiteral n -> {
                        if (!n.integral() && n.value() != Math.rint(n.value())) floatEquality(n.span(), c.op());
                        else if (lhs.type == ValueType.BOOL && n.value() != 0 && n.value() != 1) {
                            mismatch(n.span(), c.op(), "0, 1, true or false", formatNumber(n.value()));
                        }
                    }
                    case BoolLiteral ignored -> { }
                    case Operand o -> {
                        Typed rt = type(o);
                        if (rt != null) {
                            if (rt.type == ValueType.FLOAT) floatEquality(o.span(), c.op());
                            else if (rt.type == ValueType.ENUM) mismatch(o.span(), c.op(), "an integer or boolean", "ENUM");
                        }
                    }
                    default -> mismatch(rhs.span(), c.op(), "an integer or boolean", describe(rhs));
                }
            }
            case FLOAT -> throw new IllegalStateException("unreachable");
        }
    }

    private void checkIn(Typed lhs, Compare c) {
        if (lhs.type == ValueType.FLOAT) {
            floatEquality(c.lhs().span(), c.op());
            return;
        }
        if (!(c.rhs() instanceof ValueList list)) {
            mismatch(c.rhs().span(), c.op(), "a list of values", describe(c.rhs()));
            return;
        }
        for (Rhs v : list.values()) {
            boolean ok = switch (lhs.type) {
                case ENUM -> v instanceof TextLiteral t && lhs.output.enumCode(t.value()) >= 0;
                case INT, BOOL -> v instanceof NumberLiteral n && n.value() == Math.rint(n.value()) || v instanceof BoolLiteral;
                case FLOAT -> false;
            };
            if (!ok) mismatch(v.span(), c.op(), lhs.type == ValueType.ENUM ? "one of " + lhs.output.enumDomain() : "integers", describe(v));
        }
    }

    private void requireNumeric(Typed t, Operator op, SourceSpan span) {
        if (!t.type.numeric()) mismatch(span, op, "a numeric operand", t.type + " (" + t.name + ")");
    }

    private void floatEquality(SourceSpan span, Operator op) {
        diagnostics.add(Issue.error("FLOAT_EQUALITY", span, "'" + op.symbol() + "' on a FLOAT value: exact equality of prices never holds reliably")
                .expecting("an INT, BOOL or ENUM operand, or near_abs/near_pct/between for FLOAT", "FLOAT"));
    }

    private void mismatch(SourceSpan span, Operator op, String expected, String found) {
        diagnostics.add(Issue.error("TYPE_MISMATCH", span, "operand does not suit '" + op.symbol() + "'").expecting(expected, found));
    }

    private void typeRhs(Rhs rhs) {
        if (rhs instanceof Operand o) type(o);
    }

    /** Type of an operand, or null after reporting why it has none. */
    private Typed type(Operand operand) {
        return switch (operand) {
            case NumberLiteral n -> new Typed(n.integral() ? ValueType.INT : ValueType.FLOAT, null, formatNumber(n.value()));
            case Ref r -> resolve(r);
            case Negate n -> {
                Typed inner = type(n.operand());
                yield inner == null ? null : arithmeticResult(inner, inner, null, n.span());
            }
            case Arith a -> {
                Typed l = type(a.left());
                Typed r = type(a.right());
                yield l == null || r == null ? null : arithmeticResult(l, r, a.op(), a.span());
            }
        };
    }

    private Typed arithmeticResult(Typed l, Typed r, ArithOp op, SourceSpan span) {
        for (Typed t : List.of(l, r)) {
            if (!t.type.numeric()) {
                diagnostics.add(Issue.error("TYPE_MISMATCH", span, "arithmetic on a " + t.type + " value (" + t.name + ")")
                        .expecting("numeric operands", t.type.name()));
                return null;
            }
        }
        boolean integer = l.type == ValueType.INT && r.type == ValueType.INT && op != ArithOp.DIV;
        return new Typed(integer ? ValueType.INT : ValueType.FLOAT, null, "arithmetic");
    }

    private Typed resolve(Ref r) {
        return switch (scope.resolve(r.id(), r.field())) {
            case Scope.Resolution.Found f -> new Typed(f.output().type(), f.output(), r.path());
            case Scope.Resolution.UnknownId u -> {
                diagnostics.add(Issue.error("UNDECLARED_FEATURE", r.span(), "'" + r.id() + "' is not declared")
                        .expecting("a feature or structure key declared in the Play, or a built-in (open, high, low, close, volume, last_price, mark_price)", "'" + r.id() + "'")
                        .suggesting(Suggestions.closest(r.id(), u.known())));
                yield null;
            }
            case Scope.Resolution.Invalid ignored -> null;
            case Scope.Resolution.UnknownField u -> {
                diagnostics.add(Issue.error("INVALID_FIELD", r.span(), u.problem())
                        .expecting("one of " + u.fields(), "'" + r.path() + "'")
                        .suggesting(Suggestions.closest(r.field(), u.fields())));
                yield null;
            }
        };
    }

    private static String describe(Rhs rhs) {
        return switch (rhs) {
            case TextLiteral t -> "\"" + t.value() + "\"";
            case BoolLiteral b -> Boolean.toString(b.value());
            case ValueList ignored -> "a list";
            case Range ignored -> "a range";
            case NumberLiteral n -> formatNumber(n.value());
            case Ref r -> "'" + r.path() + "'";
            case Arith ignored -> "arithmetic";
            case Negate ignored -> "arithmetic";
        };
    }

    static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private record Typed(ValueType type, OutputSpec output, String name) {}
}
