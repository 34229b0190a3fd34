package trade.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import trade.core.PlayException;
import trade.play.Defaults;
import trade.play.InstrumentTable;

/** The {@code play} command. Only commands that work are listed. */
@Command(name = "play", mixinStandardHelpOptions = true, version = "play 0.1.0",
        description = "Runs YAML trading Plays on Bybit USDT perpetuals.",

        subcommands = {BacktestCommand.class, ValidateCommand.class, ForgeCommand.class, DebugCommand.class, CommandLine.HelpCommand.class})
public final class PlayCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    public static void main(String[] args) { System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true))); }

    /** Runs the CLI with the given writers (tests call this); returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        try {
            // configs/*.yml are read once, by static initialisers; reading them before any work turns a
            // bad file into one positioned message and exit 2 instead of an initialiser error mid-run
            Defaults.inForce();
            InstrumentTable.bybit();
        } catch (ExceptionInInitializerError e) {
            if (!(e.getCause() instanceof PlayException bad)) throw e;
            err.println("error: " + bad.getMessage());
            err.flush();
            return ExitCodes.of(bad);
        }
        CommandLine cli = new CommandLine(new PlayCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }
}
