package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.core.Issue;
import trade.core.PlayException;

/** Binding values into V_CORE_001's template: what changes, what is refused and how it is reported. */
class PlayTemplateTest {
    private static final Path V_CORE_001 = Path.of("plays/core/V_CORE_001_ema_cross_trend.yml");
    private static final PlayTemplate TEMPLATE = PlayTemplate.of(PlayLoader.load(V_CORE_001));

    private static CompiledPlay bind(String... settings) {
        return TEMPLATE.bind(List.of(settings).stream().map(Setting::parse).toList());
    }

    private static Issue refused(String... settings) {
        PlayException.InvalidPlay e = assertThrows(PlayException.InvalidPlay.class, () -> bind(settings));
        assertEquals(1, e.diagnostics().issues().size(), () -> e.diagnostics().issues().toString());
        return e.diagnostics().issues().getFirst();
    }

    private static long length(CompiledPlay play, String feature) {
        return play.features().stream().filter(f -> f.spec().id().equals(feature)).findFirst().orElseThrow().params().integer("length");
    }

    @Test
    void theTemplateListsEveryNumberOfThePlay() {
        List<String> paths = TEMPLATE.paths();
        for (String path : List.of("features.ema_fast_9.length", "features.ema_slow_21.length", "features.rsi_14.length",
                "structures.pivots.left", "structures.pivots.right", "structures.trend.wave_history_size",
                "risk.stop_loss_pct", "risk.stop_loss.value", "risk.take_profit_pct", "risk.max_position_pct", "risk.sizing.max_leverage",
                "account.starting_equity_usdt", "account.max_leverage", "account.fee_model.taker_bps", "account.slippage_bps")) {
            assertTrue(paths.contains(path), path + " missing from " + paths);
        }
        assertTrue(paths.stream().noneMatch(p -> p.endsWith(".atr_key")), "atr_key names a feature, it is no number to set");
        assertTrue(paths.stream().noneMatch(p -> p.startsWith("risk.trailing") || p.startsWith("risk.break_even")), "V_CORE_001 has neither");
    }

    @Test
    void aBoundValueReplacesThePlaysOwn() {
        CompiledPlay five = bind("features.ema_fast_9.length=5", "risk.stop_loss_pct=2.5", "account.slippage_bps=1");
        assertEquals(5, length(five, "ema_fast_9"));
        assertEquals(9, length(TEMPLATE.play(), "ema_fast_9"), "the template is unchanged");
        assertEquals(2.5, five.spec().risk().stopLoss().value());
        assertEquals(1.0, five.spec().slippageBps());
        assertTrue(five.canonicalText().contains("feature ema_fast_9=ema{length=5}"), five.canonicalText());
        assertNotEquals(TEMPLATE.play().canonicalText(), five.canonicalText(), "another value, another play hash");
    }

    @Test
    void theWarmUpFollowsTheBoundLength() {
        assertTrue(bind("features.rsi_14.length=200").maxWarmupBars() > TEMPLATE.play().maxWarmupBars(), "rsi's warm-up grows with its length");
    }

    @Test
    void bindingThePlaysOwnValuesChangesNothing() {
        CompiledPlay same = bind("features.ema_fast_9.length=9.0", "structures.pivots.left=5", "structures.trend.wave_history_size=4",
                "risk.stop_loss_pct=3", "risk.take_profit.value=6.0", "account.max_leverage=1", "account.fee_model.taker_bps=5.5");
        assertEquals(TEMPLATE.play().canonicalText(), same.canonicalText());
    }

    @Test
    void noSettingsGiveTheTemplatesOwnPlay() {
        assertSame(TEMPLATE.play(), TEMPLATE.bind(List.of()));
    }

    @Test
    void accountLeverageMovesTheSizingLeverageTheShorthandTakesFromIt() {
        assertEquals(3.0, bind("account.max_leverage=3").spec().risk().sizing().maxLeverage());
        assertEquals(2.0, bind("account.max_leverage=3", "risk.sizing.max_leverage=2").spec().risk().sizing().maxLeverage());
    }

