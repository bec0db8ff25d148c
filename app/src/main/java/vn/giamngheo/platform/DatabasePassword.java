package vn.giamngheo.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password and its client authentication. The password is
 * generated at the first start and kept in {@code <data-dir>/postgres.password}, readable and
 * writable by the owner only (0600); {@code pg_hba.conf} is made to require it (scram-sha-256) for
 * every connection, over the socket and over loopback TCP alike. A data folder from an earlier
 * version (zonky's {@code initdb -A trust}: any local process was superuser) is migrated at its
 * next start.
 */
final class DatabasePassword {
    static final String FILE = "postgres.password";

    private DatabasePassword() {}

    /** The password of the data folder, generated (0600) when there is none yet. */
    static String readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException e) {
                // another start got there first: use theirs
            } catch (UnsupportedOperationException e) {
                Files.writeString(file, password + "\n", StandardCharsets.US_ASCII); // not a POSIX file system
            }
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Whether some line of {@code pg_hba.conf} lets a client in without a password. */
    static boolean trusts(Path pgData) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        return Files.isRegularFile(hba) && Files.readAllLines(hba).stream().anyMatch(DatabasePassword::isTrustLine);
    }

    /** Every rule of {@code pg_hba.conf} that trusted now asks for the password (scram-sha-256). */
    static void requirePassword(Path pgData) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(hba)) {
            out.add(isTrustLine(line) ? line.replaceFirst("\\btrust\\s*$", "scram-sha-256") : line);
        }
        Files.write(hba, out);
    }

    private static boolean isTrustLine(String line) {
        String t = line.strip();
        return !t.startsWith("#") && t.matches(".*\\strust$");
    }
}
