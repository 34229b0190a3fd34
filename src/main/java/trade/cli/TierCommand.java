package trade.cli;

import trade.app.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import trade.core.PlayException;
import trade.validate.Audit;
import trade.validate.AuditScope;
import trade.validate.Audits;
import trade.validate.DeterminismAudit;
import trade.validate.LookAheadAudit;
import trade.validate.WarmupAudit;

/**
 * The {@code play validate} tiers (docs/validation.md). Each runs gates in order and stops at the
 * first failure unless {@code --keep-going}: {@code quick} (static check of every Play, the core
 * Plays backtested, determinism), {@code standard} (plus every audit on one pattern of each
 * family), {@code full} (every audit on all 38 patterns, plus every Play of a suite folder),
 * {@code pre-live --play X} (what one Play needs before demo or live).
 */
abstract class TierCommand implements Callable<Integer> {
    @Option(names = "--plays", description = "The project's Play folder: all checked, core/ run (default ${DEFAULT-VALUE})", defaultValue = "plays")
    Path playsDir;

    @Option(names = "--seed", description = "Seed of the synthetic candles (default ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @CommandLine.Mixin
    ThreadOptions parallel;

    @Option(names = "--keep-going", description = "Run every gate even after one failed")
    boolean keepGoing;

    @Option(names = "--out", description = "Artifact root folder of the runs (default ${DEFAULT-VALUE})", defaultValue = "backtests/validate")
    Path out;

    @CommandLine.Mixin
    OutputOptions output;

    abstract String tier();

    /** Adds the tier's gates to {@code run}. */
    abstract void gates(GateRun run);

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            GateRun run = new GateRun(!keepGoing, output.json ? null : output.err());
            gates(run);
            after(run);
            return GateReport.print(run, "validate " + tier(), start, output);
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    /** What a tier prints besides the gate table (the suite's table). */
    void after(GateRun run) {}

    int threads() { return parallel.threads(); }

    /** Every Play file under the project's Play folder. */
    List<Path> allPlays() { return PlayLocator.playFiles(playsDir); }

    /** The core Plays, {@code <plays>/core/*.yml}. */
    List<Path> corePlays() {
        List<Path> core = PlayLocator.playFiles(playsDir.resolve("core"));
        if (core.isEmpty()) throw new PlayException.BadInput("no core Plays in " + playsDir.resolve("core"));
        return core;
    }

    /** quick's gates: every Play checked, the core Plays backtested and trading, determinism. */
    void quickGates(GateRun run, AuditScope scope) {
        run.run(List.of(new PlayGates.StaticCheck(allPlays()), new PlayGates.SyntheticRuns("core-plays", out), new DeterminismAudit()), scope);
    }

    /** Every audit except determinism (quick runs it already). */
    List<Audit> auditsAfterQuick() {
        return Audits.all(PlayGates.backtest(out, seed)).stream().filter(a -> !(a instanceof DeterminismAudit)).toList();
    }

    @Command(name = "quick", mixinStandardHelpOptions = true, description = "Static check of every Play, the core Plays backtested, determinism (~1 min).")
    static final class Quick extends TierCommand {
        @Override String tier() { return "quick"; }

        @Override
        void gates(GateRun run) { quickGates(run, AuditScope.reduced(corePlays(), threads()).withSeed(seed)); }
    }

    @Command(name = "standard", mixinStandardHelpOptions = true, description = "quick, plus every audit on one pattern of each family (~2 min).")
    static final class Standard extends TierCommand {
        @Override String tier() { return "standard"; }

        @Override
        void gates(GateRun run) {
            AuditScope scope = AuditScope.reduced(corePlays(), threads()).withSeed(seed);
            quickGates(run, scope);
            run.run(auditsAfterQuick(), scope);
        }
    }

    @Command(name = "full", mixinStandardHelpOptions = true,
            description = "quick, every audit on all 38 patterns, and every Play of a suite folder backtested on its pattern, then warm-up and look-ahead audited.")
    static final class Full extends TierCommand {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Suite folder (default: the --plays folder)")
        Path suiteDir;

        @Option(names = "--expect-rejects", paramLabel = "FILE", description = "Plays of the suite that must be rejected, as for validate suite")
        Path expectations;

        @Option(names = "--budget", paramLabel = "SECONDS", description = "Time budget per suite Play (default ${DEFAULT-VALUE} s)", defaultValue = "120")
        int budgetSeconds;

        private PlayGates.Suite suite;

        @Override String tier() { return "full"; }

        @Override
        void gates(GateRun run) {
            AuditScope scope = AuditScope.full(corePlays(), threads()).withSeed(seed);
            quickGates(run, scope);
            run.run(auditsAfterQuick(), scope);
            Path dir = suiteDir != null ? suiteDir : playsDir;
            if (!Files.isDirectory(dir)) throw new PlayException.BadInput("not a folder: " + dir);
            Map<String, Set<String>> expected;
            try {
                expected = expectations == null ? Map.of() : SuiteCommand.expectations(expectations);
            } catch (IOException e) {
                throw new PlayException.BadInput("cannot read " + expectations + ": " + e.getMessage());
            }
            suite = new PlayGates.Suite(new SuiteRun(dir, expected, seed, PlayGates.FALLBACK_PATTERN, budgetSeconds, threads(), out.resolve("suite")));
            // the suite's Plays then face the Play-level audits that take no artifacts: warm-up and look-ahead
            run.run(List.of(suite, new PlayGates.OnSuite(new WarmupAudit(), suite), new PlayGates.OnSuite(new LookAheadAudit(), suite)), scope);
        }

        @Override
        void after(GateRun run) {
            if (suite != null && !suite.rows().isEmpty() && !output.json) {
                output.out().println("suite " + suite.description().replaceFirst("^every Play of ", "") + ":");
                output.out().print(SuiteRun.table(suite.rows()));
                output.out().println();
            }
        }
    }

    @Command(name = "pre-live", mixinStandardHelpOptions = true,
            description = "Everything one Play needs before demo or live: settings, static check, audits on its own features, warm-up, a synthetic run.")
    static final class PreLive extends TierCommand {
        @Option(names = "--play", required = true, paramLabel = "PLAY", description = "Play id (finds <plays>/**/ID*.yml) or path to a .yml file")
        String play;

        @Override String tier() { return "pre-live"; }

        @Override
        void gates(GateRun run) {
            Path file = PlayLocator.locate(play, playsDir);
            AuditScope scope = new AuditScope(AuditScope.REDUCED_PATTERNS, 3 * 1440, seed, List.of(file), AuditScope.Focus.PLAYS, threads());
            List<Audit> gates = new ArrayList<>(List.of(new PlayGates.ExchangeSettings(file), new PlayGates.StaticCheck(List.of(file))));
            gates.addAll(Audits.all(PlayGates.backtest(out, seed)));
            gates.add(new PlayGates.SyntheticRuns("synthetic-run", out));
            run.run(gates, scope);
        }
    }
}
