package trade.cli;

import trade.app.*;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import trade.core.PlayException;
import trade.core.Suggestions;
import trade.validate.Audit;
import trade.validate.AuditScope;
import trade.validate.Audits;

/**
 * {@code play forge audit [--only NAME,...]}: the audits on synthetic data, each pass or fail with
 * its reason. Play-level audits run the core Plays unless {@code --play} names others; with
 * {@code --play}, parity audits cover only those Plays' features.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Parity, rollup, look-ahead, warm-up, determinism and metrics audits on synthetic data; pass/fail with reasons.")
final class ForgeAuditCommand implements Callable<Integer> {
    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these audits (of: ${COMPLETION-CANDIDATES})",
            completionCandidates = AuditNames.class)
    List<String> only;

    @Option(names = "--play", paramLabel = "PLAY", description = "Play id or .yml file for the Play-level audits (repeatable; default: <plays>/core)")
    List<String> plays;

    @Option(names = "--plays", description = "Folder searched for Play ids (default ${DEFAULT-VALUE})", defaultValue = "plays")
    Path playsDir;

    @Option(names = "--reduced", description = "One pattern of each family, 3 days each (default: all 38 patterns, 7 days each)")
    boolean reduced;

    @Option(names = "--seed", description = "Seed of the synthetic candles (default ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @CommandLine.Mixin
    ThreadOptions parallel;

    @Option(names = "--out", description = "Artifact root folder of the metrics audit's runs (default ${DEFAULT-VALUE})", defaultValue = "backtests/audit")
    Path out;

    @CommandLine.Mixin
    OutputOptions output;

    /** The audit names for picocli's help text. */
    static final class AuditNames extends ArrayList<String> {
        AuditNames() { super(Audits.names()); }
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            List<Audit> audits = selected();
            int n = parallel.threads();
            List<Path> files = plays == null ? PlayLocator.playFiles(playsDir.resolve("core"))
                    : plays.stream().map(p -> PlayLocator.locate(p, playsDir)).toList();
            AuditScope scope = (reduced ? AuditScope.reduced(files, n) : AuditScope.full(files, n)).withSeed(seed);
            if (plays != null) scope = new AuditScope(scope.patterns(), scope.minutes(), seed, files, AuditScope.Focus.PLAYS, n);
            GateRun run = new GateRun(false, output.json ? null : output.err()).run(audits, scope);
            return GateReport.print(run, "forge audit", start, output);
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    private List<Audit> selected() {
        List<Audit> all = Audits.all(PlayGates.backtest(out, seed));
        if (only == null) return all;
        for (String name : only) {
            if (!Audits.names().contains(name)) {
                List<String> close = Suggestions.closest(name, Audits.names());
                throw new PlayException.BadInput("--only: unknown audit '" + name + "'; audits: " + String.join(", ", Audits.names())
                        + (close.isEmpty() ? "" : "; did you mean " + close.getFirst() + "?"));
            }
        }
        return all.stream().filter(a -> only.contains(a.name())).toList();
    }
}
