package vn.giamngheo.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.Succession;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.Component;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * The outcomes of support (decision 1430): for the households supported while poor or near-poor,
 * their class on the later recognised lists — the share that escaped within one and two list years
 * by content, sub-project and unit, what was disbursed per household that escaped, and those that
 * fell back. Counts are read in the reader's reach and the reading audited like the other tables of
 * households; the households themselves are personal data (HOUSEHOLD_READ, in reach, audited).
 */
@Service
public class SupportOutcomes {
    static final String ENTITY = "SupportOutcome";
    static final int DRILL_LIMIT = 1000;
    /** The drill-down filters: escaped within one or two years, fell back, still listed after one. */
    static final List<String> ONLY = List.of("ESCAPED1", "ESCAPED2", "FELL_BACK", "STAYED");

    private final SupportOutcomeStore store;
    private final SupportGrants grants;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    SupportOutcomes(
            SupportOutcomeStore store,
            SupportGrants grants,
            Catalogue catalogue,
            AdminUnits units,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.grants = grants;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public OutcomeTable table(Actor actor, long unitId, Long contentId, Long componentId) {
        actor.require(Permission.REPORT_READ);
        AdminUnit unit = reachable(actor, unitId);
        OutcomeTable t = lines(actor, unit, contentId, componentId);
        audit.read(
                actor,
                ENTITY,
                unitId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                "table content=" + contentId + " component=" + componentId);
        return t;
    }

    /** The workbook's content: the table and, for a reader of households, those that fell back. */
    public record Report(OutcomeTable table, List<OutcomeHousehold> fellBack) {}

    public Report report(Actor actor, long unitId, Long contentId, Long componentId) {
        actor.require(Permission.REPORT_READ);
        AdminUnit unit = reachable(actor, unitId);
        OutcomeTable t = lines(actor, unit, contentId, componentId);
        List<OutcomeHousehold> fellBack = actor.permissions().contains(Permission.HOUSEHOLD_READ)
                ? store.households(actor.jurisdiction(), filter(unit, contentId, componentId), "FELL_BACK", DRILL_LIMIT)
                : null;
        audit.read(
                actor,
                ENTITY,
                unitId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                "report content=" + contentId + " component=" + componentId);
        return new Report(t, fellBack);
    }

    private OutcomeTable lines(Actor actor, AdminUnit unit, Long contentId, Long componentId) {
        SupportOutcomeStore.Filter f = filter(unit, contentId, componentId);
        var scope = actor.jurisdiction();
        List<OutcomeLine> total = store.lines(scope, f, SupportOutcomeStore.Breakdown.ALL);
        Map<Long, String> contents = new HashMap<>();
        catalogue.contents().forEach(c -> contents.put(c.id(), c.name()));
        Map<Long, String> components = new HashMap<>();
        catalogue.allComponents().forEach(c -> components.put(c.id(), c.code() + " – " + c.name()));
        List<OutcomeLine> byContent = named(
                store.lines(scope, f, SupportOutcomeStore.Breakdown.CONTENT), k -> contents.get(Long.parseLong(k)));
        List<OutcomeLine> byComponent = named(
                store.lines(scope, f, SupportOutcomeStore.Breakdown.COMPONENT), k -> components.get(Long.parseLong(k)));
        List<OutcomeLine> byUnit = named(
                store.lines(scope, f, SupportOutcomeStore.Breakdown.UNIT),
                k -> units.find(Long.parseLong(k)).map(AdminUnit::fullName).orElse(k));
        return new OutcomeTable(
                unit.id(),
                unit.fullName(),
                unit.level(),
                contentId,
                componentId,
                total.isEmpty()
                        ? empty(unit.fullName())
                        : named(total, k -> unit.fullName()).get(0),
                byContent,
                byComponent,
                byUnit,
                successions(byUnit));
    }

    /**
     * For each unit of the breakdown formed from earlier units: "X was formed from A, B on day (basis)",
     * one per reorganisation (date and legal basis), as the reports state it (decision 1906).
     */
    private List<Message> successions(List<OutcomeLine> byUnit) {
        List<Message> out = new ArrayList<>();
        for (OutcomeLine l : byUnit) {
            long id;
            try {
                id = Long.parseLong(l.key());
            } catch (NumberFormatException e) {
                continue;
            }
            Map<String, List<String>> formedFrom = new java.util.LinkedHashMap<>();
            Map<String, Succession> first = new HashMap<>();
            for (Succession s : units.successions(id)) {
                if (s.successorId() != id) {
                    continue;
                }
                String key = s.effectiveDate() + "\u0000" + (s.legalBasis() == null ? "" : s.legalBasis());
                formedFrom
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(units.get(s.predecessorId()).fullName());
                first.putIfAbsent(key, s);
            }
            formedFrom.forEach((key, names) -> {
                Succession s = first.get(key);
                out.add(Message.of(
                        "support.outcome.formedFrom",
                        l.name(),
                        String.join(", ", names),
                        s.effectiveDate(),
                        s.legalBasis() == null ? Message.of("support.outcome.noBasis") : s.legalBasis()));
            });
        }
        return out;
    }

    /**
     * The supported households of a unit's subtree in the reader's reach ({@code only}: one of
     * {@link #ONLY}, or all), at most {@link #DRILL_LIMIT}, the ones that fell back first; audited.
     */
    public List<OutcomeHousehold> households(Actor actor, long unitId, Long contentId, Long componentId, String only) {
        actor.require(Permission.HOUSEHOLD_READ);
        String which = only == null || only.isBlank() ? null : only.strip();
        if (which != null && !ONLY.contains(which)) {
            throw InvalidInput.of("only", Message.of("support.outcome.only", which));
        }
        AdminUnit unit = reachable(actor, unitId);
        List<OutcomeHousehold> out =
                store.households(actor.jurisdiction(), filter(unit, contentId, componentId), which, DRILL_LIMIT);
        audit.read(
                actor,
                ENTITY,
                unitId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                "households only=" + which + " content=" + contentId + " component=" + componentId);
        return out;
    }

    /**
     * A household's page: its class on each list year beside the support whose period starts that
     * year, from the earlier of its first grant and four years back, to next year's list when
     * recognised; read in reach (the grants through the facade, audited once), newest first.
     */
    public List<HouseholdYear> householdYears(Actor actor, long householdId) {
        List<SupportGrant> received = grants.ofHousehold(actor, householdId);
        LocalDate today = LocalDate.now(clock);
        int from = received.stream().mapToInt(g -> g.from().getYear()).min().orElse(today.getYear());
        from = Math.min(from, today.getYear() - 4);
        Map<Integer, HouseholdYear.Listed> listed = new TreeMap<>();
        store.listed(
                        actor.jurisdiction(),
                        householdId,
                        received.stream().map(SupportGrant::unitId).distinct().toList(),
                        from,
                        today)
                .forEach(l -> listed.put(l.year(), l));
        Map<Integer, List<SupportGrant>> byYear = new TreeMap<>();
        received.forEach(g -> byYear.computeIfAbsent(g.from().getYear(), y -> new ArrayList<>())
                .add(g));
        TreeMap<Integer, HouseholdYear> years = new TreeMap<>(Comparator.reverseOrder());
        int to = Math.max(
                today.getYear() + 1,
                received.stream().mapToInt(g -> g.from().getYear()).max().orElse(0));
        for (int y = from; y <= to; y++) {
            HouseholdYear.Listed l = listed.get(y);
            List<SupportGrant> gs = byYear.getOrDefault(y, List.of());
            boolean shown = !gs.isEmpty() || (l != null && (l.recognised() || y <= today.getYear()));
            if (shown) {
                years.put(
                        y,
                        new HouseholdYear(y, l == null ? null : l.householdClass(), l != null && l.recognised(), gs));
            }
        }
        return new ArrayList<>(years.values());
    }

    private SupportOutcomeStore.Filter filter(AdminUnit unit, Long contentId, Long componentId) {
        return new SupportOutcomeStore.Filter(unit.path(), unit.id(), contentId, componentId, LocalDate.now(clock));
    }

    private AdminUnit reachable(Actor actor, long unitId) {
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        return unit;
    }

    private static List<OutcomeLine> named(List<OutcomeLine> lines, Function<String, String> name) {
        return lines.stream()
                .filter(l -> l.key() != null)
                .map(l -> new OutcomeLine(
                        l.key(),
                        name.apply(l.key()),
                        l.supported(),
                        l.households(),
                        l.base1(),
                        l.escaped1(),
                        l.spent1(),
                        l.base2(),
                        l.escaped2(),
                        l.spent2(),
                        l.fellBack(),
                        l.spent()))
                .sorted(Comparator.comparingLong(OutcomeLine::households)
                        .reversed()
                        .thenComparing(l -> l.name() == null ? "" : l.name()))
                .toList();
    }

    private static OutcomeLine empty(String name) {
        return new OutcomeLine("ALL", name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The contents and sub-projects the filters offer. */
    public List<SupportContent> contents() {
        return catalogue.contents();
    }

    public List<Component> components() {
        return catalogue.leafComponents();
    }
}
