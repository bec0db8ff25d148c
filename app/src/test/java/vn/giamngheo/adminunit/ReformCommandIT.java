package vn.giamngheo.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code units-reform} as an administrator runs it, on a database of its own (the demo's places in the
 * old structure): a dry run reports the changes and stores nothing (a second dry run reports the same),
 * the import stores them, and running it again changes nothing.
 */
class ReformCommandIT {
    private static final String[] PROPERTIES = {
        "giamngheo.data-dir", "giamngheo.demo", "giamngheo.demo-households", "giamngheo.demo-reform"
    };
    private static final Map<String, String> before = new LinkedHashMap<>();

    @BeforeAll
    static void ownDatabase() throws Exception {
        for (String p : PROPERTIES) {
            before.put(p, System.getProperty(p));
        }
        Path dir = Files.createTempDirectory("giamngheo-reform-command-");
        System.setProperty("giamngheo.data-dir", dir.toString());
        System.setProperty("giamngheo.demo", "true");
        System.setProperty("giamngheo.demo-households", "false");
        System.setProperty("giamngheo.demo-reform", "false");
    }

    @AfterAll
    static void restore() {
        before.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    /** Runs the command; returns its report line. */
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ReformCommand()
                .run(
                        args,
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("units-reform "))
                .findFirst()
                .orElseThrow();
    }

    /** The report's figures by their words ("retired" → 40, "list 2024 created" → 12), the timing left out. */
    private static Map<String, Long> figures(String line) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String part : line.substring(line.indexOf(':') + 1).split(";")) {
            String prefix = "";
            for (String item : part.split(",")) {
                String t = item.trim();
                int space = t.lastIndexOf(' ');
                if (space < 0 || !t.substring(space + 1).matches("\\d+")) {
                    continue;
                }
                String words = t.substring(0, space);
                if (words.startsWith("list ")) {
                    prefix = words.substring(0, 10);
                    words = words.substring(10);
                }
                m.put(prefix + words, Long.parseLong(t.substring(space + 1)));
            }
        }
        return m;
    }

    @Test
    void aDryRunStoresNothingTheImportStoresItAndASecondImportChangesNothing() {
        String dry = run("--present", "--dry-run");
        assertThat(dry).contains("PRESENT (dry run, nothing stored)");
        Map<String, Long> wouldChange = figures(dry);
        assertThat(wouldChange.get("retired")).as(dry).isPositive();
        assertThat(wouldChange.get("successions added")).as(dry).isPositive();
        assertThat(wouldChange.get("list 2024 known")).as(dry).isZero();

        assertThat(figures(run("--present", "--dry-run")))
                .as("the first dry run stored nothing")
                .isEqualTo(wouldChange);

        Map<String, Long> done = figures(run("--present"));
        assertThat(done).isEqualTo(wouldChange);

        Map<String, Long> again = figures(run("--present"));
        assertThat(again.get("list 2024 known"))
                .isEqualTo(done.get("list 2024 matched by code") + done.get("list 2024 created"));
        for (String changed : new String[] {
            "list 2024 matched by code",
            "list 2024 created",
            "list 2025 provinces continued",
            "list 2025 created",
            "retired",
            "successions added",
            "legal bases refined",
            "villages moved",
            "households moved"
        }) {
            assertThat(again.get(changed)).as(changed + " in " + again).isZero();
        }
    }
}
