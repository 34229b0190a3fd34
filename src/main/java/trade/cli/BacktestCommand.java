package trade.cli;

import trade.app.*;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import trade.core.PlayException;
import trade.data.CandleFile;
import trade.data.FundingFile;
import trade.engine.port.FundingRates;
import trade.play.Defaults;
import trade.play.Setting;

/** {@code play backtest <PLAY>}: a backtest on synthetic or a user's 1m candles, with hash-traced artifacts. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Backtest a Play on synthetic 1m candles of its validation pattern, or on 1m candles from a CSV/Parquet file; writes artifacts under backtests/.")
final class BacktestCommand implements Callable<Integer> {
    private static final long DEFAULT_SEED = 42;

    @Parameters(paramLabel = "PLAY", description = "Play id (finds plays/**/ID*.yml) or path to a .yml file")
    String play;

    @Option(names = "--synthetic", description = "Use synthetic candles of the Play's validation pattern (the default without --candles)")
    boolean synthetic;

    @Option(names = "--seed", description = "Seed of the synthetic candles (default " + DEFAULT_SEED + ")")
    Long seed;

    @Option(names = "--bars", description = "Bars of the Play's slowest timeframe to generate (default: warm-up + max(2 × warm-up, 200))")
    Integer bars;

    @Option(names = "--candles", paramLabel = "FILE", description = "1m OHLCV candles from a .csv (with header) or .parquet file, validated before the run")
    Path candles;

    @Option(names = "--columns", paramLabel = "FIELD=COLUMN,...",
            description = "Columns of the --candles file for ts, open, high, low, close, volume (default ts=ts_ms,open=open,high=high,low=low,close=close,volume=volume)")
    String columns;

    @Option(names = "--start", paramLabel = "TIME", converter = UtcTimeConverter.class,
            description = "With --candles: first 1m open time used (UTC; YYYY-MM-DD or YYYY-MM-DD HH:MM)")
    Long start;

    @Option(names = "--end", paramLabel = "TIME", converter = UtcTimeConverter.class,
            description = "With --candles: candles opening at or after this time are left out (UTC, exclusive)")
    Long end;

    @Option(names = "--funding", paramLabel = "RATE|FILE",
            description = "Funding per 8 h: a constant rate (default funding.rate_per_8h of configs/defaults.yml, shipped as 0.0001 = 0.01 %%) or a CSV/Parquet history with columns ts_ms, funding_rate")
    String funding;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Run with this value in place of the Play's own (repeatable): features.<id>.<param>, structures.<key>.<param>, "
                    + "risk.<field> or account.<field>, e.g. features.ema_fast_9.length=5; recorded in result.json, part of the play hash")
    List<String> settings;

    @Option(names = "--open", description = "Print the path of the run's report.html")
    boolean open;

    @Option(names = "--out", description = "Artifact root folder (default ${DEFAULT-VALUE})", defaultValue = "backtests")
    Path out;

    @Option(names = "--plays", description = "Folder searched for Play ids (default ${DEFAULT-VALUE})", defaultValue = "plays")
    Path playsDir;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        try {
            BacktestRun.Source source = source();
            Path file = PlayLocator.locate(play, playsDir);
            List<Setting> bound = settings == null ? List.of() : settings.stream().map(Setting::parse).toList();
            BacktestRun.Outcome outcome = new BacktestRun(file, source, out, output.json ? null : output.err(), fundingRates(), bound).run();
            if (output.json) {
                output.printJson(OutputOptions.envelope("ok", "backtest complete", outcome.summary()));
            } else {
                PrintWriter stdout = output.out();
                stdout.print(SummaryTable.render(outcome.summary()));
                if (open) stdout.println("report: " + outcome.summary().get("report_html"));
                stdout.flush();
            }
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    /** A number is a constant rate, anything else a funding-history file. */
    private FundingRates fundingRates() {
        if (funding == null) return FundingRates.constant(Defaults.FUNDING_RATE);
        try {
            double rate = Double.parseDouble(funding);
            if (!Double.isFinite(rate) || Math.abs(rate) > FundingRates.MAX_ABS_RATE) {
                throw new PlayException.BadInput("--funding " + funding + ": expected a rate per 8 h such as 0.0001 (0.01 %), |rate| ≤ " + FundingRates.MAX_ABS_RATE);
            }
            return FundingRates.constant(rate);
        } catch (NumberFormatException notANumber) {
            return FundingFile.read(Path.of(funding));
        }
    }

    /** The candle source the options ask for; options of the other source are a mistake, not silently ignored. */
    private BacktestRun.Source source() {
        if (bars != null && bars < 1) throw new PlayException.BadInput("--bars must be at least 1, got " + bars);
        if (candles == null) {
            if (columns != null || start != null || end != null) {
                throw new PlayException.BadInput("--columns, --start and --end apply to --candles FILE only");
            }
            return new BacktestRun.Source.Synthetic(seed == null ? DEFAULT_SEED : seed, bars, null);
        }
        if (synthetic) throw new PlayException.BadInput("--synthetic and --candles exclude each other: choose one data source");
        if (seed != null || bars != null) throw new PlayException.BadInput("--seed and --bars apply to synthetic candles, not to --candles");
        long from = start == null ? Long.MIN_VALUE : start, until = end == null ? Long.MAX_VALUE : end;
        if (from >= until) throw new PlayException.BadInput("--start must be before --end");
        return new BacktestRun.Source.File(candles, columns == null ? CandleFile.Columns.DEFAULT : CandleFile.Columns.parse(columns), from, until);
    }
}
