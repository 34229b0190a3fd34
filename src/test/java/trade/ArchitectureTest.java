package trade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the dependency table of the architecture (docs/architecture.md) by reading the import
 * lines of src/main: arrows point down, adapters never import each other, third-party libraries
 * stay in the package that owns them.
 */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED_TRADE = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("indicator", Set.of("core")),
            Map.entry("structure", Set.of("core", "indicator")),
            Map.entry("dsl", Set.of("core")),
            Map.entry("play", Set.of("core", "dsl", "indicator", "structure")),
            Map.entry("engine", Set.of("core", "dsl", "play", "indicator", "structure")),
            Map.entry("sim", Set.of("core", "engine")),
            Map.entry("live", Set.of("core", "engine")),
            Map.entry("data", Set.of("core", "engine")),
            Map.entry("report", Set.of("core", "engine")),
            Map.entry("synth", Set.of("core", "play", "engine")),
            Map.entry("validate", Set.of("core", "indicator", "structure", "dsl", "play", "engine", "sim", "synth", "data", "report")),
            Map.entry("app", Set.of("core", "indicator", "structure", "dsl", "play", "engine", "sim", "live", "data", "report", "synth", "validate")),
            Map.entry("cli", Set.of("core", "indicator", "structure", "dsl", "play", "engine", "sim", "live", "data", "report", "synth", "validate", "app")));

    /** Third-party prefix → the packages allowed to use it. */
    private static final Map<String, Set<String>> ALLOWED_LIBRARIES = Map.of(
            "org.snakeyaml.", Set.of("play"),
            "org.antlr.", Set.of("dsl"),
            "org.duckdb.", Set.of("data"),
            "org.apache.arrow.", Set.of("data"),
            "picocli.", Set.of("cli"),
            "okhttp3.", Set.of("live"),
            "com.bybit.", Set.of("live"));

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void importsFollowTheDependencyTable() throws IOException {
        Path root = Path.of(System.getProperty("play.root", ".")).resolve("src/main/java/trade");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = root.relativize(file).toString();
                String pkg = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
                for (String line : Files.readAllLines(file)) {
                    Matcher m = IMPORT.matcher(line.trim());
                    if (!m.find()) continue;
                    String imported = m.group(1);
                    check(pkg, rel, imported).ifPresent(violations::add);
                }
            }
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    private static java.util.Optional<String> check(String pkg, String file, String imported) {
        if (imported.startsWith("trade.")) {
            String target = imported.split("\\.")[1];
            Set<String> allowed = ALLOWED_TRADE.getOrDefault(pkg, Set.of());
            if (target.equals(pkg) || allowed.contains(target)) {
                if (pkg.equals("dsl") && imported.startsWith("trade.dsl.parse.gen") && !file.startsWith("dsl/parse/")) {
                    return java.util.Optional.of(file + " imports " + imported + "; generated parser classes stay inside dsl.parse");
                }
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(file + " imports " + imported + "; " + pkg + " may import " + (allowed.isEmpty() ? "no other trade package" : String.join(", ", allowed.stream().sorted().toList())));
        }
        for (Map.Entry<String, Set<String>> lib : ALLOWED_LIBRARIES.entrySet()) {
            if (imported.startsWith(lib.getKey()) && !lib.getValue().contains(pkg)) {
                return java.util.Optional.of(file + " imports " + imported + "; " + lib.getKey() + "* belongs to " + lib.getValue() + " only");
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void aViolationIsReportedAsASentence() {
        assertEquals(java.util.Optional.of("engine/PlayEngine.java imports trade.live.BybitExchange; engine may import core, dsl, indicator, play, structure"),
                check("engine", "engine/PlayEngine.java", "trade.live.BybitExchange"));
        assertEquals(java.util.Optional.of("engine/X.java imports org.duckdb.DuckDBConnection; org.duckdb.* belongs to [data] only"),
                check("engine", "engine/X.java", "org.duckdb.DuckDBConnection"));
    }
}
