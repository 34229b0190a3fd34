package trade.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Audit scopes over the core Plays, for the Play-level audit tests. */
final class CorePlays {
    private CorePlays() {}

    static List<Path> all() {
        try (Stream<Path> files = Files.list(Path.of("plays/core"))) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuditScope scope(List<Path> plays) {
        return new AuditScope(List.of(ScopePlay.FALLBACK_PATTERN), 1440, 42, plays, AuditScope.Focus.PLAYS, 2);
    }

    static AuditScope first() { return scope(all().subList(0, 1)); }
}
