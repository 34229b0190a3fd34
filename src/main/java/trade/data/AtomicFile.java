package trade.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import trade.core.PlayException;

/**
 * A single file written so that it appears complete or not at all: the content goes to a
 * temporary file (which the content creates) in the target's folder, which is then moved over the target (replacing it). On
 * any failure the temporary file is removed and the target is left as it was. Folders are created.
 */
public final class AtomicFile {
    /** Writes the whole content to the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path part) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code target} through {@code content}; failures surface as {@link PlayException.RunFailed}. */
    public static void write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path part = null;
        try {
            Files.createDirectories(folder);
            // a fresh name rather than createTempFile, whose owner-only permissions the result would keep
            part = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            content.writeTo(part);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            part = null;
        } catch (IOException e) {
            throw new PlayException.RunFailed("cannot write " + target + ": " + e, e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // the write already failed; that failure is the one to report
                }
            }
        }
    }
}
