package trade.dsl.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Diagnostics;
import trade.core.OutputSpec;
import trade.core.SourceSpan;
import trade.core.ValueType;
import trade.dsl.ast.All;
import trade.dsl.ast.Any;
import trade.dsl.ast.Compare;
import trade.dsl.ast.Expr;
import trade.dsl.ast.Not;
import trade.dsl.ast.NumberLiteral;
import trade.dsl.ast.Operand;
import trade.dsl.ast.Operator;
import trade.dsl.ast.Range;
import trade.dsl.ast.Ref;
import trade.dsl.ast.Window;
import trade.dsl.check.Scope;
import trade.dsl.parse.OperandParser;

/** Operator semantics from play-dsl §4: Kleene logic, crossovers, inclusive between, near_pct, arithmetic. */
class PlanSemanticsTest {
    private static final SourceSpan AT = new SourceSpan("t.yml", 1, 1, 1);
    /** Two series on 15m bars; index = bars back from now (one minute back reads the previous bar). */
    private double[] a = {0, 0}, b = {0, 0};

    private final Scope scope = (id, field) -> switch (id) {
        case "a" -> new Scope.Resolution.Found(0, OutputSpec.of("value", ValueType.FLOAT), false);
        case "b" -> new Scope.Resolution.Found(1, OutputSpec.of("value", ValueType.FLOAT), false);
        default -> new Scope.Resolution.UnknownId(List.of("a", "b"));
    };
    private final SeriesReader reader = (series, offset, shift) -> {
        double[] s = series == 0 ? a : b;
        int back = offset + (int) Math.ceil(shift / 900_000.0);
        return back < s.length ? s[back] : Double.NaN;
    };

    private int eval(Expr e) {
        return new Planner(scope, reader, 15, tf -> 15).plan(e).evaluate();
    }

    private static Compare cmp(String lhs, Operator op, Operand rhs) {
        return new Compare(new Ref(lhs, "", 0, AT), op, rhs, Double.NaN, AT);
    }

    private static NumberLiteral n(double v) { return new NumberLiteral(v, v == Math.rint(v), AT); }

    @Test
    void crossAboveNeedsPreviousAtOrBelowAndCurrentAbove() {
        a = new double[]{11, 10};
        b = new double[]{10.5, 10};
        assertEquals(Truth.TRUE, eval(cmp("a", Operator.CROSS_ABOVE, new Ref("b", "", 0, AT))));
        a = new double[]{11, 10.6};
        assertEquals(Truth.FALSE, eval(cmp("a", Operator.CROSS_ABOVE, new Ref("b", "", 0, AT))));
        a = new double[]{11};
        assertEquals(Truth.UNKNOWN, eval(cmp("a", Operator.CROSS_ABOVE, new Ref("b", "", 0, AT))), "first bar: no previous value");
    }

    @Test
    void kleeneLogic() {
        a = new double[]{Double.NaN};
        b = new double[]{5};
        Expr unknown = cmp("a", Operator.GT, n(1));
        Expr falsy = cmp("b", Operator.GT, n(10));
        Expr truthy = cmp("b", Operator.LT, n(10));
        assertEquals(Truth.FALSE, eval(new All(List.of(unknown, falsy), AT)));
        assertEquals(Truth.UNKNOWN, eval(new All(List.of(unknown, truthy), AT)));
        assertEquals(Truth.TRUE, eval(new Any(List.of(unknown, truthy), AT)));
        assertEquals(Truth.UNKNOWN, eval(new Any(List.of(falsy, unknown), AT)));
        assertEquals(Truth.UNKNOWN, eval(new Not(unknown, AT)));
        assertEquals(Truth.TRUE, eval(new Not(falsy, AT)));
    }

    @Test
    void betweenIsInclusiveAndNearPctIsAPercent() {
        a = new double[]{30};
        assertEquals(Truth.TRUE, eval(new Compare(new Ref("a", "", 0, AT), Operator.BETWEEN, new Range(30, 50, AT), Double.NaN, AT)));
        a = new double[]{103};
        b = new double[]{100};
        assertEquals(Truth.TRUE, eval(new Compare(new Ref("a", "", 0, AT), Operator.NEAR_PCT, new Ref("b", "", 0, AT), 3, AT)));
        assertEquals(Truth.FALSE, eval(new Compare(new Ref("a", "", 0, AT), Operator.NEAR_PCT, new Ref("b", "", 0, AT), 2.9, AT)));
        b = new double[]{0};
        assertEquals(Truth.UNKNOWN, eval(new Compare(new Ref("a", "", 0, AT), Operator.NEAR_PCT, new Ref("b", "", 0, AT), 3, AT)));
    }

    @Test
    void infixArithmeticParsesWithPrecedenceAndDivisionByZeroIsUnknown() {
        Operand lhs = OperandParser.parse("a - b * 2", AT, new Diagnostics()).orElseThrow();
        a = new double[]{10};
        b = new double[]{3};
        assertEquals(Truth.TRUE, eval(new Compare(lhs, Operator.GT, n(3.5), Double.NaN, AT)));   // 10 - 6 = 4
        Operand ratio = OperandParser.parse("(a - b) / (b - b)", AT, new Diagnostics()).orElseThrow();
        assertEquals(Truth.UNKNOWN, eval(new Compare(ratio, Operator.GT, n(0), Double.NaN, AT)));
    }

