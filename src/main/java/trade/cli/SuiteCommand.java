package trade.cli;

import trade.app.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import trade.core.PlayException;

/**
 * {@code play validate suite DIR}: every Play of a folder is loaded, checked and backtested on
 * synthetic candles of its validation pattern (a default pattern for Plays without one), in
 * parallel, each within a time budget. The table per folder says how many ran and traded, which
 * were rejected (as expected, when an expectations file names them) and every failure's reason.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Load, check and synthetically backtest every Play of a folder; a table per folder, failures with reasons.")
final class SuiteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of Plays, walked recursively")
    Path dir;

    @Option(names = "--seed", description = "Seed of the synthetic candles (default ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Option(names = "--pattern", description = "Pattern for Plays without validation: (default ${DEFAULT-VALUE})", defaultValue = "trend_up_clean")
    String fallbackPattern;

    @Option(names = "--budget", paramLabel = "SECONDS", description = "Time budget per Play (default ${DEFAULT-VALUE} s)", defaultValue = "120")
    int budgetSeconds;

    @CommandLine.Mixin
    ThreadOptions parallel;

    @Option(names = "--expect-rejects", paramLabel = "FILE",
            description = "Lines '<path under DIR> CODE[,CODE]  # why': Plays that must be rejected with those codes")
    Path expectations;

    @Option(names = "--out", description = "Artifact root folder (default ${DEFAULT-VALUE})", defaultValue = "backtests/suite")
    Path out;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        try {
            if (!Files.isDirectory(dir)) throw new PlayException.BadInput("not a folder: " + dir);
            if (budgetSeconds < 1) throw new PlayException.BadInput("--budget must be at least 1 second");
            Map<String, Set<String>> expected = expectations == null ? Map.of() : expectations(expectations);
            int workers = parallel.threads();
            List<SuiteRun.Row> rows = new SuiteRun(dir, expected, seed, fallbackPattern, budgetSeconds, workers, out)
                    .run(output.json ? null : output.err());
            print(rows);
            return rows.stream().anyMatch(r -> r.status() == SuiteRun.Status.FAILED) ? ExitCodes.RUN_FAILED : ExitCodes.OK;
        } catch (IOException e) {
            return output.failure(new PlayException.BadInput("cannot read " + dir + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    private void print(List<SuiteRun.Row> rows) {
        if (output.json) {
            long failed = rows.stream().filter(r -> r.status() == SuiteRun.Status.FAILED).count();
            output.printJson(OutputOptions.envelope(failed == 0 ? "ok" : "error", rows.size() + " Plays, " + failed + " failed", SuiteRun.json(rows)));
            return;
        }
        output.out().print(SuiteRun.table(rows));
        output.out().flush();
    }

    /** The expectations file: {@code <path> CODE[,CODE]  # reason} per line. */
    static Map<String, Set<String>> expectations(Path file) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String body = line.replaceAll("#.*", "").trim();
            if (body.isEmpty()) continue;
            String[] parts = body.split("\\s+");
            if (parts.length != 2) throw new PlayException.BadInput(file + ":" + n + ": expected '<play path> CODE[,CODE]', found '" + body + "'");
            out.put(parts[0], Set.copyOf(Arrays.asList(parts[1].split(","))));
        }
        return out;
    }
}
