package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * The program catalogue and the norms, as other modules and the pages read them, and as an
 * administrator adds and corrects them without code. Reference data, readable by every user; the
 * catalogue and central ceilings are written by a user with the whole country, a province level
 * or a project's amount by a user whose jurisdiction holds its unit. Published norms never change:
 * a correction supersedes (decision 1302).
 */
@Service
public class Catalogue {
    private final CatalogueStore store;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Catalogue(CatalogueStore store, AdminUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Program> programs() {
        return store.programs();
    }

    public Program program(long id) {
        return store.program(id).orElseThrow(() -> new NotFound("Program", id));
    }

    public Optional<Program> programByCode(String code) {
        return store.programByCode(code);
    }

    public List<Component> components(long programId) {
        return store.components(programId);
    }

    public List<Component> allComponents() {
        return store.allComponents();
    }

    public Component component(long id) {
        return store.component(id).orElseThrow(() -> new NotFound("Component", id));
    }

    public Optional<Component> componentByCode(long programId, String code) {
        return store.componentByCode(programId, code);
    }

    /** Components that hold budgets: those with no sub-components. */
    public List<Component> leafComponents() {
        return leaves(store.allComponents());
    }

    public static List<Component> leaves(List<Component> all) {
        java.util.Set<Long> parents = new java.util.HashSet<>();
        all.forEach(c -> {
            if (c.parentId() != null) {
                parents.add(c.parentId());
            }
        });
        return all.stream().filter(c -> !parents.contains(c.id())).toList();
    }

    public List<ContentGroup> groups() {
        return store.groups();
    }

    public List<SupportContent> contents() {
        return store.contents();
    }

    public SupportContent content(long id) {
        return store.content(id).orElseThrow(() -> new NotFound("SupportContent", id));
    }

    public List<ReferenceValue> referenceValues() {
        return store.referenceValues();
    }

    public Norm norm(long id) {
        return store.norm(id).orElseThrow(() -> new NotFound("Norm", id));
    }

    /** The local counterpart ratio of a program and year, percent; empty: not configured. */
    public Optional<BigDecimal> counterpartRatio(long programId, int year) {
        return store.counterpartRatio(programId, year);
    }

    /** Every norm, with its value on {@code day} (current norms; superseded ones with {@code all}). */
    public List<NormValue> norms(LocalDate day, boolean all) {
        Map<Long, SupportContent> contents = new HashMap<>();
        store.contents().forEach(c -> contents.put(c.id(), c));
        List<ReferenceValue> refs = store.referenceValues();
        List<NormValue> out = new ArrayList<>();
        for (Norm n : store.norms()) {
            if (n.superseded() && !all) {
                continue;
            }
            SupportContent c = contents.get(n.contentId());
            out.add(value(n, c, refs, day));
        }
        return out;
    }

    /** The norm's value on a day (its validity start when the day falls outside it). */
    public NormValue value(Norm n, LocalDate day) {
        return value(n, content(n.contentId()), store.referenceValues(), day);
    }

    private static NormValue value(Norm n, SupportContent c, List<ReferenceValue> refs, LocalDate day) {
        LocalDate on = n.validOn(day) ? day : n.validFrom();
        if (n.amount() != null) {
            return new NormValue(n, c.name(), c.groupName(), on, BigDecimal.valueOf(n.amount()), List.of());
        }
        if (n.formula() == null) {
            return new NormValue(n, c.name(), c.groupName(), on, null, List.of());
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (ReferenceValue r : refs) {
            if (r.validOn(on) && r.value() != null) {
                values.put(r.code(), r.value());
            }
        }
        NormFormula.Result result =
                NormFormula.evaluate(n.formula(), values, n.measure().equals("AMOUNT") ? 0 : 2);
        return new NormValue(n, c.name(), c.groupName(), on, result.value(), result.missing());
    }

    public record NewProgram(
            String code,
            String name,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate runoffTo,
            String legalSource,
            String note,
            List<FundingSource> sources) {}

    @Transactional
    public Program addProgram(Actor actor, NewProgram p) {
        requireCountry(actor, "Program");
        List<InvalidInput.Problem> problems = new ArrayList<>();
        required(problems, "code", p.code());
        required(problems, "name", p.name());
        if (p.validFrom() == null) {
            problems.add(InvalidInput.Problem.of("validFrom", "funding.required"));
        } else if (p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
            problems.add(InvalidInput.Problem.of("validTo", "funding.validToBeforeFrom", p.validTo(), p.validFrom()));
        }
        if (p.runoffTo() != null && (p.validTo() == null || p.runoffTo().isBefore(p.validTo()))) {
            problems.add(InvalidInput.Problem.of("runoffTo", "funding.runoffBeforeEnd"));
        }
        if (p.sources() == null || p.sources().isEmpty()) {
            problems.add(InvalidInput.Problem.of("sources", "funding.sourcesRequired"));
        }
        if (p.code() != null && store.programByCode(p.code().trim()).isPresent()) {
            problems.add(InvalidInput.Problem.of(
                    "code", "funding.codeTaken", p.code().trim()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = store.insertProgram(
                p.code().trim(),
                p.name().trim(),
                p.validFrom(),
                p.validTo(),
                p.runoffTo(),
                p.legalSource(),
                "USER",
                p.note(),
                clock.instant(),
                actor.username());
        store.setSources(id, p.sources());
        Program created = program(id);
        audit.change(actor, "CREATE", "Program", id, null, null, created);
        return created;
    }

    /** Replaces the sources a program accepts; {@code expectedVersion} guards against a concurrent edit. */
    @Transactional
    public Program setSources(Actor actor, long programId, List<FundingSource> sources, int expectedVersion) {
        requireCountry(actor, "Program");
        Program before = program(programId);
        if (sources == null || sources.isEmpty()) {
            throw InvalidInput.of("sources", Message.of("funding.sourcesRequired"));
        }
        if (!store.touchProgram(programId, expectedVersion, clock.instant(), actor.username())) {
            throw new ConcurrentEdit("Program", programId);
        }
        store.setSources(programId, sources);
        Program after = program(programId);
        audit.change(actor, "SET_SOURCES", "Program", programId, null, before, after);
        return after;
    }

    @Transactional
    public Component addComponent(Actor actor, long programId, Long parentId, String code, String name, String source) {
        requireCountry(actor, "Component");
        program(programId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        required(problems, "code", code);
        required(problems, "name", name);
        if (parentId != null && component(parentId).programId() != programId) {
            problems.add(InvalidInput.Problem.of("parentId", "funding.parentOtherProgram"));
        }
        if (code != null && store.componentByCode(programId, code.trim()).isPresent()) {
            problems.add(InvalidInput.Problem.of("code", "funding.codeTaken", code.trim()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = store.insertComponent(
                programId, parentId, code.trim(), name.trim(), 99, source, clock.instant(), actor.username());
        Component created = component(id);
        audit.change(actor, "CREATE", "Component", id, null, null, created);
        return created;
    }

    @Transactional
    public void setCounterpartRatio(Actor actor, long programId, int year, BigDecimal percent, String source) {
        requireCountry(actor, "CounterpartRatio");
        program(programId);
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw InvalidInput.of("percent", Message.of("funding.percentRange"));
        }
        Optional<BigDecimal> before = store.counterpartRatio(programId, year);
        store.setCounterpartRatio(programId, year, percent, source);
        audit.change(
                actor, "SET_COUNTERPART_RATIO", "Program", programId + "/" + year, null, before.orElse(null), percent);
    }

    /**
     * Adds a norm, or a correction of one ({@code supersedesId}): refused when it breaks a rule of
     * {@link NormRules}. A province or project level binds to a unit the actor may write.
     */
    @Transactional
    public Norm addNorm(Actor actor, Norm draft) {
        actor.require(Permission.FUNDING_EDIT);
        SupportContent content = content(draft.contentId());
        AuditLog.UnitRef ref = null;
        if (draft.level().equals("CENTRAL_CEILING")) {
            requireCountry(actor, "Norm");
        } else {
            if (draft.unitId() == null) {
                throw InvalidInput.of("unitId", Message.of("funding.normNeedsUnit"));
            }
            var unit = units.writableUnit(actor, draft.unitId());
            ref = new AuditLog.UnitRef(unit.id(), unit.path());
        }
        if (draft.formula() != null) {
            NormFormula.references(draft.formula());
        }
        List<InvalidInput.Problem> problems = NormRules.check(draft, content, store.norms(content.id()));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (draft.supersedesId() != null) {
            Norm old = norm(draft.supersedesId());
            if (old.contentId() != draft.contentId()) {
                throw InvalidInput.of("supersedesId", Message.of("funding.supersedesOtherContent"));
            }
            if (!store.supersede(old.id())) {
                throw new ConcurrentEdit("Norm", old.id());
            }
        }
        long id = store.insertNorm(draft, clock.instant(), actor.username());
        Norm created = norm(id);
        audit.change(actor, "CREATE", "Norm", id, ref, null, created);
        return created;
    }

    @Transactional
    public void addReferenceValue(Actor actor, ReferenceValue v) {
        requireCountry(actor, "ReferenceValue");
        List<InvalidInput.Problem> problems = new ArrayList<>();
        required(problems, "code", v.code());
        required(problems, "name", v.name());
        if (v.validFrom() == null) {
            problems.add(InvalidInput.Problem.of("validFrom", "funding.required"));
        }
        if (v.value() != null && v.value().signum() < 0) {
            problems.add(InvalidInput.Problem.of(
                    "value", "funding.amountNegative", v.value().toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.insertReferenceValue(v, clock.instant(), actor.username());
        audit.change(actor, "CREATE", "ReferenceValue", v.code() + "/" + v.validFrom(), null, null, v);
    }

    private static void requireCountry(Actor actor, String entity) {
        actor.require(Permission.FUNDING_EDIT);
        if (!actor.jurisdiction().everywhere()) {
            throw new OutsideJurisdiction(entity, "(catalogue)");
        }
    }

    private static void required(List<InvalidInput.Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(InvalidInput.Problem.of(field, "funding.required"));
        }
    }
}
