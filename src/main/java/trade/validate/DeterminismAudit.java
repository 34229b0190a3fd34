package trade.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import trade.core.Candles;
import trade.core.PlayException;
import trade.engine.BacktestDriver;
import trade.engine.Progress;
import trade.engine.RunResult;
import trade.engine.port.AccountTerms;
import trade.synth.PlayMarket;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.report.ArtifactTables;
import trade.report.RunArtifacts;
import trade.report.RunComparison;
import trade.report.RunHashes;
import trade.sim.SimExchange;

/**
 * Gate G14: a Play run again gives the same result, bit for bit, however the runs are scheduled.
 * Each Play of the scope is run from a fresh load (its synthetic market at the scope's seed):
 * twice on the calling thread, one after the other; then all Plays at once on
 * {@code scope.threads()} threads; then all at once on a different thread count (1, or 2 when the
 * scope has 1). Every later run must give run 1's play, data, trades, equity and run hashes. A
 * difference is reported with the Play, the runs compared, the hashes that differ and the first
 * differing trade or equity point; a run that throws (other than a Play that does not load, which
 * is bad input) is a failure too.
 *
 * <p>The two sequential runs come first and share one thread, so a fault that needs concurrency or
 * another thread shows up only in the concurrent passes, and the report says which.
 */
public final class DeterminismAudit implements Audit {
    /** One run of a Play: its result and hashes ({@code input} holds the hash of its 1m candles). */
    public record PlayRun(RunResult result, RunHashes hashes) {}

    /** Runs a Play from its file to its hashes. */
    @FunctionalInterface
    public interface PlayRunner {
        PlayRun run(Path play, long seed, String fallbackPattern);
    }

    /** A run or why it has none. */
    private record Attempt(PlayRun run, RuntimeException error) {}

    /** The runs of one pass, in the scope's Play order, and how the pass was scheduled. */
    private record Pass(String label, List<Attempt> attempts) {}

    /** The hashes compared, by their {@code result.json} names ({@code data_hash}: the 1m candles). */
    private static final Map<String, Function<RunHashes, String>> HASHES = hashes();

    private final PlayRunner runner;

    /** The audit of the production pipeline ({@link #runFresh}). */
    public DeterminismAudit() { this(DeterminismAudit::runFresh); }

    /** The audit of another way to run a Play (a test hands in a non-deterministic one to see it caught). */
    public DeterminismAudit(PlayRunner runner) { this.runner = runner; }

    @Override public String name() { return "determinism"; }

    @Override public String description() {
        return "each Play run twice, then all concurrently on two thread counts, gives identical play/data/trades/equity/run hashes";
    }

    /** The production run: load, compile, the Play's synthetic market, engine against the simulated exchange, hashes. */
    public static PlayRun runFresh(Path file, long seed, String fallbackPattern) {
        PlaySpec spec = PlayLoader.load(file);
        CompiledPlay play = PlayCompiler.compile(spec);
        Candles candles = PlayMarket.of(spec, play, seed, null, fallbackPattern).candles();
        AccountTerms terms = AccountTerms.of(spec, InstrumentTable.bybit().of(spec.symbol()));
        RunResult r = BacktestDriver.replay(play, terms.instrument(), events -> new SimExchange(terms, events), candles, null, Progress.NONE);
        return new PlayRun(r, RunHashes.of(RunHashes.playHash(play.canonicalText()), RunHashes.candlesHash(candles), r.trades(), r.equity()));
    }

    @Override
    public AuditResult run(AuditScope scope) {
        long start = System.nanoTime();
        List<Path> plays = scope.plays();
        String fallback = scope.patterns().getFirst();
        List<Attempt> first = new ArrayList<>(), second = new ArrayList<>();
        for (Path play : plays) {
            first.add(attempt(play, scope.seed(), fallback));
            second.add(attempt(play, scope.seed(), fallback));
        }
        int otherThreads = scope.threads() > 1 ? 1 : 2;
        List<Pass> later = List.of(
                new Pass("run 2 (sequential, same thread)", second),
                new Pass("a run concurrent on " + scope.threads() + " thread(s)",
                        WorkerThreads.map(scope.threads(), plays, p -> attempt(p, scope.seed(), fallback))),
                new Pass("a run concurrent on " + otherThreads + " thread(s)",
                        WorkerThreads.map(otherThreads, plays, p -> attempt(p, scope.seed(), fallback))));

        long checked = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < plays.size(); i++) {
            String play = label(plays.get(i));
            Attempt a = first.get(i);
            if (a.error() != null) {
                failures.add(play + ": run 1 threw " + a.error());
                continue;
            }
            for (Pass pass : later) {
                Attempt b = pass.attempts().get(i);
                String pair = "run 1 vs " + pass.label();
                if (b.error() != null) {
                    failures.add(play + ", " + pair + ": the second threw " + b.error());
                    continue;
                }
                String difference = compare(a.run(), b.run());
                checked += HASHES.size();
                if (difference != null) failures.add(play + ", " + pair + ": " + difference);
            }
        }
        return new AuditResult(name(), checked, failures, (System.nanoTime() - start) / 1e9);
    }

    private Attempt attempt(Path play, long seed, String fallback) {
        try {
            return new Attempt(runner.run(play, seed, fallback), null);
        } catch (PlayException.BadInput | PlayException.InvalidPlay e) {
            throw e; // the same in every run: bad input, not a finding
        } catch (RuntimeException e) {
            return new Attempt(null, e);
        }
    }

    private static Map<String, Function<RunHashes, String>> hashes() {
        Map<String, Function<RunHashes, String>> m = new LinkedHashMap<>();
        m.put("play_hash", RunHashes::play);
        m.put("data_hash", RunHashes::input);
        m.put("trades_hash", RunHashes::trades);
        m.put("equity_hash", RunHashes::equity);
        m.put("run_hash", RunHashes::run);
        return m;
    }

    /** Null when the runs agree, else which hashes differ and the first differing trade or equity point. */
    private static String compare(PlayRun a, PlayRun b) {
        List<String> differing = new ArrayList<>();
        HASHES.forEach((name, hash) -> {
            String x = hash.apply(a.hashes()), y = hash.apply(b.hashes());
            if (!Objects.equals(x, y)) differing.add(name + " " + RunHashes.short12(x) + " vs " + RunHashes.short12(y));
        });
        if (differing.isEmpty()) return null;
        RunComparison.Difference first = RunComparison.of(artifacts(a), artifacts(b)).firstDifference();
        return String.join(", ", differing) + " differ; "
                + (first == null ? "no trade or equity point differs" : "first difference: " + first.describe());
    }

    /** A run as the tables it would write, so {@link RunComparison} can name the first differing row. */
    private static RunArtifacts artifacts(PlayRun run) {
        RunHashes h = run.hashes();
        Map<String, Object> result = Map.of("trades_hash", h.trades(), "equity_hash", h.equity(), "run_hash", h.run(),
                "play_hash", h.play(), "play_id", run.result().playId());
        return new RunArtifacts(run.result().playId(), Set.of(), result, null, null,
                new RunArtifacts.Table(ArtifactTables.tradeColumns(run.result().trades()), ArtifactTables.tradeRows(run.result().trades())),
                new RunArtifacts.Table(ArtifactTables.equityColumns(), ArtifactTables.equityRows(run.result().equity())));
    }

    private static String label(Path play) {
        String name = play.getFileName().toString();
        return name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }
}
