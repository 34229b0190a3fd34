package trade.dsl.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import trade.core.OutputSpec;
import trade.core.ValueType;
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
 * Turns a checked condition (setups already inlined) into evaluation nodes bound to slots. Runs
 * once before the first bar; names are resolved here so the loop never sees a string.
 */
public final class Planner {
    private final Scope scope;
    private final SeriesReader reader;
    private final int execMinutes;
    private final ToIntFunction<String> anchorMinutes;
    private boolean dependsOnMinute;
    /** Time shift the node being planned is evaluated at, at most (windows and crossings look back). */
    private long shift;
    /** Per series slot: the largest offset and the largest time shift any planned read makes. */
    private int[] maxOffset = new int[0];
    private long[] maxShift = new long[0];

    /**
     * @param anchorMinutes resolves a window's {@code anchor_tf} to minutes (role names included)
     */
    public Planner(Scope scope, SeriesReader reader, int execMinutes, ToIntFunction<String> anchorMinutes) {
        this.scope = scope;
        this.reader = reader;
        this.execMinutes = execMinutes;
        this.anchorMinutes = anchorMinutes;
    }

    public Condition plan(Expr expr) {
        dependsOnMinute = false;
        ConditionNode root = node(expr);
        return new Condition(root, dependsOnMinute);
    }

    private ConditionNode node(Expr expr) {
        return switch (expr) {
            case All all -> new ConditionNode.AllOf(all.children().stream().map(this::node).toArray(ConditionNode[]::new));
            case Any any -> new ConditionNode.AnyOf(any.children().stream().map(this::node).toArray(ConditionNode[]::new));
            case Not not -> new ConditionNode.Negation(node(not.child()));
            case SetupRef s -> throw new IllegalStateException("setup '" + s.name() + "' must be inlined before planning");
            case Window w -> window(w);
            case Compare c -> compare(c);
        };
    }

    private ConditionNode window(Window w) {
        int stepMinutes = w.duration() ? 1 : w.anchorTimeframe() == null ? execMinutes : anchorMinutes.applyAsInt(w.anchorTimeframe());
        int minTrue = switch (w.kind()) {
            case HOLDS_FOR -> w.count();
            case OCCURRED_WITHIN -> 1;
            case COUNT_TRUE -> w.minTrue();
        };
        long outer = shift;
        shift += (w.count() - 1) * stepMinutes * 60_000L;
        ConditionNode body = node(w.body());
        shift = outer;
        return new ConditionNode.Windowed(body, w.count(), stepMinutes * 60_000L, minTrue);
    }

    /** The largest offset a planned condition reads series {@code slot} at (0 when none reads it). */
    public int maxOffset(int slot) { return slot < maxOffset.length ? maxOffset[slot] : 0; }

    /** The largest time shift (ms) a planned condition reads series {@code slot} at. */
    public long maxShiftMs(int slot) { return slot < maxShift.length ? maxShift[slot] : 0; }

    private void lookBack(int slot, int offset) {
        if (slot >= maxOffset.length) {
            maxOffset = java.util.Arrays.copyOf(maxOffset, slot + 1);
            maxShift = java.util.Arrays.copyOf(maxShift, slot + 1);
        }
        maxOffset[slot] = Math.max(maxOffset[slot], offset);
        maxShift[slot] = Math.max(maxShift[slot], shift);
    }

    private ConditionNode compare(Compare c) {
        ValueNode left = value(c.lhs());
        OutputSpec lhsEnum = enumOutput(c.lhs());
        return switch (c.op()) {
            case GT -> cmp(ConditionNode.Comparison.Kind.GT, left, c);
            case GE -> cmp(ConditionNode.Comparison.Kind.GE, left, c);
            case LT -> cmp(ConditionNode.Comparison.Kind.LT, left, c);
            case LE -> cmp(ConditionNode.Comparison.Kind.LE, left, c);
            case EQ -> new ConditionNode.Comparison(ConditionNode.Comparison.Kind.EQ, left, discrete(c.rhs(), lhsEnum), Double.NaN);
            case NE -> new ConditionNode.Comparison(ConditionNode.Comparison.Kind.NE, left, discrete(c.rhs(), lhsEnum), Double.NaN);
            case NEAR_ABS -> new ConditionNode.Comparison(ConditionNode.Comparison.Kind.NEAR_ABS, left, value((Operand) c.rhs()), c.tolerance());
            case NEAR_PCT -> new ConditionNode.Comparison(ConditionNode.Comparison.Kind.NEAR_PCT, left, value((Operand) c.rhs()), c.tolerance());
            case CROSS_ABOVE, CROSS_BELOW -> crossing(c);
            case BETWEEN -> {
                Range r = (Range) c.rhs();
                yield new ConditionNode.Between(left, r.low(), r.high());
            }
            case IN -> {
                List<Rhs> values = ((ValueList) c.rhs()).values();
                double[] members = new double[values.size()];
                for (int i = 0; i < members.length; i++) members[i] = literal(values.get(i), lhsEnum);
                yield new ConditionNode.Member(left, members);
            }
        };
    }

