package trade.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;
import trade.core.PlayException;

/**
 * Atomic run folders and files: a reader sees either the complete old content or the complete new
 * content, never a half-written run.
 *
 * <p>{@link #write} builds the folder as a sibling {@code <parent>/.tmp-<name>-<random>}, lets the
 * caller fill it, then renames it onto the target with {@link StandardCopyOption#ATOMIC_MOVE}.
 * When the target already exists (the same input hash re-run), the old folder is first renamed
 * aside to {@code <parent>/.old-<name>-<random>}, the new one renamed in, and the old one deleted;
 * if the second rename fails the old folder is put back. Whatever fails, the temp folder is
 * deleted, so a failed run leaves no target folder (or the previous one untouched) and no temp
 * folder. Only a process killed mid-way can leave a {@code .tmp-}/{@code .old-} folder behind;
 * names starting with a dot are never run folders.
 */
public final class RunFolder {
    /** Writes a run's files into the (empty) directory it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path directory) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private RunFolder() {}

    /**
     * Creates {@code target} atomically with the files {@code contents} writes, replacing an
     * existing folder of the same name. Returns {@code target}.
     */
    public static Path write(Path target, Contents contents) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = createUnique(parent, ".tmp-" + name + "-");
            contents.writeInto(temp);
            moveIntoPlace(temp, absolute, parent, name);
            temp = null;
            return target;
        } catch (IOException | RuntimeException e) {
            if (temp != null) deleteQuietly(temp, e);
            throw e instanceof RuntimeException re ? re
                    : new PlayException.RunFailed("cannot write run folder " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} as UTF-8 to a temp file beside {@code file}, then renames it onto {@code file}. */
    public static void writeStringAtomically(Path file, String text) {
        Path absolute = file.toAbsolutePath().normalize();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = Files.createTempFile(absolute.getParent(), ".tmp-" + absolute.getFileName() + "-", ".part");
            Files.writeString(temp, text);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new PlayException.RunFailed("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is the one to report
                }
            }
        }
    }

    /**
     * A new empty directory {@code parent/prefix<random>}. Not {@link Files#createTempDirectory}:
     * that makes the folder owner-only (0700), and the folder becomes the published run, which
     * should get the permissions the user's umask gives any other folder.
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36)));
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same name: draw again
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target, Path parent, String name) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        } catch (AtomicMoveNotSupportedException e) {
            throw e;
        } catch (IOException e) {
            if (!Files.exists(target)) throw e;
            // fall through: the target exists (FileAlreadyExists or DirectoryNotEmpty)
        }
        Path aside = Files.createTempDirectory(parent, ".old-" + name + "-");
        Files.delete(aside); // reserve a unique name; the rename below needs it absent
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        deleteRecursively(aside);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void deleteQuietly(Path dir, Exception cause) {
        try {
            deleteRecursively(dir);
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(e);
        }
    }
}
