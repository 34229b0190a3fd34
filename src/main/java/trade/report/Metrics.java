package trade.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import trade.core.Side;
import trade.engine.EquityCurve;
import trade.engine.RunResult;
import trade.engine.TradeRecord;

/**
 * Every metric of the original's {@code BacktestMetrics} (results-and-hashes.md §3), computed once
 * from a finished run. Values are rounded as the spec says, with Python's {@code round}:
 * half-even on the exact binary value ({@link #round}). Percent fields hold percents (0–100),
 * except where a name says otherwise.
 *
 * <p>Inputs: the equity curve {@code E_0 … E_{T−1}} has one point per exec bar and <b>no</b> extra
 * final point (project decision), so {@code T} = number of points = {@code total_bars}. A trade's
 * net PnL is {@link TradeRecord#netPnl()} (realized − fees + funding), so the trade list adds up to
 * the equity change. {@code BPY} = {@code execTimeframe.barsPerYear()}.
 *
 * <p>Fields the original left as placeholders, filled here because the run has the data:
 * {@code maeAvgPct}/{@code mfeAvgPct} (mean of the trades' MAE/MFE percents), the funding fields
 * (from each trade's {@code fundingPnl}: a trade that paid funding on balance adds to {@code paid},
 * one that received adds to {@code received}) and entry attempts/rejections (positions opened, told
 * apart by entry time since partial exits share it, plus the run's missed entries; rejections are
 * the missed entries). Still placeholders, because the engine does not report them:
 * benchmark/alpha (no first/last price → benchmark 0, alpha = net return), average leverage and
 * gross exposure (0), margin calls (0), minimum margin ratio (1.0), closest liquidation (100.0).
 */
