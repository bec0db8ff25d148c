package vn.giamngheo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.planning.PlanDraft;
import vn.giamngheo.planning.Plans;
import vn.giamngheo.planning.UploadedFile;
import vn.giamngheo.shared.Actor;

/**
 * Stores the five seed plans (demo/plans/*.txt, listed in demo/plans/plans.txt) as plans of their
 * units, as read, with the document attached; saving generates their reporting obligations.
 * Their targets and helpers are loaded by {@link DemoTargets}, not here.
 */
final class DemoPlans {
    private DemoPlans() {}

    static void load(Actor actor, List<AdminUnit> units, Plans plans) {
        for (String line : text("demo/plans/plans.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            AdminUnit unit = units.stream()
                    .filter(u -> u.level().equals(f[1]) && u.name().equals(f[2]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo unit " + f[2] + " not found"));
            UploadedFile document = new UploadedFile(f[0], "text/plain; charset=utf-8", bytes("demo/plans/" + f[0]));
            PlanDraft draft = plans.draft(unit.id(), document);
            if (draft.date() == null && !f[3].isBlank()) {
                draft = draft.withDate(f[3]);
            }
            if (!f[4].isBlank()) {
                draft = draft.withPeriod(Integer.valueOf(f[4]), Integer.valueOf(f[5]));
            }
            plans.save(actor, draft, document);
        }
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = DemoPlans.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo resource " + resource + " missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
