package trade.cli;

import trade.app.*;
import java.io.PrintWriter;
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
import trade.data.CandleFile;
import trade.synth.PlayMarket;
import trade.synth.SyntheticMarket;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.report.ArtifactTables;
import trade.report.RunHashes;

/**
 * {@code play forge generate}: a pattern's seeded 1m candles written to a CSV or Parquet file that
 * {@code play backtest --candles} reads back into the same candles. With {@code --play}, the
 * market is exactly the one {@code play backtest --synthetic} runs that Play on.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a pattern's synthetic 1m candles (ts_ms,open,high,low,close,volume) to a .csv or .parquet file.")
final class ForgeGenerateCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ForgeCommand.MarketOptions market;

    @Option(names = "--play", paramLabel = "PLAY",
            description = "Take pattern, symbol and bar count from this Play as play backtest --synthetic does (--bars then counts its slowest timeframe)")
    String play;

    @Option(names = "--plays", description = "Folder searched for Play ids (default ${DEFAULT-VALUE})", defaultValue = "plays")
    Path playsDir;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file: .csv or .parquet")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists")
    boolean force;

    @CommandLine.Mixin
    OutputOptions output;

    /** The candles and what they are, for the summary. */
    private record Market(Candles candles, String pattern, String symbol, int bars, String timeframe, String playId) {}

    @Override
    public Integer call() {
        try {
            CandleFile.Format format = CandleFile.formatOf(out);
            if (Files.exists(out) && !force) throw new PlayException.BadInput(out + " exists; give --force to replace it");
            Market m = play == null ? fromPattern() : fromPlay();
            CandleFile.write(out, m.candles());
            print(summary(m, format));
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    private Market fromPattern() {
        if (market.pattern == null && market.bars == null) throw new PlayException.BadInput("give --pattern P --bars N, or --play PLAY");
        if (market.bars == null) throw new PlayException.BadInput("give --bars N (bars of --timeframe, default 1m)");
        Candles candles = market.generate(market.minutes(0));
        return new Market(candles, market.pattern(), market.symbol(), market.bars, market.timeframe().label(), null);
    }

    private Market fromPlay() {
        if (market.pattern != null || market.timeframe != null || market.symbol != null) {
            throw new PlayException.BadInput("--play takes pattern, timeframe and symbol from the Play; leave out --pattern, --timeframe and --symbol");
        }
        if (market.bars != null && market.bars < 1) throw new PlayException.BadInput("--bars must be at least 1, got " + market.bars);
        PlaySpec spec = PlayLoader.load(PlayLocator.locate(play, playsDir));
        CompiledPlay compiled = PlayCompiler.compile(spec);
        PlayMarket pm = PlayMarket.of(spec, compiled, market.seed(), market.bars, null);
        return new Market(pm.candles(), pm.pattern(), spec.symbol(), pm.bars(), pm.slowest().label(), spec.id());
    }

    private Map<String, Object> summary(Market m, CandleFile.Format format) {
        Candles c = m.candles();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("path", out.toAbsolutePath().toString());
        s.put("format", format.name().toLowerCase(Locale.ROOT));
        s.put("rows", c.size());
        s.put("pattern", m.pattern());
        s.put("seed", market.seed());
        s.put("symbol", m.symbol());
        s.put("base_price", SyntheticMarket.basePrice(m.symbol()));
        s.put("bars", m.bars());
        s.put("bars_timeframe", m.timeframe());
        s.put("play_id", m.playId());
        s.put("first_open_ms", c.openTime(0));
        s.put("last_open_ms", c.openTime(c.size() - 1));
        s.put("first_open", ArtifactTables.isoSeconds(c.openTime(0)));
        s.put("last_open", ArtifactTables.isoSeconds(c.openTime(c.size() - 1)));
        s.put("data_hash", RunHashes.candlesHash(c));
        return s;
    }

    private void print(Map<String, Object> s) {
        if (output.json) {
            output.printJson(OutputOptions.envelope("ok", "wrote " + s.get("rows") + " 1m candles", s));
            return;
        }
        PrintWriter o = output.out();
        o.printf("wrote %,d 1m candles (%s) to %s%n", (Integer) s.get("rows"), s.get("format"), s.get("path"));
        o.printf("%-12s %s, seed %s, %s (base price %s)%n", "pattern", s.get("pattern"), s.get("seed"), s.get("symbol"), s.get("base_price"));
        o.printf("%-12s %s × %s%s%n", "bars", s.get("bars"), s.get("bars_timeframe"),
                s.get("play_id") == null ? "" : " (" + s.get("play_id") + ", as play backtest --synthetic)");
        o.printf("%-12s %s UTC%n", "first open", s.get("first_open"));
        o.printf("%-12s %s UTC%n", "last open", s.get("last_open"));
        o.printf("%-12s %s%n", "data hash", s.get("data_hash"));
        o.flush();
    }
}
