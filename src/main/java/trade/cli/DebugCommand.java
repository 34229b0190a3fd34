package trade.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code play debug …}: checks on runs that are not part of a normal backtest. */
@Command(name = "debug", mixinStandardHelpOptions = true, description = "Diagnostics on finished runs.",
        subcommands = {DeterminismCommand.class})
final class DebugCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
