package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Integration tests build the units, accounts and households they need (decision 1120): none may
 * name the demo dataset's accounts, places or unit codes, nor count a whole table. A source scan of
 * the ITs and the helpers they extend; the tests that are about the demo itself are listed below
 * with their reason (decision 1140). Unit tests are not scanned: without a database they cannot
 * rely on the demo, and parsers rightly read texts naming real places.
 */
class TestsOwnTheirDataTest {
    /** Tests allowed to name the demo, and why. */
    static final Map<String, String> ABOUT_THE_DEMO = Map.of(
            "DemoDatasetIT", "the demo module's own test: checks what the first start loads",
            "DemoSeedPlansIT", "the demo's copy of the five seed plans on their real units, matched to its agencies",
            "DemoTargetsIT", "the targets and helpers the demo loads from seeds 003 and 004 for their real places",
            "DemoReformTotalsIT", "the demo's own places: 2024 totals equal in the old units and in today's",
            "ReformIT", "the demo with its households and the 2025 reform applied, on a database of its own",
            "KillAndRestartIT", "starts the application as a process, as a first start does, with its demo",
            "ReviewImportKillIT", "starts the application as a process, as a first start does, with its demo",
            "ExternalDatabaseIT", "a first start on an external database: the first administrator is 'admin'",
            "AdminUnitApiIT", "builds a district of its own with the real communes' names to check the order");

    private static final List<String> DEMO_ACCOUNTS = List.of("admin", "xuanbai", "ratsoatvien");
    /** Unit 1 and the first root are the demo's first province. */
    private static final Pattern FIRST_DEMO_UNIT =
            Pattern.compile("(admin-units/|/units/|unitId=)1(?![0-9])|List\\.of\\(1L\\)|roots\\(\\)\\.get\\(0\\)");

    private static final Pattern WHOLE_TABLE_COUNT = Pattern.compile("(?i)count\\(\\*\\)\\s+from\\s+[a-z_]+\\s*\"");

    @Test
    void integrationTestsNameNoDemoAccountPlaceOrCodeAndCountNoWholeTable() throws IOException {
        Set<String> literals = demoLiterals();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path f :
                    files.filter(TestsOwnTheirDataTest::isIntegrationSource).toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                if (ABOUT_THE_DEMO.containsKey(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    for (String literal : literals) {
                        if (line.contains(literal)) {
                            found.add(f.getFileName() + ":" + (i + 1) + " names the demo's " + literal);
                        }
                    }
                    if (line.contains(Http.DEMO_PASSWORD)) {
                        found.add(f.getFileName() + ":" + (i + 1) + " writes the password out: use TestUsers.PASSWORD");
                    }
                    if (FIRST_DEMO_UNIT.matcher(line).find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + " uses the demo's first province");
                    }
                    if (WHOLE_TABLE_COUNT.matcher(line).find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + " counts a whole table");
                    }
                }
            }
        }
        assertThat(found)
                .as("build units with adminunit.TestUnits, accounts with identity.TestUsers (decision 1120)")
                .isEmpty();
    }

    @Test
    void theScanKnowsTheDemosPlacesAndAccounts() throws IOException {
        Set<String> literals = demoLiterals();
        assertThat(literals).contains("\"Xuân Bái\"", "\"Xã Xuân Bái\"", "\"15547\"", "\"xuanbai\"", "\"admin:");
        assertThat(literals).as("villages are numbered, not named").doesNotContain("\"1\"");
        assertThat(WHOLE_TABLE_COUNT
                        .matcher("SELECT count(*) FROM household\")")
                        .find())
                .isTrue();
        assertThat(FIRST_DEMO_UNIT
                        .matcher("get(\"/api/v1/admin-units/1\", admin)")
                        .find())
                .isTrue();
        assertThat(FIRST_DEMO_UNIT
                        .matcher("get(\"/api/v1/admin-units/12\", admin)")
                        .find())
                .isFalse();
        assertThat(FIRST_DEMO_UNIT.matcher("units.roots().get(0).id()").find()).isTrue();
        assertThat(WHOLE_TABLE_COUNT
                        .matcher("SELECT count(*) FROM household WHERE unit_id = :u\")")
                        .find())
                .isFalse();
        for (String name : ABOUT_THE_DEMO.keySet()) {
            try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
                assertThat(files.anyMatch(p -> p.getFileName().toString().equals(name + ".java")))
                        .as("allowed test %s exists", name)
                        .isTrue();
            }
        }
    }

    /** An IT, or a helper ITs extend or build with (fixtures, base classes, worlds). */
    private static boolean isIntegrationSource(Path p) {
        String n = p.getFileName().toString();
        if (!n.endsWith(".java") || n.endsWith("Test.java")) {
            return false;
        }
        if (n.endsWith("IT.java") || n.contains("Fixtures") || n.contains("World")) {
            return true;
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8).contains("extends IntegrationTestBase");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The demo's names as string literals of Java or SQL: places (alone or after their kind) and unit
     * codes of demo/hierarchy.txt, and the demo's accounts (alone or as "user:password").
     */
    static Set<String> demoLiterals() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line :
                Files.readAllLines(Path.of("src/main/resources/demo/hierarchy.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\|");
            String code = f[1];
            String kind = f[2];
            String name = f[3];
            out.add("\"" + code + "\"");
            out.add("\"" + name + "\"");
            out.add("\"" + kind + " " + name + "\"");
            out.add("'" + name + "'"); // in SQL
            out.add("'" + code + "'");
        }
        for (String account : DEMO_ACCOUNTS) {
            out.add("\"" + account + "\"");
            out.add("\"" + account + ":");
            out.add("'" + account + "'");
        }
        return out;
    }
}
