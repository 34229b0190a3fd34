package trade.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import trade.core.PlayException;
import trade.core.Timeframe;
import trade.data.ParquetTables;
import trade.report.CanonicalJson;

/**
 * Gate G11: every metric a run's {@code result.json} reports equals the same metric recomputed
 * here from the run's {@code trades.parquet} and {@code equity.parquet}, written from the formulas
 * of results-and-hashes.md §3/§4 and our decisions (docs/differences.md: no duplicated final
 * equity point, a trade's net PnL includes funding, funding and MAE/MFE filled in). Nothing of
 * {@code trade.report.Metrics} is used, so the two implementations check each other.
 *
 * <p>Tolerance: {@code result.json} rounds to 2 or 4 places, and the recomputation is not rounded,
 * so a value passes within half a unit of its written last place ({@value #CENTS} or
 * {@value #BASIS}) plus 1e-9 relative for summation order; counts and placeholders must be equal.
 * {@code mae_avg_pct}/{@code mfe_avg_pct} get one unit ({@value #MAE_MFE}) since the per-trade
 * percents in {@code trades.parquet} are themselves rounded to 4 places.
 *
 * <p>Inputs taken from {@code result.json} because the files do not hold them: {@code initial_equity},
 * {@code tf_exec} (bars per year), {@code bars_in_position} (an engine counter; only its share
 * {@code time_in_market_pct} and its range are checked) and {@code entry_rejections} (refused entries
 * leave no trade; {@code entry_attempts} and the rejection rate are checked against them).
 * A key of {@code result.json} that is neither recomputed nor listed as not being a metric is a
 * failure, so a metric added later cannot go unaudited.
 */
public final class MetricsAudit implements Audit {
    static final double CENTS = 0.005;
    static final double BASIS = 0.00005;
    static final double MAE_MFE = 0.0001;
    private static final double RELATIVE = 1e-9;

    /** Keys of {@code result.json} that identify, time or locate the run, or feed the metrics; none is a metric. */
    public static final Set<String> NOT_METRICS = Set.of("play_id", "symbol", "tf_exec", "run_id", "window_start", "window_end",
            "leverage", "initial_equity", "artifact_path", "run_duration_seconds", "play_hash", "pipeline_version",
            "resolved_play_path", "trades_hash", "equity_hash", "run_hash", "stopped_early", "stop_reason",
            "exchange_metrics", "bars_in_position", "entry_rejections", "venue");

    /** Backtests a Play and returns the run folder it wrote (the CLI wires its composition root in). */
    @FunctionalInterface
    public interface Backtest {
        Path runFolder(Path play);
    }

    /** A recomputed value and how far the written one may be from it. */
    record Expected(double value, double tolerance) {}

    private final Backtest backtest;

    public MetricsAudit(Backtest backtest) { this.backtest = backtest; }

    @Override public String name() { return "metrics"; }

    @Override public String description() {
        return "every metric of result.json recomputed independently from trades.parquet and equity.parquet";
    }

    @Override
    public AuditResult run(AuditScope scope) {
        long start = System.nanoTime();
        List<AuditResult> results = WorkerThreads.map(scope.threads(), scope.plays(), play -> check(backtest.runFolder(play)));
        long checked = 0;
        List<String> failures = new ArrayList<>();
        for (AuditResult r : results) {
            checked += r.checked();
            failures.addAll(r.failures());
        }
        return new AuditResult(name(), checked, failures, (System.nanoTime() - start) / 1e9);
    }

