package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.RunResult;

class HtmlReportTest {
    private static final RunResult RUN = RunFixtures.workedRun();
    private static final Metrics METRICS = Metrics.of(RUN);
    private static final RunHashes HASHES = RunHashes.of(RunHashes.sha256Hex("p"), RunHashes.sha256Hex("i"), RUN.trades(), RUN.equity());

    private static Candles hourly(int n) {
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = RunFixtures.T0 + i * RunFixtures.HOUR;
            o[i] = 100 + Math.sin(i / 50.0);
            c[i] = o[i] + 0.1;
            h[i] = c[i] + 0.2;
            l[i] = o[i] - 0.2;
            v[i] = 1;
        }
        return new Candles(Timeframe.H1, t, o, h, l, c, v);
    }

    private static String render(Candles bars) {
        return HtmlReport.render(RUN, METRICS, HASHES, new HtmlReport.Context(bars, "synthetic <test>"));
    }

    @Test
    void showsTheMetricsAndOneRowPerTrade() {
        String html = render(hourly(10));
        assertTrue(html.contains("<td>Net PnL (USDT)</td><td>" + HtmlReport.number(METRICS.netProfit()) + "</td>"), "net PnL row");
        assertTrue(html.contains("<td>Win rate</td><td>40.00 %</td>"), "win rate row");
        assertTrue(html.contains("<td>Sharpe</td><td>" + HtmlReport.number(METRICS.sharpe()) + "</td>"), "sharpe row");
        assertTrue(html.contains("<code>" + HASHES.trades() + "</code>"), "trades hash");
        assertEquals(RUN.trades().size(), count(html, "<tr class=\"trade\">"));
        for (var t : RUN.trades()) assertTrue(html.contains("<td>" + t.tradeId() + "</td>"), t.tradeId());
        // one entry and one exit marker per trade on the price chart
        assertEquals(2 * RUN.trades().size(), count(html, "<title>trade_"));
    }

    @Test
    void isSelfContainedAndEscaped() {
        String html = render(hourly(10));
        assertFalse(html.contains("http://") || html.contains("https://"), "no URL of any kind");
        assertFalse(Pattern.compile("<(script|link|img|iframe)\\b").matcher(html).find(), "nothing loaded from elsewhere");
        assertTrue(html.contains("synthetic &lt;test&gt;") && !html.contains("<test>"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
    }

    @Test
    void longSeriesAreThinnedForTheChart() {
        String html = render(hourly(200_000));
        Matcher price = Pattern.compile("<polyline class=\"price\" points=\"([^\"]*)\"").matcher(html);
        assertTrue(price.find());
        int points = price.group(1).trim().split(" ").length;
        assertTrue(points <= SvgChart.MAX_POINTS && points > SvgChart.MAX_POINTS / 2, points + " points");
        assertTrue(html.length() < 400_000, html.length() + " characters");
    }

    @Test
    void aRunWithoutTradesOrEquitySaysSo() {
        RunResult empty = RunFixtures.run(Timeframe.H1, 1000, List.of(), RunFixtures.curve(), 0);
        String html = HtmlReport.render(empty, Metrics.of(empty), RunHashes.of("p", "i", List.of(), empty.equity()),
                new HtmlReport.Context(hourly(0), "file x.csv"));
        assertTrue(html.contains("No trades.") && html.contains("no equity points"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
