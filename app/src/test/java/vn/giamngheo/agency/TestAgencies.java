package vn.giamngheo.agency;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.demo.DemoAgencies;
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
        for (DemoAgencies.Template t : DemoAgencies.read(CATALOGUE)) {
            // the lines for one named demo unit are left out
            if (t.level().equals(unit.level()) && t.unitName() == null) {
                made.add(agencies.create(
                        SYSTEM, unit.id(), AgencyKind.valueOf(t.kind()), t.name(), t.shortName(), t.aliases()));
            }
        }
        return made;
    }

    /** The standard agencies of each unit given. */
    public void standardForEach(AdminUnit... units) {
        for (AdminUnit u : units) {
            standardFor(u);
        }
    }
}
