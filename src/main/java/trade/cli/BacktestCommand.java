package trade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import trade.core.PlayException;
import trade.report.CanonicalJson;

/** {@code play backtest <PLAY>}: a synthetic backtest with hash-traced artifacts. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Backtest a Play on synthetic 1m candles of its validation pattern; writes artifacts under backtests/.")
final class BacktestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PLAY", description = "Play id (finds plays/**/ID*.yml) or path to a .yml file")
    String play;

    @Option(names = "--synthetic", description = "Use synthetic candles of the Play's validation pattern (the only data source of this version; on by default)")
    boolean synthetic;

    @Option(names = "--seed", description = "Seed of the synthetic candles (default ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Option(names = "--bars", description = "Bars of the Play's slowest timeframe to generate (default: warm-up + max(2 × warm-up, 200))")
    Integer bars;

    @Option(names = "--json", description = "Print one JSON object {status, message, data} on stdout")
    boolean json;

    @Option(names = "--out", description = "Artifact root folder (default ${DEFAULT-VALUE})", defaultValue = "backtests")
    Path out;

    @Option(names = "--plays", description = "Folder searched for Play ids (default ${DEFAULT-VALUE})", defaultValue = "plays")
    Path playsDir;

    @Option(names = "--debug", description = "Print stack traces of failures")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            if (bars != null && bars < 1) throw new PlayException.BadInput("--bars must be at least 1, got " + bars);
            Path file = PlayLocator.locate(play, playsDir);
            BacktestRun.Outcome outcome = new BacktestRun(file, seed, bars, out, json ? null : stderr).run();
            if (json) stdout.println(CanonicalJson.pretty(JsonOutput.envelope("ok", "backtest complete", outcome.summary())));
            else stdout.print(SummaryTable.render(outcome.summary()));
            stdout.flush();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            int code = ExitCodes.of(e);
            String message = e instanceof PlayException.InvalidPlay ip ? new DiagnosticsRenderer().render(ip.diagnostics().issues()) : e.getMessage();
            if (json) {
                Map<String, Object> data = new LinkedHashMap<>();
                if (e instanceof PlayException.InvalidPlay ip) {
                    data.put("issues", ip.diagnostics().issues().stream().map(JsonOutput::issue).toList());
                }
                stdout.println(CanonicalJson.pretty(JsonOutput.envelope("error", e instanceof PlayException.InvalidPlay ? "invalid Play" : String.valueOf(e.getMessage()), data)));
                stdout.flush();
            } else {
                stderr.print(message.endsWith("\n") ? message : message + "\n");
            }
            if (debug || !(e instanceof PlayException)) e.printStackTrace(stderr);
            stderr.flush();
            return code;
        }
    }
}
