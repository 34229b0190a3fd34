package trade.cli;

import trade.app.*;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import trade.core.PlayException;
import trade.play.PlayCheck;

/**
 * {@code play validate <PLAY|DIR>...}: loads and checks Plays without running them. A directory is
 * walked recursively for {@code .yml}/{@code .yaml} files. Exit 0 only when every Play is valid
 * (warnings allowed), 2 when any has an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, subcommands = {SuiteCommand.class, TierCommand.Quick.class, TierCommand.Standard.class, TierCommand.Full.class, TierCommand.PreLive.class},
        description = "Check Plays without running them: every error of every file with file:line:col, then a summary.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PLAY|DIR", arity = "0..*", description = "Play ids, .yml files or folders (walked recursively)")
    List<String> targets;

    @Option(names = "--plays", description = "Folder searched for Play ids (default ${DEFAULT-VALUE})", defaultValue = "plays")
    Path playsDir;

    @Option(names = {"-w", "--show-warnings"}, description = "Print each warning, not only their count")
    boolean showWarnings;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter out = output.out();
        boolean json = output.json;
        List<Path> files;
        try {
            files = files();
        } catch (PlayException e) {
            return output.failure(e);
        }
        List<PlayCheck> checks = files.stream().map(PlayCheck::of).toList();
        long invalid = checks.stream().filter(c -> !c.valid()).count();
        long warned = checks.stream().filter(c -> c.valid() && !c.warnings().isEmpty()).count();
        String summary = checks.size() + " Play(s): " + (checks.size() - invalid) + " valid (" + warned + " with warnings), " + invalid + " invalid";
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PlayCheck c : checks) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", c.file().toString());
                row.put("status", !c.valid() ? "errors" : c.warnings().isEmpty() ? "ok" : "warnings");
                row.put("issues", c.issues().stream().map(OutputOptions::issue).toList());
                rows.add(row);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("plays", rows);
            data.put("valid", checks.size() - invalid);
            data.put("invalid", invalid);
            data.put("with_warnings", warned);
            output.printJson(OutputOptions.envelope(invalid == 0 ? "ok" : "error", summary, data));
        } else {
            DiagnosticsRenderer renderer = new DiagnosticsRenderer();
            for (PlayCheck c : checks) {
                if (!c.valid()) {
                    out.println("FAIL " + c.file() + " (" + c.errors().size() + " error(s), " + c.warnings().size() + " warning(s))");
                    out.print(renderer.render(showWarnings ? c.issues() : c.errors()));
                } else if (!c.warnings().isEmpty()) {
                    out.println("ok   " + c.file() + " (" + c.warnings().size() + " warning(s))");
                    if (showWarnings) out.print(renderer.render(c.warnings()));
                } else {
                    out.println("ok   " + c.file());
                }
            }
            out.println(summary);
        }
        out.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private List<Path> files() {
        // optional for picocli so that `validate suite DIR` parses; required for a plain validate
        if (targets == null || targets.isEmpty()) throw new PlayException.BadInput("give at least one Play id, .yml file or folder to validate");
        List<Path> out = new ArrayList<>();
        for (String t : targets) {
            Path p = Path.of(t);
            if (Files.isDirectory(p)) {
                List<Path> found = PlayLocator.playFiles(p);
                if (found.isEmpty()) throw new PlayException.BadInput("no .yml Play files under " + p);
                out.addAll(found);
            } else {
                out.add(PlayLocator.locate(t, playsDir));
            }
        }
        return out;
    }
}
