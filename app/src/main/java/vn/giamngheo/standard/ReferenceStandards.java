package vn.giamngheo.standard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The three national standards as shipped in {@code standards/national.json}: QĐ 59/2015,
 * NĐ 07/2021 and NĐ 351/2025, version 1. Loaded without Spring, so the command line can classify
 * without starting the application; the database is seeded from the same file.
 */
public final class ReferenceStandards {
    public static final String RESOURCE = "/standards/national.json";

    private ReferenceStandards() {}

    public static List<PovertyStandard> national() {
        return Loaded.NATIONAL;
    }

    public static Optional<PovertyStandard> find(String id) {
        for (PovertyStandard s : Loaded.NATIONAL) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static List<String> ids() {
        return Loaded.NATIONAL.stream().map(PovertyStandard::id).toList();
    }

    /** Holder: the file is read once, on first use. */
    private static final class Loaded {
        static final List<PovertyStandard> NATIONAL = load();

        private static List<PovertyStandard> load() {
            try (InputStream in = ReferenceStandards.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return List.copyOf(StandardJson.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
