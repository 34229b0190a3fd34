package trade.dsl.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import trade.core.OutputSpec;
import trade.core.SourceSpan;
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
import trade.dsl.check.Scope;

/**
 * The planned evaluator equals a plain tree-walking evaluator written here from play-dsl §4 (Kleene
 * logic, every operator, crossovers one minute back, windows sampled back in time, arithmetic with
 * missing results), on random well-typed conditions and random histories with missing values.
 */
class EvaluatorProperties {
    private static final SourceSpan AT = SourceSpan.NONE;
    private static final long MINUTE = 60_000L, BAR = 15 * MINUTE;
    private static final int BARS = 60;
    private static final OutputSpec DIRECTION = OutputSpec.enumOf("dir", "", "bullish", "bearish");
    /** Series: a, b FLOAT (exec bars); n INT; f BOOL; e ENUM; m FLOAT on the 1m clock. */
    private static final List<String> FLOATS = List.of("a", "b", "m");

    private double[][] history;

    private final Scope scope = (id, field) -> switch (id) {
        case "a" -> new Scope.Resolution.Found(0, OutputSpec.of("value", ValueType.FLOAT), false);
        case "b" -> new Scope.Resolution.Found(1, OutputSpec.of("value", ValueType.FLOAT), false);
        case "n" -> new Scope.Resolution.Found(2, OutputSpec.of("value", ValueType.INT), false);
        case "f" -> new Scope.Resolution.Found(3, OutputSpec.of("value", ValueType.BOOL), false);
        case "e" -> new Scope.Resolution.Found(4, DIRECTION, false);
        case "m" -> new Scope.Resolution.Found(5, OutputSpec.of("value", ValueType.FLOAT), true);
        default -> new Scope.Resolution.UnknownId(List.of());
    };

    /** As-of rule on a 15m exec series (a 1m series for m): step back whole bars of its own clock. */
    private final SeriesReader reader = (series, offset, shift) -> {
        long unit = series == 5 ? MINUTE : BAR;
        long back = offset + (shift + unit - 1) / unit;
        return back < history[series].length ? history[series][(int) back] : Double.NaN;
    };

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void plannedEqualsTreeWalking(@ForAll("conditions") Expr expr, @ForAll("seeds") long seed) {
        history = randomHistory(new Random(seed));
        int planned = new Planner(scope, reader, 15, tf -> 60).plan(expr).evaluate();
        assertEquals(truth(expr, 0), planned, expr::toString);
    }

    @Provide
    Arbitrary<Long> seeds() { return Arbitraries.longs(); }

    private static double[][] randomHistory(Random r) {
        double[][] h = new double[6][];
        for (int s = 0; s < 6; s++) {
            h[s] = new double[s == 5 ? BARS * 15 : BARS];
            for (int i = 0; i < h[s].length; i++) {
                h[s][i] = switch (s) {
                    case 2 -> r.nextInt(3) - 1;
                    case 3 -> r.nextInt(2);
                    case 4 -> r.nextInt(3);
                    default -> r.nextInt(8) == 0 ? 0 : 8 + r.nextInt(5) + (r.nextInt(4) == 0 ? 0.5 : 0); // coarse, so ties (touches) are common
                };
                if (r.nextInt(12) == 0) h[s][i] = Double.NaN;
            }
        }
        return h;
    }

    // ---- the reference evaluator: 0 false, 1 true, 2 unknown ----

