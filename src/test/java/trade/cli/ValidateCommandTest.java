package trade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code play validate} on files and folders, and {@code play validate suite} on a small folder. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run play(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A folder with one good Play (a copy of V_CORE_001) and one with an undeclared feature. */
    private void twoPlays() throws Exception {
        String good = Files.readString(Path.of("plays/core/V_CORE_001_ema_cross_trend.yml"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/good.yml"), good);
        Files.writeString(dir.resolve("b/bad.yml"), good.replace("[\"rsi_14\", \"<\", 55]", "[\"rsi_99\", \"<\", 55]"));
    }

    @Test
    void folderIsWalkedAndExitIsNonZeroWhenAnyPlayIsInvalid() throws Exception {
        twoPlays();
        Run r = play("validate", dir.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("ok   " + dir.resolve("a/good.yml")), r.out());
        assertTrue(r.out().contains("FAIL " + dir.resolve("b/bad.yml")), r.out());
        assertTrue(r.out().contains("error[UNDECLARED_FEATURE]: 'rsi_99' is not declared"), r.out());
        assertTrue(r.out().contains("2 Play(s): 1 valid (0 with warnings), 1 invalid"), r.out());
        assertEquals(0, play("validate", dir.resolve("a/good.yml").toString()).code());
    }

    @Test
    void jsonListsEveryPlayWithItsIssues() throws Exception {
        twoPlays();
        Run r = play("validate", "--json", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("\"status\": \"errors\""), r.out());
        assertTrue(r.out().contains("\"code\": \"UNDECLARED_FEATURE\""), r.out());
        assertTrue(r.out().contains("\"invalid\": 1"), r.out());
    }

    @Test
    void nothingToValidateIsBadInput() {
        assertEquals(2, play("validate").code());
    }

    @Test
    void suiteRunsValidPlaysAndCountsExpectedRejects() throws Exception {
        twoPlays();
        Path expect = dir.resolve("expect.txt");
        Files.writeString(expect, "b/bad.yml UNDECLARED_FEATURE  # on purpose\n");
        Path out = dir.resolve("out");
        Run r = play("validate", "suite", dir.toString(), "--expect-rejects", expect.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("| a | 1 | 1 | 0 | 0 | 0 |"), r.out());
        assertTrue(r.out().contains("| b | 1 | 0 | 0 | 1 | 0 |"), r.out());
        Run unexpected = play("validate", "suite", dir.toString(), "--out", out.toString());
        assertEquals(1, unexpected.code(), "an unexpected reject is a failure");
        assertTrue(unexpected.out().contains("FAILED   b/bad.yml: rejected: UNDECLARED_FEATURE"), unexpected.out());
    }
}
