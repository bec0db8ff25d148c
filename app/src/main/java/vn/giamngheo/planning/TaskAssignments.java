package vn.giamngheo.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import vn.giamngheo.planning.extraction.AgencyResolver;
import vn.giamngheo.planning.extraction.AssignedUnit;
import vn.giamngheo.planning.extraction.ExtractedTask;
import vn.giamngheo.planning.extraction.ResolvedAgency;
import vn.giamngheo.planning.extraction.UnitRole;
import vn.giamngheo.shared.InvalidInput.Problem;

/**
 * A reviewed task's units as assignments. The lists the official edits ({@code lead}, {@code
 * coordinators}, {@code collective}) decide who is assigned; for each name the agency id the import
 * found ({@code units}) is kept when the name is still that unit's, otherwise the name is looked up
 * in the registry at the plan's unit, and a name nobody knows is kept as written.
 */
final class TaskAssignments {
    private TaskAssignments() {}

    record New(String role, Long agencyId, String mention, String name) {}

    static List<New> of(
            ExtractedTask t, AgencyResolver resolver, LongPredicate agencyExists, int line, List<Problem> problems) {
        List<New> out = new ArrayList<>();
        String f = "tasks[" + (line - 1) + "]";
        add(out, t, UnitRole.LEAD, TaskAssignment.LEAD, t.lead(), resolver, agencyExists, line, f + ".lead", problems);
        add(
                out,
                t,
                UnitRole.COORDINATOR,
                TaskAssignment.COORDINATOR,
                t.coordinators(),
                resolver,
                agencyExists,
                line,
                f + ".coordinators",
                problems);
        if (t.collective() != null) {
            for (String name : t.collective()) {
                if (name != null && !name.isBlank()) {
                    out.add(new New(TaskAssignment.COLLECTIVE, null, name.strip(), name.strip()));
                }
            }
        }
        return out;
    }

    private static void add(
            List<New> out,
            ExtractedTask t,
            UnitRole unitRole,
            String role,
            List<String> names,
            AgencyResolver resolver,
            LongPredicate agencyExists,
            int line,
            String field,
            List<Problem> problems) {
        if (names == null) {
            return;
        }
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            if (name == null || name.isBlank()) {
                continue;
            }
            String n = name.strip();
            Optional<AssignedUnit> given = t.units() == null
                    ? Optional.empty()
                    : t.units().stream()
                            .filter(u -> u != null && u.role() == unitRole && !u.collective())
                            .filter(u -> n.equals(u.display()) || n.equals(u.mention()))
                            .findFirst();
            if (given.isPresent() && given.get().agencyId() != null) {
                long id = given.get().agencyId();
                if (!agencyExists.test(id)) {
                    problems.add(Problem.of(field + "[" + k + "]", "plan.agencyUnknown", String.valueOf(id), n)
                            .at(line, ""));
                    continue;
                }
                out.add(new New(role, id, given.get().mention(), n));
                continue;
            }
            Optional<ResolvedAgency> found = resolver.resolve(n);
            String mention = given.map(AssignedUnit::mention).orElse(n);
            out.add(found.map(r -> new New(role, r.id(), mention, r.name())).orElse(new New(role, null, mention, n)));
        }
    }
}
