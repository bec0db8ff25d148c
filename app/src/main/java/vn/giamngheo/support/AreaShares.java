package vn.giamngheo.support;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.Permission;

/**
 * The shares by area as data (decision 1470): read by the entitlement lists, shown with the area
 * designations, and corrected by a national official where a value is not in our notes or
 * provisional. Reference data, not personal: readable by every signed-in user.
 */
@Service
public class AreaShares {
    static final String ENTITY = "AreaShare";
    private final JdbcClient jdbc;
    private final AreaDesignations designations;
    private final AuditLog audit;
    private final Clock clock;

    AreaShares(JdbcClient jdbc, AreaDesignations designations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.designations = designations;
        this.audit = audit;
        this.clock = clock;
    }

    public List<AreaShare> all() {
        return jdbc.sql("SELECT * FROM support_area_share ORDER BY content_id, household_class, valid_from NULLS FIRST,"
                        + " area_kind")
                .query(AreaShares::row)
                .list();
    }

    List<AreaShare> ofContent(long contentId) {
        return all().stream().filter(s -> s.contentId() == contentId).toList();
    }

    public AreaShare get(long id) {
        return jdbc.sql("SELECT * FROM support_area_share WHERE id = :id")
                .param("id", id)
                .query(AreaShares::row)
                .optional()
                .orElseThrow(() -> new NotFound(ENTITY, id));
    }

    /**
     * What a list of a content for a unit's subtree gives by area on the period's first day: per
     * designation in force there (covering the unit, or a unit under it) whose kind has a share of
     * the class in force, the share — determined or "chưa xác định".
     */
    public List<AreaShareRule.Applied> onList(long contentId, String householdClass, AdminUnit unit, LocalDate day) {
        List<AreaShare> shares = ofContent(contentId).stream()
                .filter(s -> s.householdClass().equals(householdClass) && s.inForceOn(day))
                .toList();
        if (shares.isEmpty()) {
            return List.of();
        }
        List<AreaShareRule.Applied> out = new ArrayList<>();
        for (AreaDesignation d : designations.around(unit.id())) {
            if (!d.inForceOn(day)) {
                continue;
            }
            shares.stream()
                    .filter(s -> s.areaKind() == d.kind())
                    .forEach(s -> out.add(new AreaShareRule.Applied(s, d)));
        }
        return out;
    }

    /** A share's value and source as an official corrects them; a stale version is a conflict. */
    public record Correction(BigDecimal sharePercent, String legalSource, String note, int version) {}

    /**
     * Sets the share of a row (national officials only: the rules are the country's reference data):
     * a value between 0 and 100 with the text it comes from, or none (back to "chưa xác định").
     */
    @Transactional
    public AreaShare correct(Actor actor, long id, Correction c) {
        actor.require(Permission.FUNDING_EDIT);
        if (!actor.jurisdiction().everywhere()) {
            throw new NotPermitted(Message.of("support.rulesNational"));
        }
        AreaShare before = get(id);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        BigDecimal share = c.sharePercent();
        if (share != null
                && (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2)) {
            problems.add(InvalidInput.Problem.of("sharePercent", "support.shareRange", share.toPlainString()));
        }
        if (share != null && (c.legalSource() == null || c.legalSource().isBlank())) {
            problems.add(InvalidInput.Problem.of("legalSource", "support.shareSourceRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var now = Timestamp.from(clock.instant());
        int n = jdbc.sql("""
                        UPDATE support_area_share SET share_percent = :s, legal_source = :src, note = :note,
                            confidence = :conf, version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :v
                        """)
                .param("s", share)
                .param(
                        "src",
                        c.legalSource() == null || c.legalSource().isBlank()
                                ? null
                                : c.legalSource().strip())
                .param(
                        "note",
                        c.note() == null || c.note().isBlank()
                                ? before.note()
                                : c.note().strip())
                .param("conf", share == null ? "NOT_FOUND" : "USER")
                .param("at", now)
                .param("by", actor.username())
                .param("id", id)
                .param("v", c.version())
                .update();
        if (n == 0) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        AreaShare after = get(id);
        audit.change(actor, "UPDATE", ENTITY, id, null, before, after);
        return after;
    }

    private static AreaShare row(ResultSet rs, int n) throws SQLException {
        Date from = rs.getDate("valid_from");
        Date to = rs.getDate("valid_to");
        return new AreaShare(
                rs.getLong("id"),
                rs.getLong("content_id"),
                rs.getString("household_class"),
                AreaKind.valueOf(rs.getString("area_kind")),
                rs.getBigDecimal("share_percent"),
                from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("legal_source"),
                rs.getString("confidence"),
                rs.getString("note"),
                rs.getInt("version"));
    }
}