public record Metrics(
        double initialEquity, double finalEquity, double netProfit, double netReturnPct,
        double benchmarkReturnPct, double alphaPct,
        double maxDrawdownAbs, double maxDrawdownPct, int maxDrawdownDurationBars, double ulcerIndex,
        double sharpe, double sortino, double cagr, double calmar,
        int totalTrades, int winCount, int lossCount, double winRate,
        double grossProfit, double grossLoss, double profitFactor, String profitFactorMode,
        double avgTradeReturnPct, double totalFees,
        double avgWinUsdt, double avgLossUsdt, double largestWinUsdt, double largestLossUsdt,
        double avgTradeDurationBars, double avgWinningTradeDurationBars, double avgLosingTradeDurationBars,
        int maxConsecutiveWins, int maxConsecutiveLosses,
        double expectancyUsdt, double payoffRatio, double recoveryFactor,
        int longTrades, int shortTrades, double longWinRate, double shortWinRate, double longPnl, double shortPnl,
        int totalBars, int barsInPosition, double timeInMarketPct,
        double skewness, double kurtosis, double var95Pct, double cvar95Pct, double omegaRatio,
        int entryAttempts, int entryRejections, double entryRejectionRate,
        double totalFundingPaidUsdt, double totalFundingReceivedUsdt, double netFundingUsdt,
        double maeAvgPct, double mfeAvgPct,
        double avgLeverageUsed, double maxGrossExposurePct,
        int marginCalls, double minMarginRatio, double closestLiquidationPct) {

    /** Python's {@code round(x, places)}: half-even on the exact binary value; NaN/±∞ unchanged. */
    public static double round(double x, int places) {
        if (!Double.isFinite(x)) return x;
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Computes every metric of a finished run. */
    public static Metrics of(RunResult r) {
        EquityCurve curve = r.equity();
        double[] e = curve.equity();
        int t = e.length;
        double initial = r.initialEquity();
        int bpy = r.execTimeframe().barsPerYear();

        // Equity-curve metrics; an empty curve leaves every one at its default.
        double fin = t == 0 ? initial : e[t - 1];
        double netProfit = t == 0 ? 0 : fin - initial;
        double netReturnPct = t == 0 || initial <= 0 ? 0 : (fin - initial) / initial * 100;
        Drawdown dd = Drawdown.of(e);
        double[] returns = returns(e);
        double cagr = cagr(initial, fin, t, bpy);
        double calmar = dd.maxPct == 0 ? (cagr > 0 ? 100 : 0) : (cagr == 0 ? 0 : cagr / dd.maxPct);
        Tail tail = Tail.of(returns);

        // Trade metrics.
        List<TradeRecord> trades = r.trades();
        int wins = 0, losses = 0, longs = 0, shorts = 0, longWins = 0, shortWins = 0;
        int run = 0, maxWinRun = 0, maxLossRun = 0; // run > 0: wins in a row; run < 0: losses
        double grossProfit = 0, grossLoss = 0, sumNet = 0, sumPct = 0, fees = 0;
        double largestWin = 0, largestLoss = 0, longPnl = 0, shortPnl = 0;
        double paid = 0, received = 0, sumMae = 0, sumMfe = 0;
        long sumDur = 0, sumWinDur = 0, sumLossDur = 0;
        for (TradeRecord k : trades) {
            double net = k.netPnl();
            boolean isLong = k.side() == Side.LONG;
            sumNet += net;
            sumPct += k.pnlPct();
            fees += k.feesPaid();
            sumDur += k.durationBars();
            sumMae += k.maePct();
            sumMfe += k.mfePct();
            if (k.fundingPnl() < 0) paid -= k.fundingPnl();
            else received += k.fundingPnl();
            if (isLong) { longs++; longPnl += net; } else { shorts++; shortPnl += net; }
            if (net > 0) {
                wins++;
                grossProfit += net;
                largestWin = Math.max(largestWin, net);
                sumWinDur += k.durationBars();
                if (isLong) longWins++; else shortWins++;
                run = run > 0 ? run + 1 : 1;
                maxWinRun = Math.max(maxWinRun, run);
            } else if (net < 0) {
                losses++;
                grossLoss += -net;
                largestLoss = Math.max(largestLoss, -net);
                sumLossDur += k.durationBars();
                run = run < 0 ? run - 1 : -1;
                maxLossRun = Math.max(maxLossRun, -run);
            } else {
                run = 0; // breakeven resets both counters
            }
        }
        int n = trades.size();
        double profitFactor;
        String profitFactorMode;
        if (grossLoss > 0) { profitFactor = grossProfit / grossLoss; profitFactorMode = "finite"; }
        else if (grossProfit > 0) { profitFactor = 100; profitFactorMode = "infinite"; }
        else { profitFactor = 0; profitFactorMode = "undefined"; }
        int rejections = r.missedEntries().size();
        int attempts = (int) trades.stream().mapToLong(TradeRecord::entryTimeMs).distinct().count() + rejections;
        double avgWin = wins == 0 ? 0 : grossProfit / wins;
        double avgLoss = losses == 0 ? 0 : grossLoss / losses;

        return new Metrics(
                round(initial, 2), round(fin, 2), round(netProfit, 2), round(netReturnPct, 2),
                0.0, round(netReturnPct, 2),
                round(dd.maxAbs, 2), round(dd.maxPct * 100, 2), dd.maxDuration, round(dd.ulcer, 4),
                round(sharpe(returns, bpy), 2), round(sortino(returns, bpy), 2), cagr, round(calmar, 2),
                n, wins, losses, round(n == 0 ? 0 : (double) wins / n * 100, 2),
                round(grossProfit, 2), round(grossLoss, 2), round(profitFactor, 2), profitFactorMode,
                round(n == 0 ? 0 : sumPct / n, 2), round(fees, 2),
                round(avgWin, 2), round(avgLoss, 2), round(largestWin, 2), round(largestLoss, 2),
                round(n == 0 ? 0 : (double) sumDur / n, 2),
                round(wins == 0 ? 0 : (double) sumWinDur / wins, 2),
                round(losses == 0 ? 0 : (double) sumLossDur / losses, 2),
                maxWinRun, maxLossRun,
                round(n == 0 ? 0 : sumNet / n, 2), round(avgLoss == 0 ? 0 : avgWin / avgLoss, 2),
                round(dd.maxAbs == 0 ? 0 : netProfit / dd.maxAbs, 2),
                longs, shorts,
                round(longs == 0 ? 0 : (double) longWins / longs * 100, 2),
                round(shorts == 0 ? 0 : (double) shortWins / shorts * 100, 2),
                round(longPnl, 2), round(shortPnl, 2),
                t, r.barsInPosition(), round(t == 0 ? 0 : (double) r.barsInPosition() / t * 100, 2),
                round(tail.skewness, 4), round(tail.kurtosis, 4), round(tail.var95, 4), round(tail.cvar95, 4),
                round(omega(returns), 2),
                attempts, rejections, round(attempts == 0 ? 0 : (double) rejections / attempts, 4),
                round(paid, 2), round(received, 2), round(received - paid, 2),
                round(n == 0 ? 0 : sumMae / n, 4), round(n == 0 ? 0 : sumMfe / n, 4),
                0.0, 0.0,
                0, 1.0, 100.0);
    }

    /** {@code r_t = E_t/E_{t−1} − 1} for t = 1…T−1, skipping t where {@code E_{t−1} ≤ 0}. */
    static double[] returns(double[] e) {
        double[] r = new double[Math.max(0, e.length - 1)];
        int n = 0;
        for (int i = 1; i < e.length; i++) {
            if (e[i - 1] <= 0) continue;
            r[n++] = e[i] / e[i - 1] - 1;
        }
        return n == r.length ? r : Arrays.copyOf(r, n);
    }

    private static double mean(double[] r) {
        double s = 0;
        for (double x : r) s += x;
        return s / r.length;
    }

    /** Population standard deviation around {@code mu}. */
    private static double stdev(double[] r, double mu) {
        double s = 0;
        for (double x : r) s += (x - mu) * (x - mu);
        return Math.sqrt(s / r.length);
    }

    static double sharpe(double[] r, int bpy) {
        if (r.length < 2) return 0;
        double mu = mean(r);
        double sigma = stdev(r, mu);
        return sigma == 0 ? 0 : mu / sigma * Math.sqrt(bpy);
    }

    /** Downside deviation over all n returns; no negative return → 100 if μ > 0 else 0. */
    static double sortino(double[] r, int bpy) {
        if (r.length < 2) return 0;
        double mu = mean(r);
        double down = 0;
        boolean anyNegative = false;
        for (double x : r) {
            if (x < 0) { anyNegative = true; down += x * x; }
        }
        if (!anyNegative) return mu > 0 ? 100 : 0;
        double dd = Math.sqrt(down / r.length);
        return dd == 0 ? 0 : mu / dd * Math.sqrt(bpy);
    }

    /** {@code (F/I)^(1/years) − 1} with {@code years = T/BPY}. */
    static double cagr(double initial, double fin, int t, int bpy) {
        if (initial <= 0 || t <= 0) return 0;
        if (fin <= 0) return -1;
        double years = (double) t / bpy;
        double g = StrictMath.pow(fin / initial, 1 / years) - 1;
        return Double.isFinite(g) ? g : 0;
    }

    /** Σ gains / |Σ losses| at threshold 0; no losses → 100 if any gain else 0. */
    static double omega(double[] r) {
        if (r.length < 2) return 0;
        double gains = 0, lossSum = 0;
        for (double x : r) {
            if (x > 0) gains += x;
            else if (x < 0) lossSum += x;
        }
        if (lossSum == 0) return gains > 0 ? 100 : 0;
        return gains / Math.abs(lossSum);
    }

    /** The drawdown walk over all points, starting with {@code peak = E_0}. */
    record Drawdown(double maxAbs, double maxPct, int maxDuration, double ulcer) {
        static Drawdown of(double[] e) {
            if (e.length == 0) return new Drawdown(0, 0, 0, 0);
            double peak = e[0], maxAbs = 0, maxPct = 0, sumSq = 0;
            int start = -1, maxDuration = 0;
            for (int i = 0; i < e.length; i++) {
                if (e[i] > peak) {
                    peak = e[i];
                    start = -1; // a strictly new peak ends the run
                    continue;   // d_t = 0
                }
                if (peak <= 0) {
                    throw new IllegalArgumentException(
                            "drawdown undefined: equity peak " + peak + " ≤ 0 at point " + i);
                }
                double abs = peak - e[i];
                double pct = abs / peak;
                maxAbs = Math.max(maxAbs, abs);
                maxPct = Math.max(maxPct, pct);
                sumSq += (pct * 100) * (pct * 100);
                if (start < 0) start = i; // E ≤ peak: equality counts
                maxDuration = Math.max(maxDuration, i - start + 1);
            }
            return new Drawdown(maxAbs, maxPct, maxDuration, Math.sqrt(sumSq / e.length));
        }
    }

    /** Tail statistics of the returns; all 0 with fewer than 10 returns. */
    record Tail(double skewness, double kurtosis, double var95, double cvar95) {
        static Tail of(double[] r) {
            int n = r.length;
            if (n < 10) return new Tail(0, 0, 0, 0);
            double mu = mean(r);
            double m2 = 0, m3 = 0, m4 = 0;
            for (double x : r) {
                double d = x - mu;
                m2 += d * d;
                m3 += d * d * d;
                m4 += d * d * d * d;
            }
            m2 /= n; m3 /= n; m4 /= n;
            double sigma = Math.sqrt(m2);
            double skew = sigma == 0 ? 0 : m3 / (sigma * sigma * sigma);
            double kurt = sigma == 0 ? 0 : m4 / (sigma * sigma * sigma * sigma);
            double[] sorted = r.clone();
            Arrays.sort(sorted);
            int k = Math.max(1, (int) Math.floor(0.05 * n));
            double tailSum = 0;
            for (int i = 0; i < k; i++) tailSum += sorted[i];
            return new Tail(skew, kurt, Math.abs(sorted[k - 1]) * 100, Math.abs(tailSum / k) * 100);
        }
    }
}