    private int truth(Expr e, long shift) {
        return switch (e) {
            case All a -> {
                boolean unknown = false;
                for (Expr c : a.children()) {
                    int t = truth(c, shift);
                    if (t == Truth.FALSE) yield Truth.FALSE;
                    unknown |= t == Truth.UNKNOWN;
                }
                yield unknown ? Truth.UNKNOWN : Truth.TRUE;
            }
            case Any a -> {
                boolean unknown = false;
                for (Expr c : a.children()) {
                    int t = truth(c, shift);
                    if (t == Truth.TRUE) yield Truth.TRUE;
                    unknown |= t == Truth.UNKNOWN;
                }
                yield unknown ? Truth.UNKNOWN : Truth.FALSE;
            }
            case Not n -> {
                int t = truth(n.child(), shift);
                yield t == Truth.UNKNOWN ? t : 1 - t;
            }
            case Window w -> {
                long step = w.duration() ? MINUTE : w.anchorTimeframe() == null ? BAR : 60 * MINUTE;
                int hits = 0;
                for (int k = 0; k < w.count(); k++) if (truth(w.body(), shift + k * step) == Truth.TRUE) hits++;
                int needed = switch (w.kind()) {
                    case HOLDS_FOR -> w.count();
                    case OCCURRED_WITHIN -> 1;
                    case COUNT_TRUE -> w.minTrue();
                };
                yield hits >= needed ? Truth.TRUE : Truth.FALSE;
            }
            case Compare c -> compare(c, shift);
            case SetupRef s -> throw new IllegalStateException(s.name());
        };
    }

    private int compare(Compare c, long shift) {
        double l = value(c.lhs(), shift);
        switch (c.op()) {
            case CROSS_ABOVE, CROSS_BELOW -> {
                double r = value((Operand) c.rhs(), shift);
                double pl = value(c.lhs(), shift + MINUTE), pr = value((Operand) c.rhs(), shift + MINUTE);
                if (Double.isNaN(l) || Double.isNaN(r) || Double.isNaN(pl) || Double.isNaN(pr)) return Truth.UNKNOWN;
                boolean crossed = c.op() == Operator.CROSS_ABOVE ? pl <= pr && l > r : pl >= pr && l < r;
                return crossed ? Truth.TRUE : Truth.FALSE;
            }
            case BETWEEN -> {
                Range g = (Range) c.rhs();
                return Double.isNaN(l) ? Truth.UNKNOWN : of(g.low() <= l && l <= g.high());
            }
            case IN -> {
                if (Double.isNaN(l)) return Truth.UNKNOWN;
                for (Rhs v : ((ValueList) c.rhs()).values()) if (literal(v) == l) return Truth.TRUE;
                return Truth.FALSE;
            }
            default -> {
                double r = c.rhs() instanceof Operand o ? value(o, shift) : literal(c.rhs());
                if (Double.isNaN(l) || Double.isNaN(r)) return Truth.UNKNOWN;
                return switch (c.op()) {
                    case GT -> of(l > r);
                    case GE -> of(l >= r);
                    case LT -> of(l < r);
                    case LE -> of(l <= r);
                    case EQ -> of(l == r);
                    case NE -> of(l != r);
                    case NEAR_ABS -> of(Math.abs(l - r) <= c.tolerance());
                    case NEAR_PCT -> r == 0 ? Truth.UNKNOWN : of(Math.abs(l - r) / Math.abs(r) <= c.tolerance() / 100);
                    default -> throw new IllegalStateException(c.op().toString());
                };
            }
        }
    }

    private static int of(boolean b) { return b ? Truth.TRUE : Truth.FALSE; }

    private static double literal(Rhs r) {
        return switch (r) {
            case NumberLiteral n -> n.value();
            case BoolLiteral b -> b.value() ? 1 : 0;
            case TextLiteral t -> DIRECTION.enumDomain().indexOf(t.value().toLowerCase());
            default -> throw new IllegalStateException(r.toString());
        };
    }

    private double value(Operand o, long shift) {
        double v = switch (o) {
            case NumberLiteral n -> n.value();
            case Ref r -> reader.read("abnfem".indexOf(r.id()), r.offset(), shift);
            case Negate n -> -value(n.operand(), shift);
            case Arith a -> {
                double x = value(a.left(), shift), y = value(a.right(), shift);
                yield switch (a.op()) {
                    case ADD -> x + y;
                    case SUB -> x - y;
                    case MUL -> x * y;
                    case DIV -> y == 0 ? Double.NaN : x / y;
                    case MOD -> y == 0 ? Double.NaN : x - y * Math.floor(x / y);
                };
            }
        };
        return Double.isFinite(v) ? v : Double.NaN;
    }

    // ---- random well-typed conditions ----

    @Provide
    Arbitrary<Expr> conditions() { return expr(3); }

