package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import trade.core.Diagnostics;
import trade.core.SourceSpan;
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
import trade.dsl.print.ExprPrinter;

/**
 * Printing a condition and reading the text back through the Play reader gives the same AST
 * (positions aside), for random ASTs over every node kind the reader can produce.
 */
class ConditionRoundTripProperties {
    private static final SourceSpan AT = SourceSpan.NONE;
    private static final Set<String> KNOWN = Set.of("ema_9", "rsi_14", "trend", "fib", "zones", "close", "last_price", "volume");
    private static final List<String[]> REFS = List.of(new String[]{"ema_9", ""}, new String[]{"rsi_14", ""}, new String[]{"trend", "direction"},
            new String[]{"fib", "level[0.618]"}, new String[]{"fib", "level_0.5"}, new String[]{"zones", "zone[1].state"},
            new String[]{"close", ""}, new String[]{"last_price", ""}, new String[]{"volume", ""});
    private static final List<String> WORDS = List.of("bullish", "bearish", "active", "none", "premium");

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void printThenReadIsIdentity(@ForAll("conditions") Expr expr) {
        String text = ExprPrinter.print(expr);
        Diagnostics diagnostics = new Diagnostics();
        YamlDoc doc = new YamlDoc("round-trip.yml", diagnostics);
        Expr read = doc.compose(text).flatMap(node -> new ConditionReader(doc, KNOWN).expr(node)).orElse(null);
        assertFalse(diagnostics.hasErrors(), () -> text + "\n" + diagnostics.issues());
        assertEquals(strip(expr), strip(read), text);
        assertEquals(text, ExprPrinter.print(read), "printing is canonical");
    }

    @Provide
    Arbitrary<Expr> conditions() { return expr(3); }

