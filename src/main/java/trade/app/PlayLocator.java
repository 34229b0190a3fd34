package trade.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import trade.core.PlayException;

/**
 * Finds a Play by id ({@code V_CORE_001} → {@code plays/**}{@code /V_CORE_001*.yml}) or takes a
 * path as is, and lists the Play files of a folder.
 */
public final class PlayLocator {
    private PlayLocator() {}

    public static Path locate(String idOrPath, Path playsDir) {
        Path direct = Path.of(idOrPath);
        if (idOrPath.endsWith(".yml") || idOrPath.endsWith(".yaml") || idOrPath.contains("/")) {
            if (Files.isRegularFile(direct)) return direct;
            throw new PlayException.BadInput("Play file not found: " + idOrPath);
        }
        if (Files.isDirectory(playsDir)) {
            try (Stream<Path> files = Files.walk(playsDir)) {
                List<Path> matches = files.filter(Files::isRegularFile).filter(PlayLocator::isPlayFile).filter(p -> {
                    String name = p.getFileName().toString();
                    return name.startsWith(idOrPath + "_") || name.startsWith(idOrPath + ".");
                }).sorted().toList();
                if (!matches.isEmpty()) return matches.getFirst();
            } catch (IOException e) {
                throw new PlayException.BadInput("cannot search " + playsDir + ": " + e.getMessage());
            }
        }
        throw new PlayException.BadInput("no Play '" + idOrPath + "' under " + playsDir + " (give an id like V_CORE_001 or a path to a .yml file)");
    }

    /** Every {@code .yml}/{@code .yaml} file under {@code dir}, recursively, sorted. */
    public static List<Path> playFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new PlayException.BadInput("not a folder: " + dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(PlayLocator::isPlayFile).sorted().toList();
        } catch (IOException e) {
            throw new PlayException.BadInput("cannot read folder " + dir + ": " + e.getMessage());
        }
    }

    private static boolean isPlayFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
