package trade.cli;

import trade.app.*;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import trade.report.RunArtifacts;
import trade.report.RunComparison;

/**
 * {@code play debug determinism --run-a A --run-b B}: are two run folders the same run? Exit 0
 * when identical, 1 when they differ, 2 when a folder cannot be read.
 */
@Command(name = "determinism", mixinStandardHelpOptions = true,
        description = "Compare two run folders: recorded hashes first, then trades and equity row by row; names the first difference.")
final class DeterminismCommand implements Callable<Integer> {
    @Option(names = "--run-a", required = true, paramLabel = "DIR", description = "First run folder (backtests/<category>/<play>/<hash>)")
    Path runA;

    @Option(names = "--run-b", required = true, paramLabel = "DIR", description = "Second run folder")
    Path runB;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        try {
            RunArtifacts a = StoredRun.read(runA), b = StoredRun.read(runB);
            RunComparison comparison = RunComparison.of(a, b);
            String message = comparison.passed() ? "Determinism verified" : "Determinism mismatch";
            if (output.json) {
                Map<String, Object> data = comparison.data(runA.toString(), runB.toString(), playId(a), playId(b));
                output.printJson(OutputOptions.envelope(comparison.passed() ? "pass" : "fail", message, data));
            } else {
                PrintWriter stdout = output.out();
                stdout.print(text(comparison, message));
                stdout.flush();
            }
            return comparison.passed() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    private static Object playId(RunArtifacts run) { return run.result() == null ? null : run.result().get("play_id"); }

    private String text(RunComparison c, String message) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("run A  %s%nrun B  %s%n", runA, runB));
        for (RunComparison.HashLine h : c.hashes()) {
            out.append(String.format("%-12s %-14s %-14s %s%n", h.field(), shortHash(h.runA()), shortHash(h.runB()), h.matches() ? "match" : "DIFFERS"));
        }
        if (c.trades() != null) out.append("first trade difference: ").append(c.trades().describe()).append('\n');
        if (c.equity() != null) out.append("first equity difference: ").append(c.equity().describe()).append('\n');
        for (String w : c.warnings()) out.append("warning: ").append(w).append('\n');
        return out.append(message).append('\n').toString();
    }

    private static String shortHash(Object h) {
        String s = String.valueOf(h);
        return s.length() > 12 ? s.substring(0, 12) : s;
    }
}
