package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static trade.report.RunFixtures.HOUR;
import static trade.report.RunFixtures.T0;
import static trade.report.RunFixtures.curve;
import static trade.report.RunFixtures.run;
import static trade.report.RunFixtures.trade;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Side;
import trade.core.Timeframe;
import trade.engine.MissedEntry;
import trade.engine.RunResult;
import trade.engine.TradeRecord;

/**
 * The worked example (1h bars, BPY 8 760, I = 1000):
 * E = 1000, 1100, 880, 880, 2000, 1700, 1900, 1950 (T = 8, F = 1950).
 * Drawdown walk: peak 1000 (E_0 equal → run of 1), 1100 new peak, 880/880 → abs 220, 20 % (run 2),
 * 2000 new peak, 1700/1900/1950 → abs 300, 15 %, 5 %, 2.5 % (run 3, still open at the end).
 * So max abs 300 comes from the 2000 peak and max pct 20 % from the 1100 peak; duration 3.
 * Ulcer: d = 0,0,20,20,0,15,5,2.5 → Σd² = 1056.25 → sqrt(1056.25/8) = 11.4905.
 * Trades (net): +50 L, +30 L, −20 S, 0 S (breakeven), −10 L.
 */
class MetricsTest {

    @Test
    void workedExampleEquityMetrics() {
        Metrics m = Metrics.of(RunFixtures.workedRun());
        assertEquals(1000.0, m.initialEquity());
        assertEquals(1950.0, m.finalEquity());
        assertEquals(950.0, m.netProfit());
        assertEquals(95.0, m.netReturnPct());
        assertEquals(0.0, m.benchmarkReturnPct());
        assertEquals(95.0, m.alphaPct());
        assertEquals(300.0, m.maxDrawdownAbs());
        assertEquals(20.0, m.maxDrawdownPct());
        assertEquals(3, m.maxDrawdownDurationBars());
        assertEquals(11.4905, m.ulcerIndex());
        // returns 0.1, −0.2, 0, 1.2727…, −0.15, 0.1176…, 0.0263…: μ/σ·√8760 = 33.560…
        assertEquals(33.56, m.sharpe());
        // downside sqrt((0.04 + 0.0225)/7) → 165.089…
        assertEquals(165.09, m.sortino());
        // (1.95)^(8760/8) overflows → CAGR 0 → calmar 0
        assertEquals(0.0, m.cagr());
        assertEquals(0.0, m.calmar());
        // Σgains 1.5167… / |−0.35| = 4.3334
        assertEquals(4.33, m.omegaRatio());
        assertEquals(3.17, m.recoveryFactor());
        assertEquals(8, m.totalBars());
        assertEquals(6, m.barsInPosition());
        assertEquals(75.0, m.timeInMarketPct());
        // fewer than 10 returns: the tail metrics are 0
        assertEquals(0.0, m.skewness());
        assertEquals(0.0, m.kurtosis());
        assertEquals(0.0, m.var95Pct());
        assertEquals(0.0, m.cvar95Pct());
    }

    @Test
    void workedExampleTradeMetrics() {
        Metrics m = Metrics.of(RunFixtures.workedRun());
        assertEquals(5, m.totalTrades());
        assertEquals(2, m.winCount());
        assertEquals(2, m.lossCount());
        assertEquals(40.0, m.winRate());
        assertEquals(80.0, m.grossProfit());
        assertEquals(30.0, m.grossLoss());
        assertEquals(2.67, m.profitFactor());            // 80/30
        assertEquals("finite", m.profitFactorMode());
        assertEquals(0.7, m.avgTradeReturnPct());        // (5 + 6 − 2.5 + 0 − 5)/5
        assertEquals(6.5, m.totalFees());
        assertEquals(40.0, m.avgWinUsdt());
        assertEquals(15.0, m.avgLossUsdt());
        assertEquals(50.0, m.largestWinUsdt());
        assertEquals(20.0, m.largestLossUsdt());
        assertEquals(1.6, m.avgTradeDurationBars());     // (2+1+3+1+1)/5
        assertEquals(1.5, m.avgWinningTradeDurationBars());
        assertEquals(2.0, m.avgLosingTradeDurationBars());
        assertEquals(2, m.maxConsecutiveWins());
        assertEquals(1, m.maxConsecutiveLosses());       // L B L: the breakeven resets the run
        assertEquals(10.0, m.expectancyUsdt());          // 50/5
        assertEquals(2.67, m.payoffRatio());             // 40/15
        assertEquals(3, m.longTrades());
        assertEquals(2, m.shortTrades());
        assertEquals(66.67, m.longWinRate());
        assertEquals(0.0, m.shortWinRate());
        assertEquals(70.0, m.longPnl());
        assertEquals(-20.0, m.shortPnl());
        assertEquals(1.0, m.totalFundingPaidUsdt());
        assertEquals(0.5, m.totalFundingReceivedUsdt());
        assertEquals(-0.5, m.netFundingUsdt());
        assertEquals(-1.0, m.maeAvgPct());               // (−1 −0.5 −2 −0.3 −1.2)/5
        assertEquals(0.96, m.mfeAvgPct());               // (3 + 1 + 0.5 + 0.2 + 0.1)/5
        assertEquals(5, m.entryAttempts(), "five positions, no missed entry");
        assertEquals(0, m.entryRejections());
        assertEquals(1.0, m.minMarginRatio());
        assertEquals(100.0, m.closestLiquidationPct());
    }

