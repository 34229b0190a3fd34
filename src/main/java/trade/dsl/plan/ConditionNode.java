package trade.dsl.plan;

import static trade.dsl.plan.Truth.FALSE;
import static trade.dsl.plan.Truth.TRUE;
import static trade.dsl.plan.Truth.UNKNOWN;

/** A planned condition: {@link Truth} at a given time shift. Nodes are final classes, no allocation. */
abstract sealed class ConditionNode {
    abstract int eval(long shiftMs);

    static final class AllOf extends ConditionNode {
        private final ConditionNode[] children;

        AllOf(ConditionNode[] children) { this.children = children; }

        @Override
        int eval(long shiftMs) {
            int result = TRUE;
            for (ConditionNode c : children) {
                int v = c.eval(shiftMs);
                if (v == FALSE) return FALSE;
                if (v == UNKNOWN) result = UNKNOWN;
            }
            return result;
        }
    }

    static final class AnyOf extends ConditionNode {
        private final ConditionNode[] children;

        AnyOf(ConditionNode[] children) { this.children = children; }

        @Override
        int eval(long shiftMs) {
            int result = FALSE;
            for (ConditionNode c : children) {
                int v = c.eval(shiftMs);
                if (v == TRUE) return TRUE;
                if (v == UNKNOWN) result = UNKNOWN;
            }
            return result;
        }
    }

    static final class Negation extends ConditionNode {
        private final ConditionNode child;

        Negation(ConditionNode child) { this.child = child; }

        @Override
        int eval(long shiftMs) {
            int v = child.eval(shiftMs);
            return v == UNKNOWN ? UNKNOWN : TRUE - v;
        }
    }

    /** {@code >, >=, <, <=}, exact equality of discrete values, and the near operators. */
    static final class Comparison extends ConditionNode {
        enum Kind { GT, GE, LT, LE, EQ, NE, NEAR_ABS, NEAR_PCT }

        private final Kind kind;
        private final ValueNode left;
        private final ValueNode right;
        private final double tolerance;

        Comparison(Kind kind, ValueNode left, ValueNode right, double tolerance) {
            this.kind = kind;
            this.left = left;
            this.right = right;
            this.tolerance = tolerance;
        }

        @Override
        int eval(long shiftMs) {
            double a = left.eval(shiftMs);
            double b = right.eval(shiftMs);
            if (Double.isNaN(a) || Double.isNaN(b)) return UNKNOWN;
            return switch (kind) {
                case GT -> Truth.of(a > b);
                case GE -> Truth.of(a >= b);
                case LT -> Truth.of(a < b);
                case LE -> Truth.of(a <= b);
                case EQ -> Truth.of(a == b);
                case NE -> Truth.of(a != b);
                case NEAR_ABS -> Truth.of(Math.abs(a - b) <= tolerance);
                case NEAR_PCT -> b == 0 ? UNKNOWN : Truth.of(Math.abs(a - b) / Math.abs(b) <= tolerance / 100);
            };
        }
    }

    /** {@code low <= x <= high}, both ends inclusive. */
    static final class Between extends ConditionNode {
        private final ValueNode value;
        private final double low;
        private final double high;

        Between(ValueNode value, double low, double high) {
            this.value = value;
            this.low = low;
            this.high = high;
        }

        @Override
        int eval(long shiftMs) {
            double v = value.eval(shiftMs);
            return Double.isNaN(v) ? UNKNOWN : Truth.of(v >= low && v <= high);
        }
    }

    /** Membership in a literal set (enum codes or integers). */
    static final class Member extends ConditionNode {
        private final ValueNode value;
        private final double[] members;

        Member(ValueNode value, double[] members) {
            this.value = value;
            this.members = members;
        }

        @Override
        int eval(long shiftMs) {
            double v = value.eval(shiftMs);
            if (Double.isNaN(v)) return UNKNOWN;
            for (double m : members) if (m == v) return TRUE;
            return FALSE;
        }
    }

    /**
     * cross_above: previous left ≤ previous right and current left > current right; "previous" is
     * the same operands one minute earlier (the bar in force before this one).
     */
    static final class Crossing extends ConditionNode {
        static final long PREVIOUS = 60_000L;
        private final boolean above;
        private final ValueNode left;
        private final ValueNode right;

        Crossing(boolean above, ValueNode left, ValueNode right) {
            this.above = above;
            this.left = left;
            this.right = right;
        }

        @Override
        int eval(long shiftMs) {
            double a = left.eval(shiftMs);
            double b = right.eval(shiftMs);
            double pa = left.eval(shiftMs + PREVIOUS);
            double pb = right.eval(shiftMs + PREVIOUS);
            if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(pa) || Double.isNaN(pb)) return UNKNOWN;
            return above ? Truth.of(pa <= pb && a > b) : Truth.of(pa >= pb && a < b);
        }
    }

    /** holds_for / occurred_within / count_true: samples going back in steps; unknown counts as not true. */
    static final class Windowed extends ConditionNode {
        private final ConditionNode body;
        private final int samples;
        private final long stepMs;
        private final int minTrue;

        /** @param minTrue samples that must be true: {@code samples} for holds_for, 1 for occurred_within */
        Windowed(ConditionNode body, int samples, long stepMs, int minTrue) {
            this.body = body;
            this.samples = samples;
            this.stepMs = stepMs;
            this.minTrue = minTrue;
        }

        @Override
        int eval(long shiftMs) {
            int hits = 0;
            for (int k = 0; k < samples; k++) {
                if (body.eval(shiftMs + k * stepMs) == TRUE && ++hits >= minTrue) return TRUE;
                if (hits + (samples - k - 1) < minTrue) return FALSE;
            }
            return FALSE;
        }
    }
}
