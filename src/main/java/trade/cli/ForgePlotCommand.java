package trade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Timeframe;
import trade.data.AtomicFile;
import trade.engine.timeframe.CandleRollup;
import trade.synth.SyntheticMarket;
import trade.report.ArtifactTables;
import trade.report.HtmlReport;

/**
 * {@code play forge plot}: a self-contained HTML page (inline SVG, no network) with a pattern's
 * candles and volume, its 1m candles rolled up to the smallest timeframe that gives at most
 * {@link #MAX_BARS} bars.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Write an HTML chart (candles and volume) of a synthetic pattern.")
final class ForgePlotCommand implements Callable<Integer> {
    /** At most this many candles are drawn: about three pixels each on the 960 px chart. */
    static final int MAX_BARS = 400;
    /** Without --bars: a week of 1m candles. */
    static final int DEFAULT_MINUTES = 7 * 1440;

    @CommandLine.Mixin
    ForgeCommand.MarketOptions market;

    @Option(names = "--out", paramLabel = "FILE.html", description = "Output page (default forge/plots/PATTERN_seedS.html); replaced if present")
    Path out;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        try {
            String pattern = market.pattern();
            long seed = market.seed();
            Path file = out != null ? out : Path.of("forge", "plots", pattern + "_seed" + seed + ".html");
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
                throw new PlayException.BadInput("cannot tell how to write " + file + ": plot writes an .html page");
            }
            int minutes = market.minutes(DEFAULT_MINUTES / market.timeframe().minutes());
            Candles m1 = market.generate(minutes);
            Timeframe shown = chartTimeframe(minutes);
            Candles bars = CandleRollup.rollUp(m1, shown).candles();
            String subtitle = SyntheticMarket.describe(pattern) + " · seed " + seed + " · " + market.symbol() + " · "
                    + String.format(Locale.ROOT, "%,d", minutes) + " 1m candles from " + ArtifactTables.isoSeconds(m1.openTime(0)).replace('T', ' ')
                    + " UTC, shown as " + bars.size() + " " + shown.label() + " candles";
            String html = HtmlReport.marketPage(pattern + " · " + SyntheticMarket.family(pattern), subtitle, bars);
            AtomicFile.write(file, part -> Files.writeString(part, html));

            Map<String, Object> s = new LinkedHashMap<>();
            s.put("path", file.toAbsolutePath().toString());
            s.put("pattern", pattern);
            s.put("seed", seed);
            s.put("symbol", market.symbol());
            s.put("candles_1m", minutes);
            s.put("chart_timeframe", shown.label());
            s.put("chart_bars", bars.size());
            if (output.json) {
                output.printJson(OutputOptions.envelope("ok", "wrote plot", s));
            } else {
                output.out().printf("wrote %s: %s, seed %d, %,d 1m candles as %d %s candles%n", s.get("path"), pattern, seed, minutes, bars.size(), shown.label());
                output.out().flush();
            }
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    /** The smallest timeframe with at most {@link #MAX_BARS} bars over {@code minutes}; D for longer spans. */
    static Timeframe chartTimeframe(int minutes) {
        for (Timeframe tf : Timeframe.values()) {
            if (minutes / tf.minutes() <= MAX_BARS) return tf;
        }
        return Timeframe.D1;
    }
}
