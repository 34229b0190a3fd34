package trade.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import trade.core.Candles;
import trade.engine.EquityCurve;
import trade.engine.RunResult;
import trade.engine.TradeRecord;

/**
 * {@code report.html}: one self-contained page per run that opens from disk anywhere, so it holds
 * no link, script or font from elsewhere — styles are inline and the charts are inline SVG.
 * It shows the price (exec-timeframe closes) with every entry and exit, the equity curve, the
 * drawdown below the running peak, the metrics and the trade list. Pure string building.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /**
     * What the page is about besides the run itself.
     *
     * @param execCandles the exec-timeframe candles the run stepped through (for the price chart)
     * @param dataSource  where the 1m candles came from, in words
     */
    public record Context(Candles execCandles, String dataSource) {}

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2329;background:#fff}
            h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 6px}
            .sub{color:#5b6670;margin-bottom:12px}
            .chart{width:100%;max-width:960px;display:block;border:1px solid #e3e7ea;border-radius:4px}
            .grid{stroke:#eef1f3}.axis{font-size:11px;fill:#6b7781}
            .price{fill:none;stroke:#44515c;stroke-width:1}.equity{fill:none;stroke:#1f6feb;stroke-width:1.4}
            .drawdown{fill:#f2b8b5;stroke:#c9372c;stroke-width:.8}
            .entry-long{fill:#1a7f37}.entry-short{fill:#c9372c}.exit-win{fill:#1a7f37}.exit-loss{fill:#c9372c}.exit-flat{fill:#6b7781}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums}
            td,th{padding:3px 10px;border-bottom:1px solid #eef1f3;text-align:right;white-space:nowrap}
            th{background:#f6f8fa;position:sticky;top:0}td:first-child,th:first-child{text-align:left}
            .metrics td:first-child{color:#5b6670}.win{color:#1a7f37}.loss{color:#c9372c}
            .trades{max-height:480px;overflow:auto;display:inline-block;border:1px solid #e3e7ea}
            code{font-size:12px}
            .wick{fill:none;stroke-width:1}.wick.up{stroke:#1a7f37}.wick.down{stroke:#c9372c}
            .body.up{fill:#1a7f37}.body.down{fill:#c9372c}.volume{fill:#9aa6b2}
            """;

    /** The whole page for a finished run. */
    public static String render(RunResult run, Metrics m, RunHashes hashes, Context context) {
        StringBuilder html = page(run.playId() + " · " + run.symbol() + " " + run.execTimeframe().label(),
                ArtifactTables.isoSeconds(run.windowStartMs()) + " .. " + ArtifactTables.isoSeconds(run.windowEndMs())
                        + " UTC · " + context.dataSource() + " · run " + RunHashes.short12(hashes.input())
                        + (run.stopReason() == null ? "" : " · stopped: " + run.stopReason()));
        html.append("<h2>Price and trades</h2>\n").append(priceChart(context.execCandles(), run.trades()));
        html.append("<h2>Equity</h2>\n").append(equityChart(run.equity(), run.initialEquity()));
        html.append("<h2>Drawdown</h2>\n").append(drawdownChart(run.equity(), run.initialEquity()));
        html.append("<h2>Metrics</h2>\n").append(metricsTable(m, hashes));
        html.append("<h2>Trades (").append(run.trades().size()).append(")</h2>\n").append(tradeTable(run.trades()));
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * A page showing a market on its own (for {@code play forge plot}): candles of {@code bars}
     * and their volume, under a title and a line of context. Same style and rules as the run report.
     */
    public static String marketPage(String title, String subtitle, Candles bars) {
        StringBuilder html = page(title, subtitle);
        int n = bars.size();
        if (n == 0) return html.append("<p>No complete bars.</p>\n</body>\n</html>\n").toString();
        long[] t = new long[n];
        double[] volume = new double[n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, topVolume = 0;
        for (int i = 0; i < n; i++) {
            t[i] = bars.openTime(i);
            volume[i] = bars.volume(i);
            lo = Math.min(lo, bars.low(i));
            hi = Math.max(hi, bars.high(i));
            topVolume = Math.max(topVolume, volume[i]);
        }
        long end = bars.closeTime(n - 1);
        html.append("<h2>Price (").append(bars.timeframe().label()).append(" candles)</h2>\n")
                .append(new SvgChart(360, t[0], end, lo, hi).candles(bars, "up", "down")
                        .render(bars.timeframe().label() + " candles", HtmlReport::number));
        html.append("<h2>Volume</h2>\n")
                .append(new SvgChart(140, t[0], end, 0, topVolume).columns(t, volume, bars.timeframe().millis(), "volume")
                        .render("volume per " + bars.timeframe().label() + " bar", v -> String.format(Locale.ROOT, "%.3g", v)));
        return html.append("</body>\n</html>\n").toString();
    }

    /** The page's head with the style, its title as heading and the line under it; the caller closes body and html. */
    private static StringBuilder page(String title, String subtitle) {
        return new StringBuilder(64 * 1024)
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n<div class=\"sub\">").append(escape(subtitle)).append("</div>\n");
    }

    private static String priceChart(Candles bars, List<TradeRecord> trades) {
        int n = bars.size();
        if (n == 0) return "<p>No exec bars.</p>\n";
        long[] t = new long[n];
        double[] close = new double[n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            t[i] = bars.closeTime(i);
            close[i] = bars.close(i);
            lo = Math.min(lo, close[i]);
            hi = Math.max(hi, close[i]);
        }
        for (TradeRecord k : trades) {
            lo = Math.min(lo, Math.min(k.entryPrice(), k.exitPrice()));
            hi = Math.max(hi, Math.max(k.entryPrice(), k.exitPrice()));
        }
        SvgChart chart = new SvgChart(320, t[0], t[n - 1], lo, hi).line(t, close, "price");
        for (TradeRecord k : trades) {
            boolean isLong = k.side().sign() > 0;
            chart.marker(k.entryTimeMs(), k.entryPrice(), isLong ? SvgChart.Shape.UP : SvgChart.Shape.DOWN, isLong ? "entry-long" : "entry-short",
                    k.tradeId() + " " + k.side().label() + " entry " + number(k.entryPrice()) + " at " + ArtifactTables.isoSeconds(k.entryTimeMs()));
            chart.marker(k.exitTimeMs(), k.exitPrice(), SvgChart.Shape.DOT, k.netPnl() > 0 ? "exit-win" : k.netPnl() < 0 ? "exit-loss" : "exit-flat",
                    k.tradeId() + " exit (" + k.exitReason() + ") " + number(k.exitPrice()) + " at " + ArtifactTables.isoSeconds(k.exitTimeMs())
                            + ", net " + number(k.netPnl()) + " USDT");
        }
        return chart.render("exec-timeframe closes with entries and exits", HtmlReport::number);
    }

    private static String equityChart(EquityCurve curve, double initial) {
        if (curve.size() == 0) return "<p>The run never became tradable: no equity points.</p>\n";
        double lo = initial, hi = initial;
        for (double e : curve.equity()) {
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        return new SvgChart(240, curve.timeMs()[0], curve.timeMs()[curve.size() - 1], lo, hi)
                .line(curve.timeMs(), curve.equity(), "equity")
                .render("equity in USDT", HtmlReport::number);
    }

    /** Percent below the running peak (the peak starting at the initial equity), as negative numbers. */
    private static String drawdownChart(EquityCurve curve, double initial) {
        if (curve.size() == 0) return "";
        double[] dd = new double[curve.size()];
        double peak = initial, worst = 0;
        for (int i = 0; i < dd.length; i++) {
            double e = curve.equity()[i];
            peak = Math.max(peak, e);
            dd[i] = peak > 0 ? (e - peak) / peak * 100 : 0;
            worst = Math.min(worst, dd[i]);
        }
        return new SvgChart(160, curve.timeMs()[0], curve.timeMs()[dd.length - 1], worst, 0)
                .area(curve.timeMs(), dd, 0, "drawdown")
                .render("drawdown in percent below the peak", v -> String.format(Locale.ROOT, "%.2f %%", v));
    }

    private static String metricsTable(Metrics m, RunHashes h) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Initial equity (USDT)", number(m.initialEquity())));
        rows.add(row("Final equity (USDT)", number(m.finalEquity())));
        rows.add(row("Net PnL (USDT)", number(m.netProfit())));
        rows.add(row("Net return", number(m.netReturnPct()) + " %"));
        rows.add(row("Trades", m.totalTrades() + " (" + m.longTrades() + " long, " + m.shortTrades() + " short)"));
        rows.add(row("Win rate", number(m.winRate()) + " %"));
        rows.add(row("Profit factor", number(m.profitFactor())));
        rows.add(row("Expectancy (USDT)", number(m.expectancyUsdt())));
        rows.add(row("Average win / loss (USDT)", number(m.avgWinUsdt()) + " / " + number(m.avgLossUsdt())));
        rows.add(row("Largest win / loss (USDT)", number(m.largestWinUsdt()) + " / " + number(m.largestLossUsdt())));
        rows.add(row("Payoff ratio", number(m.payoffRatio())));
        rows.add(row("Max drawdown", number(m.maxDrawdownPct()) + " % (" + number(m.maxDrawdownAbs()) + " USDT)"));
        rows.add(row("Max drawdown duration (bars)", Integer.toString(m.maxDrawdownDurationBars())));
        rows.add(row("Sharpe", number(m.sharpe())));
        rows.add(row("Sortino", number(m.sortino())));
        rows.add(row("Calmar", number(m.calmar())));
        rows.add(row("Recovery factor", number(m.recoveryFactor())));
        rows.add(row("Ulcer index", number(m.ulcerIndex())));
        rows.add(row("Time in market", number(m.timeInMarketPct()) + " %"));
        rows.add(row("Average trade duration (bars)", number(m.avgTradeDurationBars())));
        rows.add(row("Fees (USDT)", number(m.totalFees())));
        rows.add(row("Net funding (USDT)", number(m.netFundingUsdt())));
        rows.add(row("Long / short PnL (USDT)", number(m.longPnl()) + " / " + number(m.shortPnl())));
        rows.add(row("Play hash", h.play()));
        rows.add(row("Trades hash", h.trades()));
        rows.add(row("Equity hash", h.equity()));
        rows.add(row("Run hash", h.run()));
        StringBuilder out = new StringBuilder("<table class=\"metrics\">\n");
        for (String[] r : rows) {
            out.append("<tr><td>").append(escape(r[0])).append("</td><td>")
                    .append(r[1].length() == 64 ? "<code>" + r[1] + "</code>" : escape(r[1])).append("</td></tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    private static String tradeTable(List<TradeRecord> trades) {
        if (trades.isEmpty()) return "<p>No trades.</p>\n";
        StringBuilder out = new StringBuilder(trades.size() * 260 + 512);
        out.append("<div class=\"trades\"><table class=\"trade-list\">\n<tr><th>trade</th><th>side</th><th>entry time</th><th>entry</th>"
                + "<th>exit time</th><th>exit</th><th>reason</th><th>size (USDT)</th><th>fees</th><th>net PnL</th><th>PnL %</th><th>bars</th></tr>\n");
        for (TradeRecord k : trades) {
            String cls = k.netPnl() > 0 ? "win" : k.netPnl() < 0 ? "loss" : "";
            out.append("<tr class=\"trade\"><td>").append(escape(k.tradeId())).append("</td><td>").append(k.side().label())
                    .append("</td><td>").append(ArtifactTables.isoSeconds(k.entryTimeMs())).append("</td><td>").append(number(k.entryPrice()))
                    .append("</td><td>").append(ArtifactTables.isoSeconds(k.exitTimeMs())).append("</td><td>").append(number(k.exitPrice()))
                    .append("</td><td>").append(escape(k.exitReason())).append("</td><td>").append(number(k.entrySizeUsdt()))
                    .append("</td><td>").append(number(k.feesPaid())).append("</td><td class=\"").append(cls).append("\">").append(number(k.netPnl()))
                    .append("</td><td class=\"").append(cls).append("\">").append(number(k.pnlPct()))
                    .append("</td><td>").append(k.durationBars()).append("</td></tr>\n");
        }
        return out.append("</table></div>\n").toString();
    }

    private static String[] row(String label, String value) { return new String[] {label, value}; }

    /** Two decimals, thousands unseparated (so the page's numbers match result.json's). */
    static String number(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    /** Text made safe inside HTML elements and attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
