package vn.giamngheo.review;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.CitizenId;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.standard.PovertyStandards;

/**
 * What a campaign produces (docs/domain/review-and-reporting.md §5): flows in households and persons — for one
 * campaign or summed over the communes of a subtree — lists, and certificate data. Provisional
 * while a campaign is open, final from its recognition.
 */
@Service
public class ReviewResults {
    private final Reviews reviews;
    private final OutcomeStore outcomes;
    private final CampaignStore campaigns;
    private final AdminUnits units;
    private final PovertyStandards standards;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ReviewResults(
            Reviews reviews,
            OutcomeStore outcomes,
            CampaignStore campaigns,
            AdminUnits units,
            PovertyStandards standards,
            AuditLog audit,
            JdbcClient jdbc) {
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.campaigns = campaigns;
        this.units = units;
        this.standards = standards;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public ReviewFlows flows(Actor actor, long campaignId) {
        actor.require(Permission.REPORT_READ);
        ReviewCampaign c = reviews.get(actor, campaignId);
        return flows(actor, List.of(c.id()), !c.recognised());
    }

    /** Flows summed over the campaigns of a kind held in {@code year} by the communes under a unit. */
    public ReviewFlows flows(Actor actor, long unitId, int year, CampaignKind kind) {
        actor.require(Permission.REPORT_READ);
        AdminUnit unit = units.get(unitId);
        Jurisdiction scope = actor.jurisdiction();
        List<Long> ids = campaigns.idsOf(unit.path(), year, kind, scope);
        boolean open = !ids.isEmpty()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM review_campaign WHERE id = ANY (CAST(:ids AS bigint[]))"
                                + " AND recognition_seq IS NULL)")
                        .param("ids", OutcomeSql.ids(ids))
                        .query(Boolean.class)
                        .single();
        return flows(actor, ids, open);
    }

    private ReviewFlows flows(Actor actor, List<Long> ids, boolean provisional) {
        if (ids.isEmpty()) {
            return ReviewFlows.of(Flows.ZERO, Flows.ZERO, false, 0, ids);
        }
        Jurisdiction scope = actor.jurisdiction();
        Flows[] f = outcomes.flows(ids, scope);
        return ReviewFlows.of(f[0], f[1], provisional, provisional ? outcomes.unclassified(ids, scope) : 0, ids);
    }