    private Arbitrary<Expr> expr(int depth) {
        if (depth == 0) return Arbitraries.oneOf(compare(), Arbitraries.of("uptrend", "pullback").map(n -> new SetupRef(n, AT)));
        Arbitrary<Expr> inner = expr(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, compare()),
                net.jqwik.api.Tuple.of(2, inner.list().ofMinSize(1).ofMaxSize(3).map(c -> (Expr) new All(c, AT))),
                net.jqwik.api.Tuple.of(2, inner.list().ofMinSize(1).ofMaxSize(3).map(c -> (Expr) new Any(c, AT))),
                net.jqwik.api.Tuple.of(1, inner.map(c -> (Expr) new Not(c, AT))),
                net.jqwik.api.Tuple.of(2, window(inner)));
    }

    private Arbitrary<Expr> window(Arbitrary<Expr> body) {
        Arbitrary<Window.Kind> kind = Arbitraries.of(Window.Kind.class);
        Arbitrary<Boolean> duration = Arbitraries.of(true, false);
        Arbitrary<String> anchor = Arbitraries.of("", "low_tf", "1h", "4h");
        return net.jqwik.api.Combinators.combine(kind, duration, Arbitraries.integers().between(1, 500), anchor, body, Arbitraries.integers().between(1, 500))
                .as((k, d, n, a, b, m) -> {
                    int count = d ? Math.min(n * 3, 1440) : n;
                    return new Window(k, d, count, d || a.isEmpty() ? null : a, k == Window.Kind.COUNT_TRUE ? 1 + m % count : 0, b, AT);
                });
    }

    private Arbitrary<Expr> compare() {
        return Arbitraries.of(Operator.class).flatMap(op -> net.jqwik.api.Combinators.combine(lhs(), rhs(op), Arbitraries.of(0.0, 0.5, 3.0, 25.0))
                .as((l, r, tol) -> new Compare(l, op, r, op.near() ? tol : Double.NaN, AT)));
    }

    private Arbitrary<Operand> lhs() {
        return Arbitraries.oneOf(ref(), arith(2));
    }

    private Arbitrary<Rhs> rhs(Operator op) {
        return switch (op) {
            case IN -> Arbitraries.oneOf(
                    Arbitraries.of(WORDS).map(w -> (Rhs) new TextLiteral(w, AT)),
                    Arbitraries.integers().between(-3, 3).map(i -> (Rhs) new NumberLiteral(i, true, AT)),
                    Arbitraries.of(true, false).map(b -> (Rhs) new BoolLiteral(b, AT))).list().ofMinSize(1).ofMaxSize(4).map(v -> new ValueList(v, AT));
            case BETWEEN -> net.jqwik.api.Combinators.combine(Arbitraries.doubles().between(-100, 100).ofScale(2), Arbitraries.doubles().between(0, 50).ofScale(2))
                    .as((lo, w) -> new Range(lo, lo + w, AT));
            case EQ, NE -> Arbitraries.oneOf(Arbitraries.of(WORDS).map(w -> new TextLiteral(w, AT)), Arbitraries.of(true, false).map(b -> new BoolLiteral(b, AT)), operand(1));
            default -> Arbitraries.oneOf(operand(2), Arbitraries.of(true, false).map(b -> new BoolLiteral(b, AT)));
        };
    }

    private Arbitrary<Operand> operand(int depth) { return Arbitraries.oneOf(ref(), number(), arith(depth)); }

    private Arbitrary<Operand> ref() {
        return net.jqwik.api.Combinators.combine(Arbitraries.of(REFS), Arbitraries.of(0, 0, 1, 5, 500))
                .as((r, offset) -> new Ref(r[0], r[1], offset, AT));
    }

    private Arbitrary<Operand> number() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(i -> new NumberLiteral(i, true, AT)),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(4).map(d -> new NumberLiteral(d, false, AT)),
                Arbitraries.of(1e-7, 2.5e12, 0.5).map(d -> new NumberLiteral(d, false, AT)));
    }

    private Arbitrary<Operand> arith(int depth) {
        if (depth == 0) return Arbitraries.oneOf(ref(), number());
        Arbitrary<Operand> side = arith(depth - 1);
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(Arbitraries.of(ArithOp.class), side, side).as((op, a, b) -> (Operand) new Arith(op, a, b, AT)),
                offsetFree(depth - 1).map(o -> (Operand) new Negate(o, AT)));
    }

    /** What an infix string can hold under a negation: no offsets, no bare number. */
    private Arbitrary<Operand> offsetFree(int depth) {
        Arbitrary<Operand> plainRef = Arbitraries.of(REFS).map(r -> new Ref(r[0], r[1], 0, AT));
        if (depth == 0) return plainRef;
        Arbitrary<Operand> side = Arbitraries.oneOf(plainRef, number());
        return Arbitraries.oneOf(plainRef,
                net.jqwik.api.Combinators.combine(Arbitraries.of(ArithOp.class), side, side).as((op, a, b) -> (Operand) new Arith(op, a, b, AT)));
    }

    /** The same tree with every position erased. */
    static Expr strip(Expr e) {
        return switch (e) {
            case All a -> new All(a.children().stream().map(ConditionRoundTripProperties::strip).toList(), AT);
            case Any a -> new Any(a.children().stream().map(ConditionRoundTripProperties::strip).toList(), AT);
            case Not n -> new Not(strip(n.child()), AT);
            case SetupRef s -> new SetupRef(s.name(), AT);
            case Window w -> new Window(w.kind(), w.duration(), w.count(), w.anchorTimeframe(), w.minTrue(), strip(w.body()), AT);
            case Compare c -> new Compare(strip(c.lhs()), c.op(), stripRhs(c.rhs()), c.tolerance(), AT);
        };
    }

    private static Operand strip(Operand o) {
        return switch (o) {
            case Ref r -> new Ref(r.id(), r.field(), r.offset(), AT);
            case NumberLiteral n -> new NumberLiteral(n.value(), n.integral(), AT);
            case Arith a -> new Arith(a.op(), strip(a.left()), strip(a.right()), AT);
            case Negate n -> new Negate(strip(n.operand()), AT);
        };
    }

    private static Rhs stripRhs(Rhs r) {
        return switch (r) {
            case Operand o -> strip(o);
            case TextLiteral t -> new TextLiteral(t.value(), AT);
            case BoolLiteral b -> new BoolLiteral(b.value(), AT);
            case ValueList l -> new ValueList(l.values().stream().map(ConditionRoundTripProperties::stripRhs).toList(), AT);
            case Range g -> new Range(g.low(), g.high(), AT);
        };
    }
}