    /** Checks one run folder; failures start with the run's play id and name the metric and both values. */
    public static AuditResult check(Path runFolder) {
        long start = System.nanoTime();
        Map<String, Object> result = resultJson(runFolder);
        List<Map<String, Object>> trades = ParquetTables.read(runFolder.resolve("trades.parquet")).rows();
        List<Map<String, Object>> equity = ParquetTables.read(runFolder.resolve("equity.parquet")).rows();
        String who = String.valueOf(result.get("play_id")) + " (" + runFolder.getFileName() + ")";
        List<String> failures = new ArrayList<>();
        Map<String, Expected> expected = recompute(result, trades, equity, failures);
        long checked = 0;
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            String key = e.getKey();
            Expected want = e.getValue();
            checked++;
            if (!(result.get(key) instanceof Number got)) {
                failures.add("result.json " + (result.containsKey(key) ? "has no number for " : "lacks ") + key);
                continue;
            }
            double slack = want.tolerance() == 0 ? 0 : want.tolerance() + RELATIVE * Math.max(1, Math.abs(want.value()));
            if (!(Math.abs(got.doubleValue() - want.value()) <= slack)) {
                failures.add(key + " is " + got + " in result.json, recomputed " + want.value() + " from the trades and equity"
                        + (slack == 0 ? "" : " (tolerance " + want.tolerance() + ")"));
            }
        }
        for (String key : result.keySet()) {
            if (!expected.containsKey(key) && !NOT_METRICS.contains(key)) {
                failures.add("result.json reports " + key + ", which the metrics audit does not recompute");
            }
        }
        failures.replaceAll(f -> who + ": " + f);
        return new AuditResult("metrics", checked, failures, (System.nanoTime() - start) / 1e9);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resultJson(Path runFolder) {
        Path file = runFolder.resolve("result.json");
        try {
            if (CanonicalJson.parse(Files.readString(file)) instanceof Map<?, ?> m) return (Map<String, Object>) m;
            throw new PlayException.BadInput(file + " is not a JSON object");
        } catch (IOException | IllegalArgumentException e) {
            throw new PlayException.BadInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The spec's formulas over the equity points {@code E_0 … E_{T−1}} (file order) and the trades
     * (closing order). Inputs missing from {@code result.json} or out of range are added to
     * {@code problems}.
     */
    static Map<String, Expected> recompute(Map<String, Object> result, List<Map<String, Object>> trades,
                                           List<Map<String, Object>> equity, List<String> problems) {
        Map<String, Expected> m = new LinkedHashMap<>();
        double initial = input(result, "initial_equity", problems);
        Timeframe tf = Timeframe.parse(String.valueOf(result.get("tf_exec"))).orElse(null);
        if (tf == null) problems.add("result.json tf_exec '" + result.get("tf_exec") + "' is not a timeframe");
        double barsPerYear = tf == null ? Double.NaN : 365.0 * 24 * 60 / tf.minutes();

        double[] e = new double[equity.size()];
        for (int i = 0; i < e.length; i++) e[i] = ((Number) equity.get(i).get("equity")).doubleValue();
        int t = e.length;
        double fin = t == 0 ? initial : e[t - 1];
        double netProfit = t == 0 ? 0 : fin - initial;
        double netReturnPct = t == 0 || initial <= 0 ? 0 : netProfit / initial * 100;
        m.put("net_pnl_usdt", cents(netProfit));
        m.put("net_return_pct", cents(netReturnPct));
        m.put("benchmark_return_pct", exact(0));
        m.put("alpha_pct", cents(netReturnPct));
        m.put("total_bars", exact(t));

        // Drawdown walk from peak = E_0; abs and pct maxima kept apart; equality extends a run.
        double peak = t == 0 ? 0 : e[0], maxAbs = 0, maxPct = 0, squares = 0;
        int runStart = -1, maxRun = 0;
        for (int i = 0; i < t; i++) {
            if (e[i] > peak) {
                peak = e[i];
                runStart = -1;
                continue;
            }
            if (peak <= 0) {
                problems.add("equity peak " + peak + " ≤ 0 at point " + i + ": drawdown is undefined");
                break;
            }
            maxAbs = Math.max(maxAbs, peak - e[i]);
            double pct = (peak - e[i]) / peak;
            maxPct = Math.max(maxPct, pct);
            squares += pct * 100 * pct * 100;
            if (runStart < 0) runStart = i;
            maxRun = Math.max(maxRun, i - runStart + 1);
        }
        m.put("max_drawdown_usdt", cents(maxAbs));
        m.put("max_drawdown_pct", basis(maxPct));
        m.put("max_drawdown_duration_bars", exact(maxRun));
        m.put("ulcer_index", basis(t == 0 ? 0 : Math.sqrt(squares / t)));

        double[] r = new double[Math.max(0, t - 1)];
        int n = 0;
        for (int i = 1; i < t; i++) if (e[i - 1] > 0) r[n++] = e[i] / e[i - 1] - 1;
        r = Arrays.copyOf(r, n);
        double mean = 0;
        for (double x : r) mean += x;
        mean = n == 0 ? 0 : mean / n;
        double variance = 0, downside = 0, gains = 0, lossSum = 0, m3 = 0, m4 = 0;
        boolean anyNegative = false;
        for (double x : r) {
            double d = x - mean;
            variance += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
            if (x < 0) { anyNegative = true; downside += x * x; lossSum += x; }
            if (x > 0) gains += x;
        }
        double sigma = n == 0 ? 0 : Math.sqrt(variance / n);
        double root = Math.sqrt(barsPerYear);
        m.put("sharpe", cents(n < 2 || sigma == 0 ? 0 : mean / sigma * root));
        double downDev = n == 0 ? 0 : Math.sqrt(downside / n);
        m.put("sortino", cents(n < 2 ? 0 : !anyNegative ? (mean > 0 ? 100 : 0) : downDev == 0 ? 0 : mean / downDev * root));
        m.put("omega_ratio", cents(n < 2 ? 0 : lossSum == 0 ? (gains > 0 ? 100 : 0) : gains / -lossSum));
        boolean tails = n >= 10;
        m.put("skewness", basis(!tails || sigma == 0 ? 0 : m3 / n / Math.pow(sigma, 3)));
        m.put("kurtosis", basis(!tails || sigma == 0 ? 0 : m4 / n / Math.pow(sigma, 4)));
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        int k = Math.max(1, (int) Math.floor(0.05 * n));
        double worst = 0;
        for (int i = 0; i < Math.min(k, n); i++) worst += sorted[i];
        m.put("var_95_pct", basis(tails ? Math.abs(sorted[k - 1]) * 100 : 0));
        m.put("cvar_95_pct", basis(tails ? Math.abs(worst / k) * 100 : 0));

        double cagr;
        if (initial <= 0 || t == 0) cagr = 0;
        else if (fin <= 0) cagr = -1;
        else {
            double g = Math.pow(fin / initial, barsPerYear / t) - 1;
            cagr = Double.isFinite(g) ? g : 0;
        }
        m.put("calmar", cents(maxPct == 0 ? (cagr > 0 ? 100 : 0) : cagr == 0 ? 0 : cagr / maxPct));

        double barsInPosition = input(result, "bars_in_position", problems);
        if (barsInPosition < 0 || barsInPosition > t) problems.add("bars_in_position " + barsInPosition + " is outside 0.." + t + " equity points");
        m.put("time_in_market_pct", cents(t == 0 ? 0 : barsInPosition / t * 100));

        tradeMetrics(trades, netProfit, maxAbs, input(result, "entry_rejections", problems), m);

        m.put("avg_leverage_used", exact(0));
        m.put("max_gross_exposure_pct", exact(0));
        m.put("margin_calls", exact(0));
        m.put("min_margin_ratio", exact(1.0));
        m.put("closest_liquidation_pct", exact(100.0));
        return m;
    }

    /** The trade metrics; a trade's net PnL is its {@code net_pnl} (realized − fees + funding). */
    private static void tradeMetrics(List<Map<String, Object>> trades, double netProfit, double maxDrawdownAbs, double rejections,
                                     Map<String, Expected> m) {
        int n = trades.size(), wins = 0, losses = 0, longs = 0, shorts = 0, longWins = 0, shortWins = 0;
        int streak = 0, winStreak = 0, lossStreak = 0;
        double grossProfit = 0, grossLoss = 0, sumNet = 0, fees = 0, largestWin = 0, largestLoss = 0;
        double longPnl = 0, shortPnl = 0, paid = 0, received = 0, mae = 0, mfe = 0, bars = 0;
        Set<Object> entryTimes = new HashSet<>();
        for (Map<String, Object> k : trades) {
            double net = num(k, "net_pnl"), funding = num(k, "funding_pnl");
            boolean isLong = "long".equals(k.get("side"));
            sumNet += net;
            fees += num(k, "fees_paid");
            bars += num(k, "exit_bar_index") - num(k, "entry_bar_index");
            mae += num(k, "mae_pct");
            mfe += num(k, "mfe_pct");
            entryTimes.add(k.get("entry_time"));
            if (funding < 0) paid -= funding; else received += funding;
            if (isLong) { longs++; longPnl += net; } else { shorts++; shortPnl += net; }
            if (net > 0) {
                wins++;
                grossProfit += net;
                largestWin = Math.max(largestWin, net);
                if (isLong) longWins++; else shortWins++;
                streak = streak > 0 ? streak + 1 : 1;
            } else if (net < 0) {
                losses++;
                grossLoss -= net;
                largestLoss = Math.max(largestLoss, -net);
                streak = streak < 0 ? streak - 1 : -1;
            } else {
                streak = 0;
            }
            winStreak = Math.max(winStreak, streak);
            lossStreak = Math.max(lossStreak, -streak);
        }
        double avgWin = wins == 0 ? 0 : grossProfit / wins, avgLoss = losses == 0 ? 0 : grossLoss / losses;
        m.put("trades_count", exact(n));
        m.put("winning_trades", exact(wins));
        m.put("losing_trades", exact(losses));
        m.put("win_rate", basis(n == 0 ? 0 : (double) wins / n));
        m.put("gross_profit_usdt", cents(grossProfit));
        m.put("gross_loss_usdt", cents(-grossLoss));
        m.put("profit_factor", cents(grossLoss > 0 ? grossProfit / grossLoss : grossProfit > 0 ? 100 : 0));
        m.put("avg_win_usdt", cents(avgWin));
        m.put("avg_loss_usdt", cents(avgLoss));
        m.put("largest_win_usdt", cents(largestWin));
        m.put("largest_loss_usdt", cents(largestLoss));
        m.put("avg_trade_duration_bars", cents(n == 0 ? 0 : bars / n));
        m.put("expectancy_usdt", cents(n == 0 ? 0 : sumNet / n));
        m.put("payoff_ratio", cents(avgLoss == 0 ? 0 : avgWin / avgLoss));
        m.put("recovery_factor", cents(maxDrawdownAbs == 0 ? 0 : netProfit / maxDrawdownAbs));
        m.put("max_consecutive_wins", exact(winStreak));
        m.put("max_consecutive_losses", exact(lossStreak));
        m.put("total_fees_usdt", cents(fees));
        m.put("long_trades", exact(longs));
        m.put("short_trades", exact(shorts));
        m.put("long_pnl", cents(longPnl));
        m.put("short_pnl", cents(shortPnl));
        m.put("long_win_rate", cents(longs == 0 ? 0 : 100.0 * longWins / longs));
        m.put("short_win_rate", cents(shorts == 0 ? 0 : 100.0 * shortWins / shorts));
        m.put("mae_avg_pct", new Expected(n == 0 ? 0 : mae / n, MAE_MFE));
        m.put("mfe_avg_pct", new Expected(n == 0 ? 0 : mfe / n, MAE_MFE));
        m.put("total_funding_paid_usdt", cents(paid));
        m.put("total_funding_received_usdt", cents(received));
        m.put("net_funding_usdt", cents(received - paid));
        // partial exits share their position's entry time, so positions opened = distinct entry times
        double attempts = entryTimes.size() + rejections;
        m.put("entry_attempts", exact(attempts));
        m.put("entry_rejection_rate", basis(attempts == 0 ? 0 : rejections / attempts));
    }

    private static Expected exact(double v) { return new Expected(v, 0); }

    private static Expected cents(double v) { return new Expected(v, CENTS); }

    private static Expected basis(double v) { return new Expected(v, BASIS); }

    private static double num(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number x ? x.doubleValue() : Double.NaN;
    }

    private static double input(Map<String, Object> result, String key, List<String> problems) {
        if (result.get(key) instanceof Number x) return x.doubleValue();
        problems.add("result.json has no number for " + key + ", which the metrics are computed from");
        return Double.NaN;
    }
}
