package trade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PLAY_HOME as a user sets it: the CLI in a fresh JVM (the configs are read once per process)
 * takes $PLAY_HOME/configs/defaults.yml over the packaged file, and a bad one stops it with exit 2.
 */
class PlayHomeTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));

    @TempDir
    Path home;

    @Test
    void theDefaultsUnderPlayHomeAreTheOnesApplied() throws Exception {
        Path play = playWithoutFeeModel();
        writeDefaults(Files.readString(ROOT.resolve("configs/defaults.yml")).replace("taker_bps: 5.5", "taker_bps: 4.0"));
        Run r = play("validate", "-w", play.toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("account.fee_model not given, using taker 4.0 / maker 2.0 bps"), r.output());
    }

    @Test
    void aBadDefaultsFileUnderPlayHomeIsBadInputWithItsPosition() throws Exception {
        Path file = writeDefaults(Files.readString(ROOT.resolve("configs/defaults.yml")).replace("maker_bps: 2.0", "maker_bps: two"));
        Run r = play("validate", playWithoutFeeModel().toString());
        assertEquals(2, r.exit(), r.output());
        int line = Files.readAllLines(file).indexOf("  maker_bps: two") + 1;
        assertTrue(r.output().contains(file + ":" + line + ":14: fees.maker_bps has the wrong type: expected a number, found 'two'"), r.output());
    }

    private Path playWithoutFeeModel() throws IOException {
        String text = Files.readString(ROOT.resolve("plays/core/V_CORE_001_ema_cross_trend.yml"));
        String withoutFees = text.replace("  fee_model: {taker_bps: 5.5, maker_bps: 2.0}\n", "");
        assertTrue(withoutFees.length() < text.length(), "V_CORE_001 states its fee model on one line");
        return Files.writeString(home.resolve("V_TEST_no_fees.yml"), withoutFees);
    }

    private Path writeDefaults(String text) throws IOException {
        return Files.writeString(Files.createDirectories(home.resolve("configs")).resolve("defaults.yml"), text);
    }

    private record Run(int exit, String output) {}

    private Run play(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), PlayCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PLAY_HOME", home.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        return new Run(p.waitFor(), output);
    }
}
