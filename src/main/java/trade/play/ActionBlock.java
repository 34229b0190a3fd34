package trade.play;

import java.util.List;
import trade.dsl.ast.Expr;

/** One action block: cases tried in order, the first true one emits; else-intents when none is. */
public record ActionBlock(String id, List<Case> cases, List<Intent> otherwise) {
    public ActionBlock {
        cases = List.copyOf(cases);
        otherwise = List.copyOf(otherwise);
    }

    public record Case(Expr when, List<Intent> emit) {
        public Case {
            emit = List.copyOf(emit);
        }
    }
}
