package trade.engine;

import java.util.List;
import trade.dsl.plan.Condition;
import trade.dsl.plan.Truth;
import trade.play.ActionBlock;
import trade.play.Intent;
import trade.play.PositionPolicy;

/**
 * The Play's action blocks with planned conditions, in arrays: blocks run in order, the first true
 * case of a block emits, and the first actionable intent of all emitted ones is the decision.
 */
final class ActionPlan {
    private final Condition[][] cases;
    private final Intent[][][] emits;
    private final Intent[][] otherwise;
    private final PositionPolicy.Mode mode;
    private final boolean dependsOnMinute;

    ActionPlan(List<ActionBlock> blocks, List<Condition[]> planned, PositionPolicy.Mode mode) {
        int n = blocks.size();
        cases = new Condition[n][];
        emits = new Intent[n][][];
        otherwise = new Intent[n][];
        boolean minute = false;
        for (int b = 0; b < n; b++) {
            ActionBlock block = blocks.get(b);
            cases[b] = planned.get(b);
            emits[b] = new Intent[block.cases().size()][];
            for (int c = 0; c < emits[b].length; c++) {
                emits[b][c] = block.cases().get(c).emit().toArray(Intent[]::new);
                minute |= cases[b][c].dependsOnMinute();
            }
            otherwise[b] = block.otherwise().toArray(Intent[]::new);
        }
        this.mode = mode;
        this.dependsOnMinute = minute;
    }

    boolean dependsOnMinute() { return dependsOnMinute; }

    /** The decision for the current clocks given the position sign, or null when nothing is actionable. */
    Intent decide(int positionSign) {
        for (int b = 0; b < cases.length; b++) {
            Intent[] emitted = otherwise[b];
            Condition[] blockCases = cases[b];
            for (int c = 0; c < blockCases.length; c++) {
                if (blockCases[c].evaluate() == Truth.TRUE) {
                    emitted = emits[b][c];
                    break;
                }
            }
            for (Intent i : emitted) {
                if (actionable(i.action(), positionSign)) return i;
            }
        }
        return null;
    }

    private boolean actionable(Intent.Action a, int sign) {
        return switch (a) {
            case ENTRY_LONG -> sign == 0 && mode.allowsLong();
            case ENTRY_SHORT -> sign == 0 && mode.allowsShort();
            case EXIT_LONG -> sign > 0;
            case EXIT_SHORT -> sign < 0;
            case EXIT_ALL -> sign != 0;
            case NO_ACTION -> false;
        };
    }
}