    /** A list of the campaign; the public posting list masks citizen IDs to their last 4 digits. */
    public ReviewListDocument list(Actor actor, long campaignId, ListKind kind) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        Jurisdiction scope = actor.jurisdiction();
        List<ReviewListRow> rows = new ArrayList<>();
        // a recognised list shows the households as they were recognised (their registry snapshot at
        // that moment), not as they are now: a household that moved since keeps its old place and ID
        ScopedSql.of(jdbc, scope, """
                        SELECT coalesce(s.snapshot->>'code', h.code) AS code, coalesce(s.snapshot->>'headName', h.head_name) AS head_name,
                               coalesce(v.kind || ' ', '') || v.name AS village,
                               CASE WHEN s.snapshot IS NULL
                                    THEN h.head_citizen_id
                                    ELSE (SELECT x.e->>'citizenId' FROM jsonb_array_elements(s.snapshot->'members') WITH ORDINALITY x(e, n)
                                          WHERE x.e->>'relation' = 'HEAD' ORDER BY x.n LIMIT 1) END AS citizen_id,
                               coalesce(rh.persons, o.persons) AS persons, coalesce(rh.household_class, o.after) AS class,
                               o.after, o.transition, o.row_id IS NOT NULL AS reviewed, rh.deprivations, o.row_id
                        FROM (%s) o(campaign_id, household_id, row_id, before, after, transition, persons, previous_persons)
                        JOIN household_register h ON h.id = o.household_id
                        LEFT JOIN LATERAL (SELECT hv.snapshot FROM household_register_version hv
                                           WHERE hv.household_id = h.id AND hv.valid_from <= CAST(:recognisedAt AS timestamptz)
                                           ORDER BY hv.valid_from DESC, hv.id DESC LIMIT 1) s ON true
                        LEFT JOIN review_household rh ON rh.id = o.row_id
                        LEFT JOIN admin_unit hu ON hu.id = coalesce(CAST(s.snapshot->>'unitId' AS bigint), h.unit_id)
                        LEFT JOIN admin_unit v ON v.id = coalesce(rh.village_id, CASE WHEN hu.level = 'VILLAGE' THEN hu.id END)
                        ORDER BY v.name NULLS FIRST, coalesce(s.snapshot->>'headName', h.head_name), 1
                        """.formatted(OutcomeSql.outcomes()))
                .param("recognisedAt", recognisedAt(c))
                .param("ids", OutcomeSql.ids(List.of(c.id())))
                .query(rs -> {
                    if (!kind.includes(rs.getString("after"), rs.getString("transition"), rs.getBoolean("reviewed"))) {
                        return;
                    }
                    String citizenId = rs.getString("citizen_id");
                    java.sql.Array d = rs.getArray("deprivations");
                    rows.add(new ReviewListRow(
                            rows.size() + 1,
                            rs.getString("code"),
                            rs.getString("head_name"),
                            rs.getString("village"),
                            kind == ListKind.POSTING ? CitizenId.masked(citizenId) : citizenId,
                            rs.getInt("persons"),
                            rs.getString("class"),
                            rs.getString("transition"),
                            d == null ? List.of() : Arrays.asList((String[]) d.getArray()),
                            (Long) rs.getObject("row_id")));
                });
        audit.event(actor.username(), "VIEW_LIST", Reviews.ENTITY, c.id(), reviews.unitRef(c), kind.name());
        Places p = placesOf(c);
        return new ReviewListDocument(
                kind.title() + " năm " + c.listYear(),
                p.commune(),
                p.district(),
                p.province(),
                c.listYear(),
                standards.get(c.standardId(), c.standardVersion()).name(),
                kind.name(),
                kind == ListKind.POSTING,
                rows);
    }

    /** The certificates of the campaign's poor and near-poor households, after recognition. */
    public List<CertificateData> certificates(Actor actor, long campaignId, Long rowId) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        if (!c.recognised()) {
            throw InvalidInput.of(
                    "step", Message.of("review.certificatesAfterRecognition", Message.of("step." + c.step())));
        }
        Places p = placesOf(c);
        Jurisdiction scope = actor.jurisdiction();
        Timestamp at = recognisedAt(c);
        // the certificate states the household as recognised (its snapshot then), not as it is now
        List<CertificateData> out = ScopedSql.of(jdbc, scope, """
                        SELECT rh.certificate_no, rh.household_class, h.id,
                               coalesce(s.snapshot->>'headName', h.head_name), coalesce(s.snapshot->>'address', h.address),
                               coalesce(v.kind || ' ', '') || v.name AS village
                        %s
                        LEFT JOIN LATERAL (SELECT hv.snapshot FROM household_register_version hv
                                           WHERE hv.household_id = h.id AND hv.valid_from <= :at
                                           ORDER BY hv.valid_from DESC, hv.id DESC LIMIT 1) s ON true
                        WHERE rh.campaign_id = :id AND rh.certificate_no IS NOT NULL AND (CAST(:row AS bigint) IS NULL OR rh.id = :row)
                          AND cu.path LIKE ANY (:scope)
                        ORDER BY rh.certificate_no
                        """.formatted(ReviewHouseholdStore.FROM))
                .param("id", c.id())
                .param("row", rowId)
                .param("at", at)
                .query((rs, n) -> new CertificateData(
                        rs.getInt(1) + "/GCN-HN.HCN",
                        p.commune(),
                        p.district(),
                        p.province(),
                        rs.getString(2),
                        c.listYear(),
                        rs.getString(4),
                        address(rs.getString(5), rs.getString(6), p),
                        c.decisionNumber(),
                        c.decisionDate(),
                        c.decisionSigner(),
                        members(rs.getLong(3), at)))
                .list();
        if (rowId != null && out.isEmpty()) {
            throw new NotFound("Certificate", rowId);
        }
        audit.event(
                actor.username(),
                "VIEW_CERTIFICATES",
                Reviews.ENTITY,
                c.id(),
                reviews.unitRef(c),
                rowId == null ? "all" : "row " + rowId);
        return out;
    }

    /** The members as the household's snapshot at recognition lists them. */
    private List<CertificateMember> members(long householdId, Timestamp at) {
        return jdbc.sql("""
                        SELECT x.e->>'name', x.e->>'relation', x.e->>'ethnicity', CAST(x.e->>'birthYear' AS int), x.e->>'sex'
                        FROM (SELECT hv.snapshot FROM household_register_version hv WHERE hv.household_id = :h AND hv.valid_from <= :at
                              ORDER BY hv.valid_from DESC, hv.id DESC LIMIT 1) s,
                             jsonb_array_elements(s.snapshot->'members') WITH ORDINALITY x(e, n)
                        ORDER BY x.n
                        """)
                .param("h", householdId)
                .param("at", at)
                .query((rs, n) -> new CertificateMember(
                        rs.getString(1),
                        RELATIONS.getOrDefault(String.valueOf(rs.getString(2)), ""),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5) == null ? null : rs.getString(5).equals("F") ? "Nữ" : "Nam"))
                .list();
    }

    private static final Map<String, String> RELATIONS = Map.of(
            "HEAD",
            "Chủ hộ",
            "SPOUSE",
            "Vợ/chồng",
            "CHILD",
            "Con",
            "PARENT",
            "Bố/mẹ",
            "GRANDCHILD",
            "Cháu",
            "OTHER",
            "Khác");

    private static String address(String address, String village, Places p) {
        if (address != null && !address.isBlank()) {
            return address;
        }
        return String.join(
                ", ",
                java.util.stream.Stream.of(village, p.commune(), p.district(), p.province())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
    }

    /** When the campaign was recognised (its lists' moment), or null while it is open. */
    private Timestamp recognisedAt(ReviewCampaign c) {
        if (!c.recognised()) {
            return null;
        }
        return jdbc.sql("SELECT max(at) FROM review_transition WHERE campaign_id = :id AND to_step = 'RECOGNISED'")
                .param("id", c.id())
                .query(Timestamp.class)
                .single();
    }

    /** The commune and the units above it as documents name them (district null without that level). */
    public record Places(String commune, String district, String province) {}

    public Places placesOf(ReviewCampaign c) {
        AdminUnit commune = units.get(c.unitId());
        String district = null;
        String province = null;
        for (AdminUnit u : units.ancestry(commune)) {
            if ("DISTRICT".equals(u.level())) {
                district = u.fullName();
            } else if ("PROVINCE".equals(u.level())) {
                province = u.fullName();
            }
        }
        return new Places(commune.fullName(), district, province);
    }
}
