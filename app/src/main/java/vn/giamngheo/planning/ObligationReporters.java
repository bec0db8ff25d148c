package vn.giamngheo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.Agency;
import vn.giamngheo.agency.AgencyKind;
import vn.giamngheo.shared.NotFound;

/**
 * Who must send a duty's report, on its due date: a matched agency reports for itself; "UBND các
 * xã, thị trấn" is every commune under the plan's unit current on that day (its People's Committee
 * when registered); "các phòng, ban" the offices and "các cơ quan, đơn vị" the agencies of the
 * plan's unit, less those the report goes to; "các thôn" the villages. A duty naming no reporter
 * ("Theo nhiệm vụ, lĩnh vực được phân công…", seed 001) binds every agency a task of the plan is
 * assigned to. Mentions that say nobody in particular are returned as untracked.
 */
@Component
class ObligationReporters {
    /** The bodies "các cơ quan, đơn vị (thuộc UBND huyện)" covers. */
    static final Set<String> AGENCY_KINDS = Set.of(
            AgencyKind.OFFICE.name(),
            AgencyKind.DEPARTMENT.name(),
            AgencyKind.BANK.name(),
            AgencyKind.INSURER.name(),
            AgencyKind.FRONT.name(),
            AgencyKind.MASS_ORGANISATION.name(),
            AgencyKind.CENTRE.name(),
            AgencyKind.HEALTH.name(),
            AgencyKind.EDUCATION.name(),
            AgencyKind.COMMUNE_POSITION.name(),
            AgencyKind.OTHER.name());

    private final PlanStore plans;
    private final AdminUnits units;
    private final Agencies agencies;
    private final RegistryAgencyResolver registry;

    ObligationReporters(PlanStore plans, AdminUnits units, Agencies agencies, RegistryAgencyResolver registry) {
        this.plans = plans;
        this.units = units;
        this.agencies = agencies;
        this.registry = registry;
    }

    record Reporter(long unitId, Long agencyId, String name) {}

    record Found(List<Reporter> reporters, List<String> untracked) {}

    Found of(Plan plan, Duty duty, LocalDate due) {
        AdminUnit planUnit = units.get(plan.unitId());
        List<Duty.Party> parties = duty.reporters().isEmpty() ? taskAgencies(plan) : duty.reporters();
        Set<Long> recipients = recipients(plan, duty);
        Map<String, Reporter> out = new LinkedHashMap<>();
        List<String> untracked = new ArrayList<>();
        for (Duty.Party p : parties) {
            if (p.agencyId() != null) {
                agency(p.agencyId(), due).ifPresent(a -> put(out, agencyReporter(a, planUnit)));
                continue;
            }
            if (!p.collective()) {
                untracked.add(p.mention());
                continue;
            }
            switch (Collectives.of(p.mention())) {
                case COMMUNES -> level(planUnit, "COMMUNE", due).forEach(c -> put(out, commune(c)));
                case VILLAGES -> level(planUnit, "VILLAGE", due).forEach(v -> put(out, village(v)));
                case OFFICES ->
                    agenciesOf(planUnit, due, Set.of(AgencyKind.OFFICE.name()), recipients)
                            .forEach(a -> put(out, agencyReporter(a, planUnit)));
                case AGENCIES ->
                    agenciesOf(planUnit, due, AGENCY_KINDS, recipients)
                            .forEach(a -> put(out, agencyReporter(a, planUnit)));
                case UNSPECIFIED -> untracked.add(p.mention());
            }
        }
        return new Found(List.copyOf(out.values()), untracked);
    }

    private List<Duty.Party> taskAgencies(Plan plan) {
        Map<Long, Duty.Party> found = new LinkedHashMap<>();
        for (PlanTask t : plans.tasks(plan.id())) {
            for (TaskAssignment a : t.assignments()) {
                if (a.agencyId() != null) {
                    found.putIfAbsent(a.agencyId(), new Duty.Party(a.name(), a.agencyId(), false));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private Set<Long> recipients(Plan plan, Duty duty) {
        Set<Long> ids = new HashSet<>();
        List<String> names = new ArrayList<>(duty.recipients());
        if (duty.via() != null) {
            names.add(duty.via());
        }
        var resolver = registry.atUnit(plan.unitId());
        for (String n : names) {
            resolver.resolve(n).filter(r -> r.id() != null).ifPresent(r -> ids.add(r.id()));
        }
        return ids;
    }

    private java.util.Optional<Agency> agency(long id, LocalDate due) {
        try {
            Agency a = agencies.get(id);
            return a.retiredAt() != null && a.retiredAt().isBefore(due)
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(a);
        } catch (NotFound e) {
            return java.util.Optional.empty();
        }
    }

    private List<AdminUnit> level(AdminUnit root, String level, LocalDate due) {
        return units.subtree(root).stream()
                .filter(u -> u.level().equals(level) && u.activeOn(due))
                .toList();
    }

    private List<Agency> agenciesOf(AdminUnit unit, LocalDate due, Set<String> kinds, Set<Long> except) {
        return agencies.ofUnit(unit.id()).stream()
                .filter(a -> kinds.contains(a.kind()) && !except.contains(a.id()))
                .filter(a -> a.retiredAt() == null || !a.retiredAt().isBefore(due))
                .toList();
    }

    private Reporter commune(AdminUnit commune) {
        Long committee = agencies.ofUnit(commune.id()).stream()
                .filter(a -> a.kind().equals(AgencyKind.PEOPLES_COMMITTEE.name()) && a.retiredAt() == null)
                .map(Agency::id)
                .findFirst()
                .orElse(null);
        return new Reporter(commune.id(), committee, commune.fullName());
    }

    private Reporter village(AdminUnit village) {
        String parent = village.parentId() == null
                ? ""
                : ", " + units.get(village.parentId()).fullName();
        return new Reporter(village.id(), null, village.fullName() + parent);
    }

    private Reporter agencyReporter(Agency a, AdminUnit planUnit) {
        String name = a.unitId() == planUnit.id()
                ? a.name()
                : a.name() + " (" + units.get(a.unitId()).fullName() + ")";
        return new Reporter(a.unitId(), a.id(), name);
    }

    private static void put(Map<String, Reporter> out, Reporter r) {
        out.putIfAbsent(r.unitId() + "/" + r.agencyId(), r);
    }
}