    /** A crossing also reads both sides one minute earlier. */
    private ConditionNode crossing(Compare c) {
        long outer = shift;
        shift += ConditionNode.Crossing.PREVIOUS;
        ConditionNode node = new ConditionNode.Crossing(c.op() == Operator.CROSS_ABOVE, value(c.lhs()), value((Operand) c.rhs()));
        shift = outer;
        return node;
    }

    private ConditionNode cmp(ConditionNode.Comparison.Kind kind, ValueNode left, Compare c) {
        return new ConditionNode.Comparison(kind, left, value((Operand) c.rhs()), Double.NaN);
    }

    /** Right side of == / !=: words become the enum code of the left side's domain. */
    private ValueNode discrete(Rhs rhs, OutputSpec lhsEnum) {
        if (rhs instanceof Operand o && !(rhs instanceof NumberLiteral)) {
            OutputSpec rhsEnum = enumOutput(o);
            if (lhsEnum != null && rhsEnum != null && !rhsEnum.enumDomain().equals(lhsEnum.enumDomain())) {
                throw new IllegalStateException("comparing enums of different domains is not supported: " + o);
            }
            return value(o);
        }
        return new ValueNode.Constant(literal(rhs, lhsEnum));
    }

    private static double literal(Rhs rhs, OutputSpec lhsEnum) {
        return switch (rhs) {
            case NumberLiteral n -> n.value();
            case BoolLiteral b -> b.value() ? 1 : 0;
            case TextLiteral t -> lhsEnum == null ? Double.NaN : lhsEnum.enumCode(t.value());
            default -> throw new IllegalStateException("not a literal: " + rhs);
        };
    }

    private OutputSpec enumOutput(Operand operand) {
        if (operand instanceof Ref r && scope.resolve(r.id(), r.field()) instanceof Scope.Resolution.Found f
                && f.output().type() == ValueType.ENUM) {
            return f.output();
        }
        return null;
    }

    private ValueNode value(Operand operand) {
        return switch (operand) {
            case NumberLiteral n -> new ValueNode.Constant(n.value());
            case Negate n -> new ValueNode.Negated(value(n.operand()));
            case Arith a -> new ValueNode.Arithmetic(a.op(), value(a.left()), value(a.right()));
            case Ref r -> {
                if (!(scope.resolve(r.id(), r.field()) instanceof Scope.Resolution.Found f)) {
                    throw new IllegalStateException("unchecked reference reached the planner: " + r.path());
                }
                dependsOnMinute |= f.minuteClock();
                lookBack(f.series(), r.offset());
                yield new ValueNode.Series(reader, f.series(), r.offset());
            }
        };
    }

    /** All references of a condition, in order (the Play layer uses it for look-back sizing). */
    public static List<Ref> references(Expr expr) {
        List<Ref> out = new ArrayList<>();
        collect(expr, out);
        return out;
    }

    private static void collect(Expr expr, List<Ref> out) {
        switch (expr) {
            case All all -> all.children().forEach(e -> collect(e, out));
            case Any any -> any.children().forEach(e -> collect(e, out));
            case Not not -> collect(not.child(), out);
            case Window w -> collect(w.body(), out);
            case SetupRef ignored -> { }
            case Compare c -> {
                collectOperand(c.lhs(), out);
                if (c.rhs() instanceof Operand o) collectOperand(o, out);
            }
        }
    }

    private static void collectOperand(Operand o, List<Ref> out) {
        switch (o) {
            case Ref r -> out.add(r);
            case Arith a -> {
                collectOperand(a.left(), out);
                collectOperand(a.right(), out);
            }
            case Negate n -> collectOperand(n.operand(), out);
            case NumberLiteral ignored -> { }
        }
    }
}