    @Test
    void roundingIsHalfEvenOnTheBinaryValue() {
        assertEquals(2.67, Metrics.round(2.675, 2));   // 2.675 is 2.67499999… in binary
        assertEquals(0.12, Metrics.round(0.125, 2));   // exact half → even
        assertEquals(0.38, Metrics.round(0.375, 2));
        assertEquals(-0.12, Metrics.round(-0.125, 2));
        assertEquals(Double.POSITIVE_INFINITY, Metrics.round(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void profitFactorInfiniteAndUndefined() {
        var onlyWins = List.of(trade(1, Side.LONG, 11, 1, 0, 100, 0, 1, 0, 0));
        Metrics m = Metrics.of(run(Timeframe.H1, 1000, onlyWins, curve(1000, 1010), 1));
        assertEquals(100.0, m.profitFactor());
        assertEquals("infinite", m.profitFactorMode());
        assertEquals(0.0, m.payoffRatio());   // avg loss 0
        assertEquals(100.0, m.winRate());

        Metrics none = Metrics.of(run(Timeframe.H1, 1000, List.of(), curve(1000, 1000), 0));
        assertEquals(0.0, none.profitFactor());
        assertEquals("undefined", none.profitFactorMode());
        assertEquals(0.0, none.winRate());
        assertEquals(0.0, none.expectancyUsdt());
        assertEquals(0.0, none.avgTradeReturnPct());
    }

    @Test
    void ratioEdgeCases() {
        // one return: n < 2 → sharpe, sortino and omega 0
        Metrics one = Metrics.of(run(Timeframe.H1, 1000, List.of(), curve(1000, 1100), 0));
        assertEquals(0.0, one.sharpe());
        assertEquals(0.0, one.sortino());
        assertEquals(0.0, one.omegaRatio());

        // flat curve: σ = 0 → sharpe 0; no negative return and μ = 0 → sortino 0; omega 0
        Metrics flat = Metrics.of(run(Timeframe.H1, 1000, List.of(), curve(1000, 1000, 1000, 1000), 0));
        assertEquals(0.0, flat.sharpe());
        assertEquals(0.0, flat.sortino());
        assertEquals(0.0, flat.omegaRatio());
        assertEquals(0.0, flat.maxDrawdownAbs());
        assertEquals(4, flat.maxDrawdownDurationBars()); // equality counts: the whole curve is one run
        assertEquals(0.0, flat.calmar());

        // rising curve: no negative return and μ > 0 → sortino 100, omega 100, calmar 100 (dd 0, CAGR > 0)
        Metrics up = Metrics.of(run(Timeframe.D1, 1000, List.of(), curve(1000, 1010, 1030, 1060), 0));
        assertEquals(100.0, up.sortino());
        assertEquals(100.0, up.omegaRatio());
        assertEquals(100.0, up.calmar());
        assertEquals(1, up.maxDrawdownDurationBars());   // only E_0, equal to the first peak
        assertEquals(0.0, up.recoveryFactor());          // dd 0 → 0
    }

    @Test
    void cagrAndCalmarFinite() {
        // D bars, T = 365 → one year: CAGR = F/I − 1 = 0.2
        assertEquals(0.2, Metrics.cagr(1000, 1200, 365, 365), 1e-12);
        assertEquals(0.0, Metrics.cagr(0, 1200, 365, 365));
        assertEquals(-1.0, Metrics.cagr(1000, 0, 365, 365));
        assertEquals(0.0, Metrics.cagr(1000, 1200, 0, 365));
        // worked curve on D bars: (1.95)^(365/8) − 1 = 1.7093e13; / 0.2 → calmar
        Metrics d = Metrics.of(run(Timeframe.D1, 1000, List.of(), RunFixtures.workedCurve(), 0));
        double cagr = StrictMath.pow(1.95, 365.0 / 8) - 1;
        assertEquals(cagr, d.cagr());
        assertEquals(Metrics.round(cagr / 0.2, 2), d.calmar());
    }

    @Test
    void tailMetricsWithTenReturns() {
        // ±1 % alternating: μ = 0, σ = 0.01, m3 = 0, m4 = 1e-8 → skew 0, kurtosis 1;
        // k = max(1, floor(0.5)) = 1 → VaR = CVaR = |−0.01|·100 = 1
        double[] r = {0.01, -0.01, 0.01, -0.01, 0.01, -0.01, 0.01, -0.01, 0.01, -0.01};
        Metrics.Tail t = Metrics.Tail.of(r);
        assertEquals(0.0, Metrics.round(t.skewness(), 4));
        assertEquals(1.0, Metrics.round(t.kurtosis(), 4));
        assertEquals(1.0, Metrics.round(t.var95(), 4));
        assertEquals(1.0, Metrics.round(t.cvar95(), 4));

        // 40 returns: k = 2 → VaR = |2nd smallest|, CVaR = |mean of the 2 smallest|
        double[] forty = new double[40];
        for (int i = 0; i < 40; i++) forty[i] = (i - 10) / 1000.0; // −0.010 … 0.029
        Metrics.Tail t40 = Metrics.Tail.of(forty);
        assertEquals(0.9, Metrics.round(t40.var95(), 4));    // −0.009
        assertEquals(0.95, Metrics.round(t40.cvar95(), 4));  // (−0.010 − 0.009)/2
        assertEquals(0.0, Metrics.round(t40.skewness(), 4)); // symmetric
    }

    @Test
    void returnsSkipNonPositivePreviousEquity() {
        double[] r = Metrics.returns(new double[] {100, 0, 50, 100});
        assertEquals(2, r.length);   // 0/100 − 1 and 100/50 − 1; the step from 0 is skipped
        assertEquals(-1.0, r[0]);
        assertEquals(1.0, r[1]);
    }

    @Test
    void emptyCurveGivesDefaults() {
        Metrics m = Metrics.of(run(Timeframe.H1, 1000, List.of(), curve(), 0));
        assertEquals(1000.0, m.finalEquity());
        assertEquals(0.0, m.netProfit());
        assertEquals(0, m.totalBars());
        assertEquals(0.0, m.ulcerIndex());
        assertEquals(0.0, m.timeInMarketPct());
        assertEquals(0, m.maxDrawdownDurationBars());
    }

    @Test
    void nonPositivePeakInADrawdownIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> Metrics.of(run(Timeframe.H1, 0, List.of(), curve(0, -10), 0)));
    }

    @Test
    void missedEntriesAreRejectedAttemptsAndPartialExitsOneAttempt() {
        RunResult base = RunFixtures.workedRun();
        List<TradeRecord> trades = new java.util.ArrayList<>(base.trades());
        TradeRecord first = trades.get(0);
        trades.add(1, new TradeRecord("trade_006", first.symbol(), first.side(), first.entryTimeMs(), first.entryPrice(), 1, 100,
                first.exitTimeMs(), 101, "signal", "signal", 1, 0, 0, 1, Double.NaN, Double.NaN, 0, 1, 0, 0, java.util.Map.of()));
        List<MissedEntry> missed = List.of(new MissedEntry(T0, 0, Side.LONG, "expired"), new MissedEntry(T0 + HOUR, 1, Side.SHORT, "below_min_notional"),
                new MissedEntry(T0 + 2 * HOUR, 2, Side.LONG, "insufficient_margin"));
        Metrics m = Metrics.of(new RunResult(base.playId(), base.symbol(), base.execTimeframe(), base.initialEquity(), trades, base.equity(),
                base.barsInPosition(), null, base.windowStartMs(), base.windowEndMs(), base.candlesProcessed(), missed));
        assertEquals(8, m.entryAttempts(), "five positions (one closed in two parts) and three missed entries");
        assertEquals(3, m.entryRejections());
        assertEquals(0.375, m.entryRejectionRate());
    }
}
