package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.PlayException;

/**
 * Invariant: binding a value is writing it in the file. For every number a Play writes (account,
 * every kind of stop, target, sizing, trailing and break-even, indicator and structure parameters)
 * and any value, {@link PlayTemplate#bind} refuses it exactly when the file with that value is
 * invalid, with the code the file gets, and otherwise gives the Play the file gives: the same
 * canonical text, so the same play hash.
 */
class PlayTemplateProperties {
    private static final Pattern SLOT = Pattern.compile("<<([a-z0-9_.]+)=([^>]+)>>");
    /** Parameters taking integers; every other slot takes any number. */
    private static final List<String> INTEGER_PATHS = List.of("features.atr_14.length", "structures.pivots.left");

    private static final String PLAY = """
            version: "3.0.0"
            name: "bind_agreement"
            symbol: "BTCUSDT"
            timeframes: {low_tf: "15m", med_tf: "1h", high_tf: "D", exec: "low_tf"}
            account:
              starting_equity_usdt: <<account.starting_equity_usdt=10000>>
              max_leverage: <<account.max_leverage=2>>
              max_drawdown_pct: <<account.max_drawdown_pct=50>>
              fee_model: {taker_bps: <<account.fee_model.taker_bps=5.5>>, maker_bps: <<account.fee_model.maker_bps=2>>}
              slippage_bps: <<account.slippage_bps=2>>
              min_trade_notional_usdt: <<account.min_trade_notional_usdt=10>>
              maintenance_margin_rate: <<account.maintenance_margin_rate=0.005>>
              mm_deduction: <<account.mm_deduction=0>>
              risk_per_trade_pct: <<account.risk_per_trade_pct=1>>
            features:
              atr_14: {indicator: atr, params: {length: <<features.atr_14.length=14>>}}
              bb: {indicator: bbands, params: {length: 20, std: <<features.bb.std=2.0>>}}
            structures:
              exec:
                - {type: swing, key: pivots, params: {left: <<structures.pivots.left=5>>, right: 5}}
            actions:
              entry_long:
                - ["close", ">", "bb.upper"]
              exit_long:
                - ["close", "<", "bb.lower"]
            position_policy: {mode: long_only, exit_mode: first_hit}
            """;

    /** One risk block per kind of stop, target, sizing and trailing; the leverage of the sizing follows the account's except in the second. */
    private static final List<String> RISK = List.of("""
            risk: {stop_loss_pct: <<risk.stop_loss_pct=3>>, take_profit_pct: <<risk.take_profit_pct=6>>, max_position_pct: <<risk.max_position_pct=50>>}
            """, """
            risk_model:
              stop_loss: {type: percent, value: <<risk.stop_loss.value=3>>, buffer_pct: <<risk.stop_loss.buffer_pct=0.1>>}
              take_profit: {type: percent, value: <<risk.take_profit.value=6>>}
              sizing: {model: percent_equity, value: <<risk.sizing.value=20>>, max_leverage: <<risk.sizing.max_leverage=3>>}
              break_even: {activation_pct: <<risk.break_even.activation_pct=1>>, offset_pct: <<risk.break_even.offset_pct=0.1>>}
              trailing: {atr_multiplier: <<risk.trailing.atr_multiplier=2>>, atr_feature_id: atr_14, activation_pct: <<risk.trailing.activation_pct=0.5>>}
            """, """
            risk_model:
              stop_loss: {type: fixed_points, value: <<risk.stop_loss.value=50>>}
              take_profit: {type: rr_ratio, value: <<risk.take_profit.value=2>>}
              sizing: {model: risk_based, value: <<risk.sizing.value=1>>}
              trailing: {trail_pct: <<risk.trailing.trail_pct=1>>, activation_pct: 0}
            """, """
            risk_model:
              stop_loss: {type: atr_multiple, value: <<risk.stop_loss.value=2>>, atr_feature_id: atr_14}
              take_profit: {type: atr_multiple, value: <<risk.take_profit.value=3>>, atr_feature_id: atr_14}
              sizing: {model: fixed_usdt, value: <<risk.sizing.value=1000>>}
            """, """
            risk_model:
              stop_loss: {type: trailing_atr, atr_multiplier: <<risk.stop_loss.atr_multiplier=2>>, atr_feature_id: atr_14, activation_pct: <<risk.stop_loss.activation_pct=0.5>>}
              take_profit: {type: fixed_points, value: <<risk.take_profit.value=100>>}
              sizing: {model: percent_equity, value: 10}
            """, """
            risk_model:
              stop_loss: {type: trailing_pct, trail_pct: <<risk.stop_loss.trail_pct=1>>}
              take_profit: {type: percent, value: 5}
              sizing: {model: percent_equity, value: 10}
            """);

    private static final List<String> TEXTS = RISK.stream().map(r -> PLAY + r).toList();
    private static final List<PlayTemplate> TEMPLATES = TEXTS.stream().map(t -> PlayTemplate.of(PlayLoader.load("t.yml", fill(t, Map.of())))).toList();

    /** A slot of one of the Plays. */
    record Case(int play, String path) {}

    @Property(tries = 600, edgeCases = EdgeCasesMode.MIXIN)
    void bindingAValueIsWritingItInTheFile(@ForAll("cases") Case c, @ForAll("numbers") double number, @ForAll @IntRange(min = -3, max = 600) int integer) {
        String value = INTEGER_PATHS.contains(c.path()) ? Integer.toString(integer) : Double.toString(number);
        Diagnostics fileDiagnostics = new Diagnostics();
        Optional<CompiledPlay> written = PlayLoader.read("t.yml", fill(TEXTS.get(c.play()), Map.of(c.path(), value)), fileDiagnostics)
                .flatMap(spec -> PlayCompiler.check(spec, fileDiagnostics));
        List<String> fileCodes = fileDiagnostics.errors().stream().map(Issue::code).toList();
        try {
            CompiledPlay bound = TEMPLATES.get(c.play()).bind(List.of(new Setting(c.path(), value)));
            assertTrue(written.isPresent(), c.path() + "=" + value + " is bound, but the file refuses it: " + fileCodes);
            assertEquals(written.get().canonicalText(), bound.canonicalText(), c.path() + "=" + value);
        } catch (PlayException.InvalidPlay refused) {
            List<String> codes = refused.diagnostics().errors().stream().map(Issue::code).toList();
            assertTrue(!fileCodes.isEmpty() && fileCodes.containsAll(codes), c.path() + "=" + value + " is refused with " + codes + ", the file gets " + fileCodes);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        List<Case> all = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            Matcher m = SLOT.matcher(TEXTS.get(i));
            while (m.find()) all.add(new Case(i, m.group(1)));
        }
        return Arbitraries.of(all);
    }

    /** The bounds of every range and around them, and anything in between; -0.0 is left out, since a setting writes it 0. */
    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(Arbitraries.of(-1.0, 0.0, 1e-9, 0.5, 1.0, 99.99, 100.0, 100.5, 9_999.0, 10_000.0, 10_000.5, 1e7),
                Arbitraries.doubles().between(-50, 20_000).filter(d -> Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0)));
    }

    @Example
    void everySlotIsABindablePathOfItsPlay() {
        for (int i = 0; i < TEXTS.size(); i++) {
            Matcher m = SLOT.matcher(TEXTS.get(i));
            while (m.find()) assertTrue(TEMPLATES.get(i).paths().contains(m.group(1)), m.group(1) + " is not bindable in Play " + i);
        }
    }

    /** The Play text with each slot's value from {@code values}, or its default. */
    private static String fill(String text, Map<String, String> values) {
        return SLOT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group(2))));
    }
}
