package vn.giamngheo.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Refuses a data folder that cannot hold the database, before PostgreSQL is asked to use it. */
final class DataDirectoryCheck {
    private DataDirectoryCheck() {}

    static void requireUsable(Path dataDir, Path pgData) {
        Path abs = dataDir.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw unusable(abs, "đây là một tệp, không phải thư mục (it is a file, not a folder)");
        }
        try {
            Files.createDirectories(pgData);
        } catch (IOException | SecurityException e) {
            throw unusable(abs, "không tạo được thư mục (cannot create it): " + e.getMessage());
        }
        Path probe = abs.resolve(".write-check");
        try {
            Files.writeString(probe, "ok");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw unusable(abs, "không ghi được (not writable): " + e.getMessage());
        }
        boolean hasCluster = Files.isRegularFile(pgData.resolve("PG_VERSION"));
        if (!hasCluster && !isEmptyOrOnlyLock(pgData)) {
            throw unusable(
                    pgData.toAbsolutePath(),
                    "thư mục có dữ liệu lạ, không phải cơ sở dữ liệu PostgreSQL"
                            + " (holds files that are not a PostgreSQL database)");
        }
    }

    private static boolean isEmptyOrOnlyLock(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(p -> p.getFileName().toString().equals("epg-lock"));
        } catch (IOException e) {
            return false;
        }
    }

    private static StartupProblem unusable(Path dir, String reason) {
        return new StartupProblem("Thư mục dữ liệu " + dir + " không dùng được (unusable data folder): " + reason);
    }
}
