package trade.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.engine.port.AccountTerms;
import trade.engine.timeframe.CandleRollup;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.Intent;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.play.SeriesInfo;
import trade.sim.SimExchange;
import trade.synth.PlayMarket;

/** The observer sees every exec bar the engine steps through, once, in order, and watching changes nothing. */
class BarObserverTest {
    private final PlaySpec spec = PlayLoader.load(Path.of("plays/core/V_CORE_001_ema_cross_trend.yml"));
    private final CompiledPlay play = PlayCompiler.compile(spec);
    private final Candles minutes = PlayMarket.of(spec, play, 42, null, null).candles();

    private record Seen(int bar, long closeTime, boolean tradable, double close, Intent decision) {}

    private RunResult run(BarObserver observer) {
        AccountTerms terms = AccountTerms.of(spec, InstrumentTable.bybit().of(spec.symbol()));
        return BacktestDriver.replay(play, terms.instrument(), events -> new SimExchange(terms, events), minutes, observer, Progress.NONE);
    }

    @Test
    void theObserverSeesExactlyTheBarsTheEngineEvaluates() {
        int closeSlot = play.series().stream().map(SeriesInfo::name).toList().indexOf("close");
        List<Seen> seen = new ArrayList<>();
        RunResult result = run((bar, closeTime, tradable, series, decision) -> seen.add(new Seen(bar, closeTime, tradable, series.value(closeSlot), decision)));
        Candles exec = CandleRollup.rollUp(minutes, spec.timeframes().exec()).candles();

        assertEquals(exec.size(), seen.size(), "a run to the end of its data shows every exec bar");
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i).bar());
            assertEquals(exec.closeTime(i), seen.get(i).closeTime());
            assertEquals(exec.close(i), seen.get(i).close(), "series are read at the bar's close");
        }
        int[] tradable = seen.stream().filter(Seen::tradable).mapToInt(Seen::bar).toArray();
        assertTrue(tradable.length > 0 && tradable[0] > 0, "V_CORE_001 warms up before it trades");
        assertArrayEquals(result.equity().barIndex(), tradable, "the bars shown as tradable are the bars of the equity curve");
        assertEquals(exec.openTime(tradable[0]), result.windowStartMs());
        assertTrue(seen.stream().filter(s -> !s.tradable()).allMatch(s -> s.decision() == null), "no decision during warm-up");

        assertFalse(result.trades().isEmpty());
        for (TradeRecord t : result.trades()) {
            Intent signal = seen.get(t.entryBarIndex() - 1).decision();
            assertEquals(Intent.Action.ENTRY_LONG, signal == null ? null : signal.action(),
                    "market entry filled at bar " + t.entryBarIndex() + " was decided on the bar before");
        }
    }

    @Test
    void watchingARunDoesNotChangeIt() {
        RunResult watched = run((bar, closeTime, tradable, series, decision) -> { });
        RunResult plain = run(null);
        assertEquals(plain.trades(), watched.trades());
        assertArrayEquals(plain.equity().equity(), watched.equity().equity());
        assertEquals(plain.missedEntries(), watched.missedEntries());
    }
}
