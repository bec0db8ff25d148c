package vn.giamngheo.householdplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.planning.ObligationView;
import vn.giamngheo.planning.Obligations;
import vn.giamngheo.planning.UploadedFile;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * A commune's "able to escape this year" list: read (scoped, audited), exported, and submitted to the
 * level above as one of the commune's reporting obligations of the year (planning's obligations:
 * the due date and whether it was met are theirs; the list as PDF and its counts go with the
 * submission). The households submitted are kept, so the year-end hit rate compares the list sent.
 */
@Service
public class EscapeLists {
    static final String ENTITY = "EscapeList";
    private final EscapeStore store;
    private final AdminUnits units;
    private final Obligations obligations;
    private final EscapeExport export;
    private final HouseholdPlans plans;
    private final AuditLog audit;
    private final java.time.Clock clock;

    EscapeLists(
            EscapeStore store,
            AdminUnits units,
            Obligations obligations,
            EscapeExport export,
            HouseholdPlans plans,
            AuditLog audit,
            java.time.Clock clock) {
        this.store = store;
        this.units = units;
        this.obligations = obligations;
        this.export = export;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    public EscapeList list(Actor actor, long communeId, int year) {
        actor.require(Permission.HOUSEHOLD_READ);
        HouseholdPlans.checkYear(year);
        AdminUnit commune = commune(communeId);
        EscapeList list = build(actor, commune, year);
        audit.read(actor, ENTITY, communeId, new AuditLog.UnitRef(commune.id(), commune.path()), "year " + year);
        return list;
    }

    private EscapeList build(Actor actor, AdminUnit commune, int year) {
        List<EscapeRow> rows = store.rows(commune.path(), year, actor.jurisdiction());
        int with = (int) rows.stream()
                .filter(r -> Boolean.TRUE.equals(r.labourCapacity()))
                .count();
        int without = (int) rows.stream()
                .filter(r -> Boolean.FALSE.equals(r.labourCapacity()))
                .count();
        HitRate hit = store.hitRates(commune.path(), year, actor.jurisdiction()).stream()
                .filter(h -> h.unitId() == commune.id())
                .findFirst()
                .orElse(new HitRate(commune.id(), commune.fullName(), 0, 0, 0, false));
        return new EscapeList(
                commune.id(),
                commune.fullName(),
                year,
                rows,
                with,
                without,
                rows.size() - with - without,
                store.lastSubmission(commune.id(), year).orElse(null),
                hit);
    }

    /** The hit rate of every commune in a unit's subtree for a year (rolled up over the communes). */
    public List<HitRate> hitRates(Actor actor, long unitId, int year) {
        actor.require(Permission.HOUSEHOLD_READ);
        HouseholdPlans.checkYear(year);
        AdminUnit unit = units.get(unitId);
        List<HitRate> rates = store.hitRates(unit.path(), year, actor.jurisdiction());
        audit.read(actor, ENTITY, unitId, new AuditLog.UnitRef(unit.id(), unit.path()), "hit rate " + year);
        return rates;
    }

    /** The commune's reporting obligations of the year, earliest due first (the list answers one of them). */
    public List<ObligationView> obligations(Actor actor, long communeId, int year) {
        return obligations.completeness(actor, communeId, year).obligations().stream()
                .filter(o -> o.reporterUnitId() == communeId && o.reporterAgencyId() == null)
                .sorted(Comparator.comparing(ObligationView::due))
                .toList();
    }

    public byte[] xlsx(Actor actor, long communeId, int year, Locale locale) {
        return export.xlsx(list(actor, communeId, year), locale);
    }

    public byte[] pdf(Actor actor, long communeId, int year, Locale locale) {
        return export.pdf(list(actor, communeId, year), locale);
    }

    /**
     * Submits the list as it stands: keeps the households on it and, when an obligation is named (one
     * of the commune's own for the year), records the submission there with the PDF and the counts.
     */
    @Transactional
    public EscapeList submit(Actor actor, long communeId, int year, Long obligationId, Locale locale) {
        actor.require(Permission.PLAN_EDIT);
        HouseholdPlans.checkYear(year);
        AdminUnit commune = commune(communeId);
        if (!actor.jurisdiction().covers(commune.path())) {
            throw new OutsideJurisdiction("AdminUnit", communeId);
        }
        EscapeList list = build(actor, commune, year);
        if (list.rows().isEmpty()) {
            throw InvalidInput.of("year", Message.of("householdplan.escapeEmpty", String.valueOf(year)));
        }
        if (obligationId != null
                && obligations(actor, communeId, year).stream().noneMatch(o -> o.id() == obligationId)) {
            throw InvalidInput.of(
                    "obligationId", Message.of("householdplan.obligationNotOwn", String.valueOf(obligationId)));
        }
        LocalDate today = plans.today();
        List<Long> ids = list.rows().stream().map(EscapeRow::householdId).toList();
        long id = store.insertSubmission(
                communeId,
                year,
                obligationId,
                today,
                ids,
                list.withLabour(),
                list.withoutLabour(),
                clock.instant(),
                actor.username());
        if (obligationId != null) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("households", ids.size());
            figures.put("withLabourCapacity", list.withLabour());
            figures.put("withoutLabourCapacity", list.withoutLabour());
            byte[] pdf = export.pdf(list, locale);
            obligations.submit(
                    actor,
                    obligationId,
                    new UploadedFile("danh-sach-du-kien-thoat-ngheo-" + year + ".pdf", "application/pdf", pdf),
                    figuresJson(figures),
                    export.word("householdplan.escape.title", locale, String.valueOf(year)));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("households", ids.size());
        after.put("obligation", obligationId);
        audit.change(actor, "SUBMIT", ENTITY, id, new AuditLog.UnitRef(commune.id(), commune.path()), null, after);
        return build(actor, commune, year);
    }

    private AdminUnit commune(long id) {
        AdminUnit unit = units.get(id);
        if (!"COMMUNE".equals(unit.level())) {
            throw InvalidInput.of("communeId", Message.of("householdplan.notCommune", unit.fullName()));
        }
        return unit;
    }

    private static String figuresJson(Map<String, Object> figures) {
        List<String> parts = new ArrayList<>();
        figures.forEach((k, v) -> parts.add("\"" + k + "\":" + v));
        return "{" + String.join(",", parts) + "}";
    }
}
