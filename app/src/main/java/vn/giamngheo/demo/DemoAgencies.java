package vn.giamngheo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads demo/agencies.txt: agencies per level, and extra ones for named units. Public for the test
 * builder that registers the per-level agencies on a test's own units.
 */
public final class DemoAgencies {
    private DemoAgencies() {}

    /**
     * One agency template: for every unit of {@code level}, or only the unit named {@code unitName}
     * (of that level) when it is set.
     */
    public record Template(
            String level, String unitName, String kind, String name, String shortName, List<String> aliases) {}

    public static List<Template> read(String resource) {
        List<Template> templates = new ArrayList<>();
        String level = null;
        String unitName = null;
        try (var in = DemoAgencies.class.getClassLoader().getResourceAsStream(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    level = line.substring(1, line.length() - 1);
                    unitName = null;
                } else if (line.startsWith("@")) {
                    String[] f = line.substring(1).split("\\|");
                    unitName = f[0];
                    level = f[1];
                } else {
                    String[] f = line.split("\\|", -1);
                    List<String> aliases = f[3].isBlank()
                            ? List.of()
                            : Arrays.stream(f[3].split(";")).map(String::strip).toList();
                    templates.add(new Template(level, unitName, f[0], f[1], f[2], aliases));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }
}
