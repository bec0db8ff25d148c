package vn.giamngheo.standard;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.standard.PovertyStandard.LineValues;

/**
 * The poverty standards as the rest of the application uses them: list, read a version, derive a
 * local standard, correct and publish. A published version never changes (the database refuses
 * it too); a correction collects in a draft that becomes the next version when published. Writes
 * need {@link Permission#STANDARD_EDIT}; national standards may only be changed by someone whose
 * jurisdiction is the whole country, a local one by someone whose jurisdiction covers its province.
 */
@Service
public class PovertyStandards {
    static final String ENTITY = "PovertyStandard";
    private static final String PROVINCE = "PROVINCE";

    private final StandardStore store;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    PovertyStandards(StandardStore store, AdminUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest version of every standard (drafts included, their status says so). */
    public List<PovertyStandard> list() {
        return store.latestOfEach();
    }

    /**
     * A given version, or without one the newest published version (a standard never published yet
     * answers with its draft).
     */
    public PovertyStandard get(String id, Integer version) {
        if (version != null) {
            return store.version(id, version).orElseThrow(() -> new NotFound(ENTITY, id + " version " + version));
        }
        return store.latestPublished(id).or(() -> store.latest(id)).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    /** The version a classification uses: the given one if published, else the newest published. */
    public PovertyStandard forClassification(String id, Integer version) {
        if (id == null || id.isBlank()) {
            throw InvalidInput.of("standard", Message.of("standard.missing"));
        }
        PovertyStandard found = (version == null ? store.latestPublished(id) : store.version(id, version))
                .orElseThrow(() -> InvalidInput.of(
                        "standard",
                        Message.of(
                                "standard.unknown",
                                id,
                                version == null ? "" : String.valueOf(version),
                                String.join(
                                        ", ",
                                        list().stream().map(PovertyStandard::id).toList()))));
        if (!found.published()) {
            throw InvalidInput.of("version", Message.of("standard.draft", id, String.valueOf(version)));
        }
        return found;
    }

    public List<StandardVersion> versions(String id) {
        if (!store.exists(id)) {
            throw new NotFound(ENTITY, id);
        }
        return store.versions(id);
    }

    /** Inserts the shipped national standards that the database does not hold yet; returns how many. */
    @Transactional
    public int seedNational() {
        Actor system = Actor.system("system");
        int seeded = 0;
        for (PovertyStandard s : ReferenceStandards.national()) {
            if (!store.exists(s.id())) {
                store.insertStandard(s, clock.instant(), system.username());
                store.insertVersion(s, clock.instant(), system.username());
                audit.change(system, "SEED", ENTITY, s.id() + "@" + s.version(), null, null, s);
                seeded++;
            }
        }
        return seeded;
    }

    /**
     * A province's own standard from a national one, with higher lines (docs/domain/poverty-standards.md: "a
     * higher local standard"), as a DRAFT version 1 with id {@code LOCAL_<provinceUnitId>_<parentId>}.
     */
    @Transactional
    public PovertyStandard deriveLocal(
            Actor actor,
            String parentId,
            long provinceUnitId,
            String name,
            String legalBasis,
            Map<Area, LineValues> lines) {
        actor.require(Permission.STANDARD_EDIT);
        PovertyStandard parent = store.latestPublished(parentId).orElseThrow(() -> new NotFound(ENTITY, parentId));
        if (parent.kind() != PovertyStandard.Kind.NATIONAL) {
            throw InvalidInput.of("parentId", Message.of("standard.parentNotNational", parentId));
        }
        AdminUnit province = units.find(provinceUnitId)
                .orElseThrow(() -> InvalidInput.of(
                        "provinceUnitId", Message.of("identity.unknownUnit", String.valueOf(provinceUnitId))));
        if (!PROVINCE.equals(province.level())) {
            throw InvalidInput.of(
                    "provinceUnitId",
                    Message.of("standard.notProvince", province.fullName(), Message.of("level." + province.level())));
        }
        if (!actor.jurisdiction().covers(province.path())) {
            throw new OutsideJurisdiction("AdminUnit", provinceUnitId);
        }
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", Message.of("standard.nameMissing"));
        }
        String localId = "LOCAL_" + provinceUnitId + "_" + parentId;
        if (store.exists(localId)) {
            throw InvalidInput.of(
                    "provinceUnitId", Message.of("standard.localExists", province.fullName(), localId, parentId));
        }
        PovertyStandard local = parent.deriveLocal(localId, provinceUnitId, name.trim(), legalBasis, lines);
        store.insertStandard(local, clock.instant(), actor.username());
        store.insertVersion(local, clock.instant(), actor.username());
        audit.change(actor, "DERIVE", ENTITY, localId + "@1", unitRef(province), null, local);
        return local;
    }

    /**
     * A corrected definition: it replaces the current draft, or becomes a new draft version after
     * the newest published one. Identity (id, kind, parent, province) cannot be corrected.
     */
    @Transactional
    public PovertyStandard correct(Actor actor, String id, PovertyStandard corrected) {
        actor.require(Permission.STANDARD_EDIT);
        PovertyStandard latest = store.latest(id).orElseThrow(() -> new NotFound(ENTITY, id));
        requireWritable(actor, latest);
        if (!id.equals(corrected.id())
                || corrected.kind() != latest.kind()
                || !Objects.equals(corrected.parentId(), latest.parentId())
                || !Objects.equals(corrected.provinceUnitId(), latest.provinceUnitId())) {
            throw InvalidInput.of("id", Message.of("standard.correctionKeeps", id));
        }
        PovertyStandard draft;
        if (latest.published()) {
            draft = corrected
                    .withVersion(latest.version() + 1, PovertyStandard.Status.DRAFT)
                    .validated();
            store.insertVersion(draft, clock.instant(), actor.username());
        } else {
            draft = corrected
                    .withVersion(latest.version(), PovertyStandard.Status.DRAFT)
                    .validated();
            store.replaceDraft(draft, clock.instant(), actor.username());
        }
        audit.change(actor, "CORRECT", ENTITY, id + "@" + draft.version(), null, latest, draft);
        return draft;
    }

    /** Publishes the draft of a standard: from now on it is the version classifications use, and it never changes. */
    @Transactional
    public PovertyStandard publish(Actor actor, String id) {
        actor.require(Permission.STANDARD_EDIT);
        PovertyStandard latest = store.latest(id).orElseThrow(() -> new NotFound(ENTITY, id));
        requireWritable(actor, latest);
        if (latest.published()) {
            throw InvalidInput.of(
                    "status", Message.of("standard.alreadyPublished", id, String.valueOf(latest.version())));
        }
        store.publish(id, latest.version(), clock.instant(), actor.username());
        PovertyStandard published = store.version(id, latest.version()).orElseThrow();
        audit.change(actor, "PUBLISH", ENTITY, id + "@" + published.version(), null, latest, published);
        return published;
    }

    private void requireWritable(Actor actor, PovertyStandard standard) {
        if (standard.kind() == PovertyStandard.Kind.NATIONAL) {
            if (!actor.jurisdiction().everywhere()) {
                throw new OutsideJurisdiction(ENTITY, standard.id());
            }
            return;
        }
        AdminUnit province = units.get(standard.provinceUnitId());
        if (!actor.jurisdiction().covers(province.path())) {
            throw new OutsideJurisdiction(ENTITY, standard.id());
        }
    }

    private static AuditLog.UnitRef unitRef(AdminUnit unit) {
        return new AuditLog.UnitRef(unit.id(), unit.path());
    }
}