    private Arbitrary<Expr> expr(int depth) {
        if (depth == 0) return compare();
        Arbitrary<Expr> inner = expr(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(4, compare()),
                Tuple.of(2, inner.list().ofMinSize(1).ofMaxSize(3).map(c -> (Expr) new All(c, AT))),
                Tuple.of(2, inner.list().ofMinSize(1).ofMaxSize(3).map(c -> (Expr) new Any(c, AT))),
                Tuple.of(1, inner.map(c -> (Expr) new Not(c, AT))),
                Tuple.of(2, Combinators.combine(Arbitraries.of(Window.Kind.class), Arbitraries.of(true, false), Arbitraries.integers().between(1, 6),
                        Arbitraries.of(true, false), inner, Arbitraries.integers().between(1, 6)).as((k, d, n, anchored, body, m) ->
                        (Expr) new Window(k, d, d ? n * 7 : n, !d && anchored ? "1h" : null, k == Window.Kind.COUNT_TRUE ? 1 + m % n : 0, body, AT))));
    }

    private Arbitrary<Expr> compare() {
        Arbitrary<Expr> numeric = Combinators.combine(Arbitraries.of(Operator.GT, Operator.GE, Operator.LT, Operator.LE, Operator.NEAR_ABS,
                Operator.NEAR_PCT, Operator.CROSS_ABOVE, Operator.CROSS_BELOW), number(2), number(2), Arbitraries.of(0.0, 1.0, 5.0, 20.0))
                .as((op, l, r, tol) -> new Compare(l, op, r, op.near() ? tol : Double.NaN, AT));
        Arbitrary<Expr> between = Combinators.combine(number(1), Arbitraries.integers().between(5, 12), Arbitraries.integers().between(0, 4))
                .as((l, lo, w) -> new Compare(l, Operator.BETWEEN, new Range(lo, lo + w, AT), Double.NaN, AT));
        Arbitrary<Expr> integers = Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE), Arbitraries.integers().between(-1, 1), Arbitraries.of(0, 2))
                .as((op, v, offset) -> new Compare(new Ref("n", "", offset, AT), op, new NumberLiteral(v, true, AT), Double.NaN, AT));
        Arbitrary<Expr> bools = Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE), Arbitraries.of(true, false))
                .as((op, v) -> new Compare(new Ref("f", "", 0, AT), op, new BoolLiteral(v, AT), Double.NaN, AT));
        Arbitrary<Expr> enums = Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE, Operator.IN), Arbitraries.of("bullish", "BEARISH"))
                .as((op, w) -> new Compare(new Ref("e", "", 0, AT), op, op == Operator.IN
                        ? new ValueList(List.of(new TextLiteral(w, AT)), AT) : new TextLiteral(w, AT), Double.NaN, AT));
        Arbitrary<Expr> members = Arbitraries.integers().between(-1, 1).list().ofMinSize(1).ofMaxSize(3)
                .map(vs -> new Compare(new Ref("n", "", 0, AT), Operator.IN, new ValueList(vs.stream().map(v -> (Rhs) new NumberLiteral(v, true, AT)).toList(), AT), Double.NaN, AT));
        return Arbitraries.frequencyOf(Tuple.of(6, numeric), Tuple.of(1, between), Tuple.of(1, integers), Tuple.of(1, bools), Tuple.of(1, enums), Tuple.of(1, members));
    }

    private Arbitrary<Operand> number(int depth) {
        Arbitrary<Operand> leaf = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(FLOATS), Arbitraries.of(0, 0, 1, 3)).as((id, off) -> (Operand) new Ref(id, "", off, AT)),
                Arbitraries.of(0.0, 2.0, 10.0, 10.5, -3.0).map(v -> (Operand) new NumberLiteral(v, v == Math.rint(v), AT)));
        if (depth == 0) return leaf;
        Arbitrary<Operand> side = number(depth - 1);
        return Arbitraries.frequencyOf(Tuple.of(3, leaf),
                Tuple.of(2, Combinators.combine(Arbitraries.of(ArithOp.class), side, side).as((op, a, b) -> (Operand) new Arith(op, a, b, AT))),
                Tuple.of(1, side.map(s -> (Operand) new Negate(s, AT))));
    }
}