    @Test
    void aBadPathListsThePathsOfThisPlay() {
        Issue i = refused("features.ema_fast_9.lenght=5");
        assertEquals("UNKNOWN_PARAMETER_PATH", i.code());
        assertEquals("'features.ema_fast_9.lenght' is not a parameter of V_CORE_001", i.message());
        assertEquals("one of " + String.join(", ", TEMPLATE.paths()), i.expected());
        assertEquals("features.ema_fast_9.length", i.suggestions().getFirst());
        assertEquals(V_CORE_001.toString(), i.span().file());
    }

    @Test
    void variablesCannotBeSet() {
        Issue i = refused("variables.fast=5");
        assertEquals("UNKNOWN_PARAMETER_PATH", i.code());
        assertTrue(i.message().contains("nothing in a Play reads them"), i.message());
    }

    @Test
    void aValueOutOfRangeIsRefusedWithThePathAndTheRange() {
        Issue length = refused("features.ema_fast_9.length=0");
        assertEquals("INVALID_PARAM", length.code());
        assertEquals("bad value for features.ema_fast_9.length (indicator ema)", length.message());
        assertEquals("an integer in [1, ∞]", length.expected());
        assertEquals("0", length.found());

        Issue stop = refused("risk.stop_loss_pct=150");
        assertEquals("INVALID_RISK", stop.code());
        assertEquals("a number in (0, 100]", stop.expected());
        assertEquals("150", stop.found());

        Issue leverage = refused("account.max_leverage=-1");
        assertEquals("INVALID_ACCOUNT_FIELD", leverage.code());
        assertEquals("bad value for account.max_leverage", leverage.message());
        assertEquals("a number > 0", leverage.expected());
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        Issue left = refused("structures.pivots.left=five");
        assertEquals("INVALID_STRUCTURE_PARAM", left.code());
        assertEquals("an integer", left.expected());
        assertEquals("five", left.found());
        Issue mode = refused("structures.pivots.mode=zigzag");
        assertTrue(mode.expected().startsWith("one of ["), mode.expected());
        assertEquals("a number > 0", refused("account.starting_equity_usdt=.inf").expected());
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        PlayException.InvalidPlay e = assertThrows(PlayException.InvalidPlay.class,
                () -> bind("features.nope.length=3", "features.ema_fast_9.length=0", "risk.stop_loss_pct=2", "risk.stop_loss.value=3"));
        assertEquals(List.of("UNKNOWN_PARAMETER_PATH", "INVALID_PARAM", "DUPLICATE_KEY"), e.diagnostics().issues().stream().map(Issue::code).toList());
        assertTrue(e.diagnostics().issues().get(2).message().contains("risk.stop_loss.value is set twice (as risk.stop_loss_pct before)"));
    }

    @Test
    void bindingReadsNoFile(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copy.yml");
        Files.copy(V_CORE_001, copy);
        PlayTemplate template = PlayTemplate.of(PlayLoader.load(copy));
        Files.delete(copy);
        assertEquals(5, length(template.bind(List.of(new Setting("features.ema_fast_9.length", "5"))), "ema_fast_9"));
    }

    @Test
    void oneTemplateBindsOnSeveralThreadsAtOnce() throws Exception {
        List<String> lengths = List.of("5", "13", "30", "50");
        List<String> expected = lengths.stream().map(n -> bind("features.ema_slow_21.length=" + n).canonicalText()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(lengths.size());
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (String n : lengths) {
                Callable<List<String>> binder = () -> {
                    List<String> texts = new ArrayList<>();
                    for (int k = 0; k < 200; k++) texts.add(bind("features.ema_slow_21.length=" + n).canonicalText());
                    return texts;
                };
                results.add(pool.submit(binder));
            }
            for (int i = 0; i < lengths.size(); i++) {
                for (String text : results.get(i).get()) assertEquals(expected.get(i), text, "length " + lengths.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
