package trade.dsl.parse;

import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.SourceSpan;
import trade.dsl.ast.Arith;
import trade.dsl.ast.ArithOp;
import trade.dsl.ast.Negate;
import trade.dsl.ast.NumberLiteral;
import trade.dsl.ast.Operand;
import trade.dsl.ast.Ref;
import trade.dsl.parse.gen.ConditionBaseVisitor;
import trade.dsl.parse.gen.ConditionLexer;
import trade.dsl.parse.gen.ConditionParser;

/**
 * Parses the text of one operand string ({@code "ema_9"}, {@code "bbands.upper"},
 * {@code "(close - open) / atr_14"}) into an {@link Operand}. Positions are mapped into the YAML
 * file: {@code start} is the span of the string's first character.
 */
public final class OperandParser {
    private OperandParser() {}

    /** Returns the operand, or empty after adding a {@code DSL_PARSE_ERROR} to {@code diagnostics}. */
    public static Optional<Operand> parse(String text, SourceSpan start, Diagnostics diagnostics) {
        Collector errors = new Collector(text, start);
        ConditionParser parser = parser(text, errors);
        ConditionParser.OperandStringContext tree = parser.operandString();
        if (errors.issue != null) {
            diagnostics.add(errors.issue);
            return Optional.empty();
        }
        return Optional.of(new Builder(start).visit(tree.arith()));
    }

    /** Parses a field path alone (the {@code field:} of a reference map); returns its canonical text. */
    public static Optional<String> parseField(String text, SourceSpan start, Diagnostics diagnostics) {
        Collector errors = new Collector(text, start);
        ConditionParser parser = parser(text, errors);
        ConditionParser.FieldOnlyContext tree = parser.fieldOnly();
        if (errors.issue != null) {
            diagnostics.add(errors.issue);
            return Optional.empty();
        }
        return Optional.of(canonicalField(tree.fieldPath()));
    }

    private static ConditionParser parser(String text, Collector errors) {
        ConditionLexer lexer = new ConditionLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        ConditionParser parser = new ConditionParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        return parser;
    }

    /** Field paths keep their written form, without spaces: {@code zone[2].state}, {@code level[0.618]}. */
    static String canonicalField(ConditionParser.FieldPathContext ctx) {
        return ctx.getText();
    }

    /** Keeps the first syntax error only: later ones are usually its echoes. */
    private static final class Collector extends BaseErrorListener {
        private final String text;
        private final SourceSpan start;
        private Issue issue;

        Collector(String text, SourceSpan start) {
            this.text = text;
            this.start = start;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String msg, RecognitionException e) {
            if (issue != null) return;
            int length = offendingSymbol instanceof Token t && t.getType() != Token.EOF
                    ? Math.max(1, t.getStopIndex() - t.getStartIndex() + 1) : 1;
            String found = offendingSymbol instanceof Token t
                    ? (t.getType() == Token.EOF ? "end of text" : "'" + t.getText() + "'")
                    : "'" + (column < text.length() ? text.charAt(column) : ' ') + "'";
            issue = Issue.error("DSL_PARSE_ERROR", start.shift(column, length),
                            "cannot read operand \"" + text + "\"")
                    .expecting("a feature reference, number or arithmetic such as \"(close - open) / atr_14\"", found);
        }
    }

    private static final class Builder extends ConditionBaseVisitor<Operand> {
        private final SourceSpan start;

        Builder(SourceSpan start) { this.start = start; }

        private SourceSpan span(ParserRuleContext ctx) {
            int from = ctx.getStart().getStartIndex();
            int to = ctx.getStop() == null ? from : ctx.getStop().getStopIndex();
            return start.shift(from, Math.max(1, to - from + 1));
        }

        @Override
        public Operand visitNegate(ConditionParser.NegateContext ctx) {
            Operand inner = visit(ctx.arith());
            if (inner instanceof NumberLiteral n) return new NumberLiteral(-n.value(), n.integral(), span(ctx));
            return new Negate(inner, span(ctx));
        }

        @Override
        public Operand visitMulDiv(ConditionParser.MulDivContext ctx) {
            return new Arith(ArithOp.parse(ctx.op.getText()).orElseThrow(), visit(ctx.arith(0)), visit(ctx.arith(1)), span(ctx));
        }

        @Override
        public Operand visitAddSub(ConditionParser.AddSubContext ctx) {
            return new Arith(ArithOp.parse(ctx.op.getText()).orElseThrow(), visit(ctx.arith(0)), visit(ctx.arith(1)), span(ctx));
        }

        @Override
        public Operand visitParens(ConditionParser.ParensContext ctx) { return visit(ctx.arith()); }

        @Override
        public Operand visitLiteral(ConditionParser.LiteralContext ctx) {
            String t = ctx.NUMBER().getText();
            boolean integral = t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0;
            return new NumberLiteral(Double.parseDouble(t), integral, span(ctx));
        }

        @Override
        public Operand visitRef(ConditionParser.RefContext ctx) {
            ConditionParser.ReferenceContext r = ctx.reference();
            String field = r.fieldPath() == null ? "" : canonicalField(r.fieldPath());
            return new Ref(r.refId().getText(), field, 0, span(ctx));
        }
    }
}
