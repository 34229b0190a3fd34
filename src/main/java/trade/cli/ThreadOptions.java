package trade.cli;

import picocli.CommandLine.Option;

/** {@code --threads N} for commands that run Plays or audits in parallel; all cores by default. */
final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Threads to run on (default: all cores)")
    Integer threads;

    int threads() { return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors(); }
}
