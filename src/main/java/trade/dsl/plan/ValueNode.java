package trade.dsl.plan;

import trade.dsl.ast.ArithOp;

/** A planned operand: a number at a given time shift, NaN when missing. */
abstract sealed class ValueNode {
    abstract double eval(long shiftMs);

    static final class Constant extends ValueNode {
        private final double value;

        Constant(double value) { this.value = value; }

        @Override
        double eval(long shiftMs) { return value; }
    }

    static final class Series extends ValueNode {
        private final SeriesReader reader;
        private final int series;
        private final int offset;

        Series(SeriesReader reader, int series, int offset) {
            this.reader = reader;
            this.series = series;
            this.offset = offset;
        }

        @Override
        double eval(long shiftMs) { return reader.read(series, offset, shiftMs); }
    }

    static final class Negated extends ValueNode {
        private final ValueNode inner;

        Negated(ValueNode inner) { this.inner = inner; }

        @Override
        double eval(long shiftMs) { return -inner.eval(shiftMs); }
    }

    static final class Arithmetic extends ValueNode {
        private final ArithOp op;
        private final ValueNode left;
        private final ValueNode right;

        Arithmetic(ArithOp op, ValueNode left, ValueNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        double eval(long shiftMs) {
            double a = left.eval(shiftMs);
            double b = right.eval(shiftMs);
            double r = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> b == 0 ? Double.NaN : a / b;
                case MOD -> b == 0 ? Double.NaN : a - b * Math.floor(a / b); // floored: sign of the divisor
            };
            return Double.isFinite(r) ? r : Double.NaN;
        }
    }
}
