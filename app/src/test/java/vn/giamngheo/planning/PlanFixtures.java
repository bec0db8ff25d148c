package vn.giamngheo.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.TestAgencies;
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

    /** A place of the tests' own: a fresh province, a district and its communes. */
    record Place(AdminUnit province, AdminUnit district, List<AdminUnit> communes) {
        AdminUnit commune(int number) {
            return communes.get(number - 1);
        }
    }

    /**
     * A fresh province with a district of {@code communes} communes, each unit with the agencies of
     * its level (the names and abbreviations the seed plans write), so that a seed plan saved on it
     * resolves its assignments and owes its reports as on the real district.
     */
    static Place newPlace(AdminUnits units, Agencies agencies, int communes) {
        TestUnits places = new TestUnits(units);
        TestAgencies registry = new TestAgencies(agencies);
        AdminUnit province = places.aProvince();
        AdminUnit district = places.aDistrictIn(province);
        registry.standardForEach(province, district);
        List<AdminUnit> made = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            made.add(newCommune(units, agencies, district.id()));
        }
        return new Place(province, district, made);
    }

    /** A new district of the tests' own under a fresh province, both with their agencies. */
    static AdminUnit newDistrict(AdminUnits units, Agencies agencies) {
        return newPlace(units, agencies, 0).district();
    }

    /** A new commune of the tests' own under a district of the tests' own, with its agencies. */
    static AdminUnit newCommune(AdminUnits units, Agencies agencies, long districtId) {
        AdminUnit commune = units.create(
                SYSTEM,
                new NewAdminUnit(districtId, null, "Thử nghiệm " + SEQUENCE.incrementAndGet(), "Xã", "COMMUNE", null));
        new TestAgencies(agencies).standardFor(commune);
        return commune;
    }

    /**
     * Saves a seed plan for a unit of the tests' own, with the date and period demo/plans/plans.txt
     * gives the seeds that print none. The file is a copy with a line of its own at the end: a file
     * is stored once (by fingerprint) and the demo stores the originals.
     */
    static PlanDetail saveSeed(Plans plans, AdminUnit unit, String seed) {
        byte[] copy = (new String(seed(seed), StandardCharsets.UTF_8) + "\n" + unit.code() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        UploadedFile document = new UploadedFile(seed, "text/plain; charset=utf-8", copy);
        PlanDraft draft = plans.draft(unit.id(), document);
        String[] f = seedLine(seed);
        if (draft.date() == null && !f[3].isBlank()) {
            draft = draft.withDate(f[3]);
        }
        if (!f[4].isBlank()) {
            draft = draft.withPeriod(Integer.valueOf(f[4]), Integer.valueOf(f[5]));
        }
        return plans.save(SYSTEM, draft, document);
    }

    private static String[] seedLine(String seed) {
        for (String line : new String(resource("demo/plans/plans.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith(seed + "|")) {
                return line.split("\\|", -1);
            }
        }
        throw new IllegalArgumentException(seed);
    }

    /** A seed read by the API's import for a unit, as {@code user}: the extraction to review. */
    static JsonNode importSeed(vn.giamngheo.Http http, String user, String seed, long unitId) {
        vn.giamngheo.Http.Response r = http.post(
                "/api/v1/plans/import?unitId=" + unitId,
                user,
                "text/markdown; charset=utf-8",
                new String(seed(seed), StandardCharsets.UTF_8));
        if (r.status() != 200) {
            throw new AssertionError("import of " + seed + ": " + r.status() + " " + r.body());
        }
        return r.json();
    }

    static byte[] seed(String file) {
        return resource("demo/plans/" + file);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PlanFixtures.class.getClassLoader().getResourceAsStream(name)) {
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
