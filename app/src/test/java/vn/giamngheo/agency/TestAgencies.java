package vn.giamngheo.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.shared.Actor;

/**
 * Registers on a test's own unit the agencies every unit of its level has, with the names and
 * abbreviations plans write (the level sections of {@code demo/agencies.txt}; the lines for one
 * named demo unit are left out), so that plan tests resolve their assignments without the demo's
 * units.
 */
public final class TestAgencies {
    private static final Actor SYSTEM = Actor.system("test-agencies");
    private static final String CATALOGUE = "demo/agencies.txt";
    private final Agencies agencies;

    public TestAgencies(Agencies agencies) {
        this.agencies = agencies;
    }

    /** The unit's standard agencies, as the catalogue lists them for its level; returns them. */
    public List<Agency> standardFor(AdminUnit unit) {
        List<Agency> made = new ArrayList<>();
        for (String[] f : lines(unit.level())) {
            List<String> aliases = f[3].isBlank()
                    ? List.of()
                    : Arrays.stream(f[3].split(";")).map(String::strip).toList();
            made.add(agencies.create(SYSTEM, unit.id(), AgencyKind.valueOf(f[0]), f[1], f[2], aliases));
        }
        return made;
    }

    /** The standard agencies of each unit given. */
    public void standardForEach(AdminUnit... units) {
        for (AdminUnit u : units) {
            standardFor(u);
        }
    }

    private static List<String[]> lines(String level) {
        List<String[]> out = new ArrayList<>();
        String section = null;
        try (var in = TestAgencies.class.getClassLoader().getResourceAsStream(CATALOGUE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                } else if (line.startsWith("@")) {
                    section = null; // agencies of one named demo unit only
                } else if (level.equals(section)) {
                    out.add(line.split("\\|", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
