package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Issue;
import trade.core.PlayException;

/**
 * The structures block as play-dsl.md §2.5 and §3.1 describe it: the legacy {@code {tf: [...]}}
 * role form, {@code uses} ordering with positioned errors (cycles named as such), accepted
 * dependency types, and the field spellings of fibonacci levels and derived_zone slots.
 */
class StructureBlockTest {
    private static String play(String structures, String condition) {
        return """
                version: "3.0.0"
                name: "structure_block"
                symbol: "BTCUSDT"
                timeframes: {low_tf: "15m", med_tf: "1h", high_tf: "D", exec: "low_tf"}
                account:
                  starting_equity_usdt: 10000.0
                  max_leverage: 1.0
                  margin_mode: "isolated_usdt"
                  fee_model: {taker_bps: 5.5, maker_bps: 2.0}
                features:
                  atr_14: {indicator: atr, params: {length: 14}}
                structures:
                %s
                actions:
                  entry_long:
                    all:
                      - %s
                risk: {stop_loss_pct: 3.0, take_profit_pct: 6.0, max_position_pct: 100.0}
                """.formatted(structures.indent(2).stripTrailing(), condition);
    }

    private static CompiledPlay compile(String structures, String condition) {
        return PlayCompiler.compile(PlayLoader.load("block.yml", play(structures, condition)));
    }

    private static List<Issue> errors(String structures, String condition) {
        PlayException.InvalidPlay e = assertThrows(PlayException.InvalidPlay.class, () -> compile(structures, condition));
        return e.diagnostics().errors();
    }

    private static final String SWING = "exec:\n  - {type: swing, key: swing, params: {left: 3, right: 3}}\n";

    @Test
    void legacyRoleFormNamesTheRoleTimeframe() {
        CompiledPlay p = compile(SWING + "high_tf:\n  \"D\":\n    - {type: swing, key: swing_D, params: {left: 2, right: 2}}\n",
                "[\"swing_D.high_level\", \">\", 0]");
        assertEquals("D", p.detectors().get(1).spec().timeframe().label());
        List<Issue> wrong = errors(SWING + "high_tf:\n  \"1h\":\n    - {type: swing, key: swing_D, params: {left: 2, right: 2}}\n",
                "[\"swing_D.high_level\", \">\", 0]");
        assertEquals("INVALID_FEATURE_TF", wrong.get(0).code());
    }

    @Test
    void aDependencyCycleIsNamedAtTheStructure() {
        List<Issue> e = errors("exec:\n  - {type: swing, key: swing, params: {left: 3, right: 3}}\n"
                + "  - {type: order_block, key: ob, uses: [swing, brk], params: {atr_key: atr_14}}\n"
                + "  - {type: breaker_block, key: brk, uses: ob}\n", "[\"brk.version\", \">\", 0]");
        assertEquals("STRUCTURE_DEPENDENCY", e.get(0).code());
        assertTrue(e.get(0).message().contains("ob → brk → ob"), e.get(0).message());
        assertEquals(15, e.get(0).span().line(), "the order_block line");
    }

    @Test
    void usesMustBeAnAcceptedTypeAndOnlyOnePerType() {
        List<Issue> wrongType = errors(SWING + "  - {type: premium_discount, key: pd, uses: swing}\n"
                + "  - {type: trend, key: trend, uses: pd}\n", "[\"trend.direction\", \"==\", 1]");
        assertEquals("STRUCTURE_DEPENDENCY", wrongType.get(0).code());
        assertTrue(wrongType.get(0).message().contains("cannot use premium_discount"), wrongType.get(0).message());
        List<Issue> twice = errors(SWING + "  - {type: swing, key: swing2, params: {left: 2, right: 2}}\n"
                + "  - {type: trend, key: trend, uses: [swing, swing2]}\n", "[\"trend.direction\", \"==\", 1]");
        assertTrue(twice.get(0).message().contains("two swing"), twice.get(0).message());
    }

    @Test
    void fibonacciLevelsMatchByRatio() {
        String fib = SWING + "  - {type: fibonacci, key: fib, uses: swing, params: {levels: [0.618, 1.0]}}\n";
        compile(fib, "[\"close\", \">\", \"fib.level[0.618]\"]");
        compile(fib, "[\"close\", \">\", \"fib.level[1.0]\"]");
        compile(fib, "[\"close\", \">\", \"fib.level_1.0\"]");
        compile(fib, "[\"close\", \">\", \"fib.level_1\"]");
        List<Issue> e = errors(fib, "[\"close\", \">\", \"fib.level[0.5]\"]");
        assertEquals("INVALID_FIELD", e.get(0).code());
    }

    @Test
    void derivedZoneSlotsBelowMaxActive() {
        String dz = SWING + "  - {type: derived_zone, key: dz, uses: swing, params: {levels: [0.5], max_active: 3}}\n";
        CompiledPlay p = compile(dz, "[\"dz.zone[2].state\", \"==\", \"active\"]");
        assertTrue(p.series().stream().anyMatch(s -> s.name().equals("dz.zone2_state")));
        compile(dz, "[\"dz.zone2_lower\", \"<\", \"close\"]");
        assertEquals("INVALID_FIELD", errors(dz, "[\"dz.zone[3].state\", \"==\", \"active\"]").get(0).code());
    }
}
