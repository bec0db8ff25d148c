package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: code, tests and their comments cite {@code docs/…} and the law, never
 * files outside the checkout (the sibling folder of shared notes) nor tracker issue numbers. Flyway migrations
 * already applied are left as they are (a changed comment would change their checksum).
 */
class SourceReferencesTest {
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|(?<![\\w/.])shared/(domain|seeds)/");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissues? #?\\d+|\\bissue #\\d+");
    private static final Pattern DOMAIN_NOTE =
            Pattern.compile("(?<![\\w/-])(poverty-standards|household-format|review-and-reporting|programs-and-plans"
                    + "|funding-and-support)\\.md");

    @Test
    void noSourceReadsOrCitesFilesOutsideTheRepositoryOrIssueNumbers() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("src/test/java"), Path.of("src/bench"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().contains("db/migration"))
                        .filter(p -> p.toString().matches(".*\\.(java|properties|html|txt|sql|md)$"))
                        .toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (OUTSIDE.matcher(line).find()
                                || ISSUE.matcher(line).find()
                                || DOMAIN_NOTE.matcher(line).find()) {
                            found.add(f + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("cite docs/domain/… and the law instead").isEmpty();
    }

    @Test
    void theDomainNotesTheCodeCitesAreInTheRepository() {
        for (String note : List.of(
                "poverty-standards",
                "household-format",
                "review-and-reporting",
                "programs-and-plans",
                "funding-and-support")) {
            assertThat(Path.of("..", "docs", "domain", note + ".md")).exists();
        }
    }
}
