package trade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import trade.engine.EquityCurve;
import trade.engine.RunResult;
import trade.engine.TradeRecord;
import trade.report.RunHashes;

class DeterminismAuditTest {
    private static final Path CORE = Path.of(System.getProperty("play.root", ".")).resolve("plays/core");
    private static final List<Path> PLAYS = List.of(CORE.resolve("V_CORE_001_ema_cross_trend.yml"), CORE.resolve("V_CORE_004_multi_timeframe.yml"));
    private static final AuditScope SCOPE = new AuditScope(List.of("trend_up_clean"), 1440, 42, PLAYS, AuditScope.Focus.PLAYS, 2);

    @Test
    void productionRunsAreIdenticalSequentiallyAndConcurrently() {
        AuditResult r = new DeterminismAudit().run(SCOPE);
        assertTrue(r.passed(), r.reason());
        assertEquals(PLAYS.size() * 3L * 5, r.checked(), "five hashes for each Play in three comparisons");
    }

    @Test
    void playsRunTradesSoThatTradeFaultsCanShow() {
        for (Path play : PLAYS) {
            assertFalse(DeterminismAudit.runFresh(play, 42, "trend_up_clean").result().trades().isEmpty(), play.toString());
        }
    }

    @Test
    void unseededSlippageIsCaughtNamingPlayHashAndFirstTrade() {
        Random unseeded = new Random();
        AuditResult r = new DeterminismAudit((play, seed, fallback) ->
                slipFirstExit(DeterminismAudit.runFresh(play, seed, fallback), unseeded.nextDouble())).run(SCOPE);
        assertFalse(r.passed());
        String first = r.failures().getFirst();
        assertTrue(first.startsWith("V_CORE_001_ema_cross_trend, run 1 vs run 2"), first);
        assertTrue(first.contains("trades_hash") && first.contains("run_hash"), first);
        assertTrue(first.contains("first difference: trade 0 (trade_001"), first);
        assertTrue(first.contains("column exit_price"), first);
    }

    @Test
    void aThreadDependentFaultShowsOnlyInTheConcurrentPasses() {
        Thread caller = Thread.currentThread();
        AuditResult r = new DeterminismAudit((play, seed, fallback) -> {
            DeterminismAudit.PlayRun run = DeterminismAudit.runFresh(play, seed, fallback);
            return Thread.currentThread() == caller ? run : slipFirstExit(run, 1e-3);
        }).run(SCOPE);
        assertFalse(r.passed());
        assertEquals(PLAYS.size() * 2, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().stream().noneMatch(f -> f.contains("run 2")), r.failures().toString());
        assertTrue(r.failures().stream().anyMatch(f -> f.contains("V_CORE_004_multi_timeframe, run 1 vs a run concurrent on 2 thread(s)")
                && f.contains("equity_hash")), r.failures().toString());
    }

    @Test
    void aRunThatThrowsIsAFailureNotACrash() {
        int[] calls = {0};
        AuditResult r = new DeterminismAudit((play, seed, fallback) -> {
            if (++calls[0] == 2) throw new IllegalStateException("shared cache corrupted");
            return DeterminismAudit.runFresh(play, seed, fallback);
        }).run(new AuditScope(List.of("trend_up_clean"), 1440, 42, PLAYS.subList(0, 1), AuditScope.Focus.PLAYS, 1));
        assertFalse(r.passed());
        assertTrue(r.failures().getFirst().contains("shared cache corrupted"), r.failures().toString());
    }

    /** The run with its first trade's exit price moved by {@code slip} (as a random slippage would), hashes recomputed. */
    private static DeterminismAudit.PlayRun slipFirstExit(DeterminismAudit.PlayRun run, double slip) {
        RunResult r = run.result();
        List<TradeRecord> trades = new ArrayList<>(r.trades());
        TradeRecord k = trades.getFirst();
        trades.set(0, new TradeRecord(k.tradeId(), k.symbol(), k.side(), k.entryTimeMs(), k.entryPrice(), k.entryQty(), k.entrySizeUsdt(),
                k.exitTimeMs(), k.exitPrice() + slip, k.exitReason(), k.exitPriceSource(), k.realizedPnl(), k.feesPaid(), k.fundingPnl(),
                k.netPnl(), k.stopLoss(), k.takeProfit(), k.entryBarIndex(), k.exitBarIndex(), k.maePct(), k.mfePct(), k.metadata()));
        double[] equity = r.equity().equity().clone();
        equity[equity.length - 1] += slip * k.entryQty();
        EquityCurve curve = new EquityCurve(r.equity().barIndex(), r.equity().timeMs(), equity);
        RunResult moved = new RunResult(r.playId(), r.symbol(), r.execTimeframe(), r.initialEquity(), trades, curve, r.barsInPosition(),
                r.stopReason(), r.windowStartMs(), r.windowEndMs(), r.candlesProcessed(), r.missedEntries());
        RunHashes h = run.hashes();
        return new DeterminismAudit.PlayRun(moved, RunHashes.of(h.play(), h.input(), trades, curve));
    }
}
