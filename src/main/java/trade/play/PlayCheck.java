package trade.play;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.Severity;
import trade.core.SourceSpan;

/**
 * Everything {@code play validate} knows about one file: every issue of every stage (load, check,
 * compile) in one pass, and the compiled Play when there is no error.
 */
public record PlayCheck(Path file, List<Issue> issues, Optional<CompiledPlay> play) {
    public PlayCheck {
        issues = List.copyOf(issues);
    }

    public static PlayCheck of(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            diagnostics.error("YAML_PARSE_ERROR", new SourceSpan(file.toString(), 1, 1, 1), "the file is not UTF-8 text");
            return new PlayCheck(file, diagnostics.issues(), Optional.empty());
        } catch (IOException e) {
            diagnostics.error("YAML_PARSE_ERROR", new SourceSpan(file.toString(), 0, 0, 0), "cannot read the file: " + e.getMessage());
            return new PlayCheck(file, diagnostics.issues(), Optional.empty());
        }
        Optional<CompiledPlay> play = PlayLoader.read(file.toString(), text, diagnostics).flatMap(spec -> PlayCompiler.check(spec, diagnostics));
        return new PlayCheck(file, diagnostics.issues(), play);
    }

    public boolean valid() { return errors().isEmpty(); }

    public List<Issue> errors() { return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList(); }

    public List<Issue> warnings() { return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList(); }
}
