package trade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import trade.core.Issue;
import trade.core.Severity;
import trade.play.PlayCheck;

/**
 * One small bad Play per diagnostic code under {@code src/test/resources/golden/errors/CODE.yml};
 * the full rendered report (file:line:col, source line, caret, expected/found, suggestions) must
 * equal {@code CODE.expected}. Regenerate the expected files deliberately with
 * {@code ./mvnw test -Dtest=ErrorGoldenTest -Dgolden.update=true}, then review the diff.
 */
class ErrorGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden/errors");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** Codes that are warnings: their Play must still be valid. */
    private static final Set<String> WARNINGS = Set.of("EXIT_MODE_SIGNAL_NO_EXIT_ACTIONS", "WARMUP_EXCEEDED", "NO_RISK_MODEL",
            "DISALLOWED_SIDE_ACTION", "DEFAULTED_FIELD", "UNKNOWN_PATTERN");

    @TestFactory
    Stream<DynamicTest> everyCodeHasItsGolden() throws IOException {
        List<Path> plays;
        try (Stream<Path> files = Files.list(DIR)) {
            plays = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        return plays.stream().map(play -> DynamicTest.dynamicTest(play.getFileName().toString(), () -> check(play)));
    }

    private static void check(Path play) throws IOException {
        String code = play.getFileName().toString().replace(".yml", "");
        PlayCheck result = PlayCheck.of(play);
        Severity wanted = WARNINGS.contains(code) ? Severity.WARNING : Severity.ERROR;
        assertTrue(result.issues().stream().anyMatch(i -> i.code().equals(code) && i.severity() == wanted),
                code + " not reported as " + wanted + "; got " + result.issues().stream().map(Issue::code).toList());
        if (wanted == Severity.WARNING) assertTrue(result.valid(), code + " must only warn: " + result.errors());
        String rendered = new DiagnosticsRenderer().render(result.issues());
        Path expected = DIR.resolve(code + ".expected");
        if (UPDATE) Files.writeString(expected, rendered);
        assertTrue(Files.exists(expected), "no golden " + expected + " (run with -Dgolden.update=true and review it)");
        assertEquals(Files.readString(expected), rendered, "rendered diagnostics of " + play);
    }

    @Test
    void everySpecCodeHasAGoldenPlay() throws IOException {
        Set<String> codes = Set.of("YAML_PARSE_ERROR", "DUPLICATE_KEY", "MISSING_REQUIRED_FIELD", "DEPRECATED_KEY", "UNKNOWN_KEY",
                "INVALID_TIMEFRAME_VALUE", "INVALID_EXEC_POINTER", "TIMEFRAME_HIERARCHY", "INVALID_ACCOUNT_FIELD",
                "UNSUPPORTED_INDICATOR", "INVALID_PARAM", "INVALID_SOURCE", "INVALID_FEATURE_TF", "INVALID_ID", "RESERVED_ID",
                "DUPLICATE_FEATURE_ID", "INVALID_STRUCTURE_ROLE", "UNSUPPORTED_STRUCTURE_TYPE", "INVALID_STRUCTURE_PARAM",
                "STRUCTURE_DEPENDENCY", "DSL_PARSE_ERROR", "UNKNOWN_OPERATOR", "INVALID_NUMBER", "UNDECLARED_FEATURE", "INVALID_FIELD",
                "TYPE_MISMATCH", "FLOAT_EQUALITY", "UNDECLARED_SETUP", "CIRCULAR_SETUP", "WINDOW_LIMIT", "INVALID_OFFSET",
                "INVALID_ACTION", "INVALID_INTENT", "INVALID_POSITION_POLICY", "EXIT_MODE_REQUIRES_SL_TP", "EXIT_MODE_NO_SIGNAL_EXIT",
                "EXIT_MODE_FIRST_HIT_NO_EXITS", "EXIT_MODE_SIGNAL_NO_EXIT_ACTIONS", "INVALID_RISK", "INVALID_ENTRY",
                "WARMUP_EXCEEDED", "NO_RISK_MODEL", "DISALLOWED_SIDE_ACTION", "DEFAULTED_FIELD", "UNKNOWN_PATTERN", "INVALID_TYPE");
        Set<String> present;
        try (Stream<Path> files = Files.list(DIR)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.replace(".yml", "")).collect(Collectors.toSet());
        }
        assertEquals(codes, present);
    }
}
