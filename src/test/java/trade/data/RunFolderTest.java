package trade.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.core.PlayException;

class RunFolderTest {
    @TempDir
    Path base;

    private List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFolderAndLeavesNoTempDir() throws IOException {
        Path target = base.resolve("runs").resolve("abcdef123456");
        RunFolder.write(target, dir -> {
            Files.writeString(dir.resolve("result.json"), "{}\n");
            Files.createDirectories(dir.resolve("logs"));
            Files.writeString(dir.resolve("logs/engine_debug.log"), "[INFO] ok\n");
        });
        assertEquals("{}\n", Files.readString(target.resolve("result.json")));
        assertTrue(Files.exists(target.resolve("logs/engine_debug.log")));
        assertEquals(List.of("abcdef123456"), listing(target.getParent()));
    }

    @Test
    void failureLeavesNoTargetAndNoTempDir() throws IOException {
        Path target = base.resolve("abcdef123456");
        IOException boom = new IOException("disk full");
        PlayException.RunFailed e = assertThrows(PlayException.RunFailed.class, () -> RunFolder.write(target, dir -> {
            Files.writeString(dir.resolve("trades.parquet"), "half");
            throw boom;
        }));
        assertSame(boom, e.getCause());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listing(base));

        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> RunFolder.write(target, dir -> {
            throw bug;
        })));
        assertEquals(List.of(), listing(base));
    }

    @Test
    void rerunReplacesTheFolder() throws IOException {
        Path target = base.resolve("abcdef123456");
        RunFolder.write(target, dir -> {
            Files.writeString(dir.resolve("result.json"), "old");
            Files.writeString(dir.resolve("events.jsonl"), "only in the old run");
        });
        RunFolder.write(target, dir -> Files.writeString(dir.resolve("result.json"), "new"));
        assertEquals("new", Files.readString(target.resolve("result.json")));
        assertEquals(List.of("result.json"), listing(target));   // nothing of the old run survives
        assertEquals(List.of("abcdef123456"), listing(base));     // no .old- or .tmp- folder left
    }

    @Test
    void failedRerunKeepsThePreviousFolder() throws IOException {
        Path target = base.resolve("abcdef123456");
        RunFolder.write(target, dir -> Files.writeString(dir.resolve("result.json"), "old"));
        assertThrows(PlayException.RunFailed.class, () -> RunFolder.write(target, dir -> {
            throw new IOException("crash");
        }));
        assertEquals("old", Files.readString(target.resolve("result.json")));
        assertEquals(List.of("abcdef123456"), listing(base));
    }

    @Test
    void writeStringAtomicallyReplacesAndLeavesNoTempFile() throws IOException {
        Path file = base.resolve("sub/run_manifest.json");
        RunFolder.writeStringAtomically(file, "one");
        RunFolder.writeStringAtomically(file, "two \u00e9");
        assertEquals("two \u00e9", Files.readString(file));
        assertEquals(List.of("run_manifest.json"), listing(file.getParent()));
    }

    @Test
    void thePublishedFolderGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        if (!base.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Path ordinary = Files.createDirectory(base.resolve("ordinary"));
        Path target = RunFolder.write(base.resolve("abcdef123456"), dir -> Files.writeString(dir.resolve("result.json"), "{}\n"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
    }
}
