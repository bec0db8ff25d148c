package vn.giamngheo.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.shared.Actor;

/** Units, seed documents and comparisons for the plan integration tests. */
final class PlanFixtures {
    static final Actor SYSTEM = Actor.system("plan-tests");
    static final String[] SEEDS = {
        "000_7dc579e07c37fe6b.txt",
        "001_77f6fc84ebd74c3d.txt",
        "002_48096e425ae6f78d.txt",
        "003_10de011b70d5e53d.txt",
        "004_33768970df9aca94.txt"
    };
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PlanFixtures() {}

    static AdminUnit unit(AdminUnits units, String level, String name) {
        return units.search(name, level, 20).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(level + " " + name + " not found"));
    }

    /** The seed's unit as the demo stores it (demo/plans/plans.txt). */
    static AdminUnit seedUnit(AdminUnits units, String seed) {
        return switch (seed.substring(0, 3)) {
            case "000" -> unit(units, "DISTRICT", "Kon Rẫy");
            case "001" -> unit(units, "COMMUNE", "Cẩm Châu");
            case "002" -> unit(units, "DISTRICT", "Võ Nhai");
            case "003" -> unit(units, "DISTRICT", "Ngọc Hồi");
            default -> unit(units, "DISTRICT", "Thọ Xuân");
        };
    }

    /**
     * A new district of the tests' own under a demo province: the demo's districts keep their communes
     * (other tests count them) and saved plans do not meet the demo's.
     */
    static AdminUnit newDistrict(AdminUnits units, String province) {
        return units.create(
                SYSTEM,
                new NewAdminUnit(
                        unit(units, "PROVINCE", province).id(),
                        null,
                        "Thử nghiệm " + SEQUENCE.incrementAndGet(),
                        "Huyện",
                        "DISTRICT",
                        null));
    }

    /** A new commune of the tests' own under a district of the tests' own. */
    static AdminUnit newCommune(AdminUnits units, long districtId) {
        return units.create(
                SYSTEM,
                new NewAdminUnit(districtId, null, "Thử nghiệm " + SEQUENCE.incrementAndGet(), "Xã", "COMMUNE", null));
    }

    static byte[] seed(String file) {
        try (InputStream in = PlanFixtures.class.getClassLoader().getResourceAsStream("demo/plans/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A task as the comparison sees it: number, text, leads, coordinators, collective, schedule. */
    static List<String> extractedTasks(JsonNode extraction) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : extraction.get("tasks")) {
            out.add(String.join(
                    " | ",
                    t.get("number").asString(),
                    t.get("text").asString(),
                    names(t.get("lead")),
                    names(t.get("coordinators")),
                    names(t.get("collective")),
                    schedule(t.get("schedule"))));
        }
        return out;
    }

    static List<String> storedTasks(JsonNode detail) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : detail.get("tasks")) {
            out.add(String.join(
                    " | ",
                    t.get("number").asString(),
                    t.get("text").asString(),
                    role(t, "LEAD"),
                    role(t, "COORDINATOR"),
                    role(t, "COLLECTIVE"),
                    schedule(t.get("schedule"))));
        }
        return out;
    }

    private static String names(JsonNode list) {
        List<String> n = new ArrayList<>();
        list.forEach(x -> n.add(x.asString()));
        return String.join("; ", n);
    }

    private static String role(JsonNode task, String role) {
        List<String> n = new ArrayList<>();
        task.get("assignments").forEach(a -> {
            if (a.get("role").asString().equals(role)) {
                n.add(a.get("name").asString());
            }
        });
        return String.join("; ", n);
    }

    private static String schedule(JsonNode s) {
        if (s == null || s.isNull()) {
            return "-";
        }
        return s.get("kind").asString() + "/" + s.get("year") + "/" + s.get("month") + "/" + s.get("day") + "/"
                + s.get("event");
    }
}