    @Test
    void parseErrorsPointInsideTheString() {
        Diagnostics d = new Diagnostics();
        assertEquals(java.util.Optional.empty(), OperandParser.parse("ema_9 +* 2", new SourceSpan("t.yml", 4, 10, 1), d));
        assertEquals("DSL_PARSE_ERROR", d.errors().getFirst().code());
        assertEquals(17, d.errors().getFirst().span().column(), "column of '*' inside the YAML line");
    }

    private static Window window(Window.Kind kind, boolean duration, int count, String anchor, int minTrue, Expr body) {
        return new Window(kind, duration, count, anchor, minTrue, body, AT);
    }

    @Test
    void touchThenBreakCrossesButATouchAloneDoesNot() {
        b = new double[]{10, 10};
        a = new double[]{10.5, 10};
        assertEquals(Truth.TRUE, eval(cmp("a", Operator.CROSS_ABOVE, new Ref("b", "", 0, AT))), "equal before, above now");
        a = new double[]{10, 9};
        assertEquals(Truth.FALSE, eval(cmp("a", Operator.CROSS_ABOVE, new Ref("b", "", 0, AT))), "touch only");
        a = new double[]{9, 10};
        assertEquals(Truth.TRUE, eval(cmp("a", Operator.CROSS_BELOW, new Ref("b", "", 0, AT))));
        a = new double[]{11, 9};
        assertEquals(Truth.TRUE, eval(cmp("a", Operator.CROSS_ABOVE, n(10))), "a literal is its own previous value");
    }

    @Test
    void missingOperandMakesEveryComparisonUnknownEvenNotEqual() {
        a = new double[]{Double.NaN};
        for (Operator op : java.util.List.of(Operator.GT, Operator.LE, Operator.NE, Operator.EQ)) {
            assertEquals(Truth.UNKNOWN, eval(cmp("a", op, n(1))), op.symbol());
        }
    }

    @Test
    void barWindowsSampleExactlyTheirBarsBack() {
        Expr up = cmp("a", Operator.GT, n(0));
        a = new double[]{1, 1, 1, -1};
        assertEquals(Truth.TRUE, eval(window(Window.Kind.HOLDS_FOR, false, 3, null, 0, up)), "bars 0..2 true, bar 3 not sampled");
        assertEquals(Truth.FALSE, eval(window(Window.Kind.HOLDS_FOR, false, 4, null, 0, up)));
        a = new double[]{-1, -1, 1, -1};
        assertEquals(Truth.TRUE, eval(window(Window.Kind.OCCURRED_WITHIN, false, 3, null, 0, up)), "true at k = bars - 1 counts");
        assertEquals(Truth.FALSE, eval(window(Window.Kind.OCCURRED_WITHIN, false, 2, null, 0, up)), "k = bars is outside");
        a = new double[]{1, -1, 1, 1, -1};
        assertEquals(Truth.TRUE, eval(window(Window.Kind.COUNT_TRUE, false, 5, null, 3, up)));
        assertEquals(Truth.FALSE, eval(window(Window.Kind.COUNT_TRUE, false, 5, null, 4, up)));
    }

    @Test
    void windowsAreNeverUnknownAndCountUnknownSamplesAsNotTrue() {
        a = new double[]{1, Double.NaN, 1};
        Expr up = cmp("a", Operator.GT, n(0));
        assertEquals(Truth.FALSE, eval(window(Window.Kind.HOLDS_FOR, false, 3, null, 0, up)));
        assertEquals(Truth.TRUE, eval(window(Window.Kind.COUNT_TRUE, false, 3, null, 2, up)));
        a = new double[]{Double.NaN};
        assertEquals(Truth.FALSE, eval(window(Window.Kind.OCCURRED_WITHIN, false, 1, null, 0, up)));
    }

    @Test
    void durationWindowsStepOneMinuteOverTheirSpan() {
        Expr up = cmp("a", Operator.GT, n(0));
        // 15m bars, as-of rule: 0 minutes back reads bar 0 (closed now); 1..15 back, bar 1; 16..30, bar 2
        a = new double[]{1, 1, -1};
        assertEquals(Truth.TRUE, eval(window(Window.Kind.HOLDS_FOR, true, 16, null, 0, up)), "16 samples reach bar 1 only");
        assertEquals(Truth.FALSE, eval(window(Window.Kind.HOLDS_FOR, true, 17, null, 0, up)), "the 17th sample reads bar 2");
        assertEquals(Truth.TRUE, eval(window(Window.Kind.COUNT_TRUE, true, 45, null, 16, up)), "1 + 15 samples on true bars");
        assertEquals(Truth.FALSE, eval(window(Window.Kind.COUNT_TRUE, true, 45, null, 17, up)));
    }

    @Test
    void anchorTimeframeStepsByItsOwnBars() {
        // the planner resolves every anchor to 15 minutes in this test; a 1h anchor would step 4 bars
        Expr up = cmp("a", Operator.GT, n(0));
        a = new double[]{1, -1, 1};
        int planned = new Planner(scope, reader, 15, tf -> 30).plan(window(Window.Kind.HOLDS_FOR, false, 2, "30m", 0, up)).evaluate();
        assertEquals(Truth.TRUE, planned, "30m steps skip bar 1 and read bars 0 and 2");
    }
}
