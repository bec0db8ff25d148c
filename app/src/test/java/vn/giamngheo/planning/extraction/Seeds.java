package vn.giamngheo.planning.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The five seed plans, test resources under {@code src/test/resources/seeds} (public plans of
 * People's Committees and a district Party committee; see the README there), and their extractions
 * with the built-in agency catalogue (each read once per test run).
 */
public final class Seeds {
    static final Path DIRECTORY = directory();
    private static final Map<String, PlanExtraction> EXTRACTIONS = new ConcurrentHashMap<>();

    private Seeds() {}

    private static Path directory() {
        try {
            return Path.of(Seeds.class.getResource("/seeds/README.md").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String prefix) {
        try (var files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("no seed " + prefix + " in " + DIRECTORY.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String prefix) {
        try {
            return Files.readAllBytes(file(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanExtraction extraction(String prefix) {
        return EXTRACTIONS.computeIfAbsent(
                prefix, p -> extract(file(p).getFileName().toString(), bytes(p)));
    }

    static PlanExtraction extract(String filename, byte[] content) {
        return new PlanExtractor(AgencyNameCatalogue.standard()).extract(PlanDocuments.read(filename, content));
    }

    static ExtractedTask task(PlanExtraction plan, String number) {
        List<ExtractedTask> found =
                plan.tasks().stream().filter(t -> t.number().equals(number)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " tasks numbered " + number);
        }
        return found.get(0);
    }

    /** The kind of a task's schedule, or null when the plan gives none. */
    static ScheduleKind kind(ExtractedTask task) {
        return task.schedule() == null ? null : task.schedule().kind();
    }
}
