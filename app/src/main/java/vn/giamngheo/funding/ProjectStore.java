package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/** SQL for projects, their budgets, milestones, rotation rules and the recovery sub-ledger. */
@Repository
class ProjectStore {
    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PROJECT = "SELECT p.id, p.unit_id, p.component_id, p.kind, p.name, p.decision,"
            + " p.approved_on, p.lead_agency_id, p.lead_official, p.accepted_on, p.rotation_rule_id, p.recovery_pct,"
            + " p.recovered, p.rotated, p.confidence, p.version FROM funding_project p"
            + " JOIN admin_unit u ON u.id = p.unit_id";

    Optional<Project> find(long id, Jurisdiction j) {
        return ScopedSql.of(jdbc, j, PROJECT + " WHERE p.id = :id AND u.path LIKE ANY (:scope)")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::complete);
    }

    /** The unit a project belongs to (not personal data: used to find who continues that unit). */
    Optional<Long> unitOf(long id) {
        return jdbc.sql("SELECT unit_id FROM funding_project WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM funding_project WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Projects of a unit and the units below it, inside the jurisdiction. */
    List<Project> inSubtree(String path, Jurisdiction j) {
        return ScopedSql.of(
                        jdbc,
                        j,
                        PROJECT + " WHERE u.path LIKE :path AND u.path LIKE ANY (:scope)"
                                + " ORDER BY p.approved_on DESC NULLS LAST, p.id DESC LIMIT 500")
                .param("path", path + "%")
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::complete)
                .toList();
    }

    private static Project row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Project(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getLong("component_id"),
                rs.getString("kind"),
                rs.getString("name"),
                rs.getString("decision"),
                CatalogueStore.date(rs, "approved_on"),
                (Long) rs.getObject("lead_agency_id"),
                rs.getString("lead_official"),
                CatalogueStore.date(rs, "accepted_on"),
                (Long) rs.getObject("rotation_rule_id"),
                rs.getBigDecimal("recovery_pct"),
                rs.getLong("recovered"),
                rs.getLong("rotated"),
                rs.getString("confidence"),
                Map.of(),
                List.of(),
                rs.getInt("version"));
    }

    private Project complete(Project p) {
        Map<FundingSource, Long> budget = new EnumMap<>(FundingSource.class);
        jdbc.sql("SELECT source, amount FROM funding_project_budget WHERE project_id = :p")
                .param("p", p.id())
                .query(rs -> {
                    budget.put(FundingSource.valueOf(rs.getString(1)), rs.getLong(2));
                });
        List<Project.Milestone> milestones = jdbc.sql(
                        "SELECT id, name, due_on, done_on FROM funding_project_milestone WHERE project_id = :p"
                                + " ORDER BY due_on NULLS LAST, id")
                .param("p", p.id())
                .query((rs, n) -> new Project.Milestone(
                        rs.getLong(1),
                        rs.getString(2),
                        CatalogueStore.date(rs, "due_on"),
                        CatalogueStore.date(rs, "done_on")))
                .list();
        return new Project(
                p.id(),
                p.unitId(),
                p.componentId(),
                p.kind(),
                p.name(),
                p.decision(),
                p.approvedOn(),
                p.leadAgencyId(),
                p.leadOfficial(),
                p.acceptedOn(),
                p.rotationRuleId(),
                p.recoveryPercent(),
                p.recovered(),
                p.rotated(),
                p.confidence(),
                Map.copyOf(budget),
                milestones,
                p.version());
    }

    long insert(
            long unitId,
            long componentId,
            String kind,
            String name,
            String decision,
            LocalDate approvedOn,
            Long leadAgencyId,
            String leadOfficial,
            Long ruleId,
            BigDecimal recoveryPct,
            String confidence,
            Instant now,
            String by) {
        return jdbc.sql("INSERT INTO funding_project (unit_id, component_id, kind, name, decision, approved_on,"
                        + " lead_agency_id, lead_official, rotation_rule_id, recovery_pct, confidence, created_at,"
                        + " created_by, changed_at, changed_by) VALUES (:u, :c, :kind, :name, :decision, :approved,"
                        + " :agency, :official, :rule, :pct, :conf, :now, :by, :now, :by) RETURNING id")
                .param("u", unitId)
                .param("c", componentId)
                .param("kind", kind)
                .param("name", name)
                .param("decision", decision)
                .param("approved", approvedOn)
                .param("agency", leadAgencyId)
                .param("official", leadOfficial)
                .param("rule", ruleId)
                .param("pct", recoveryPct)
                .param("conf", confidence)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void insertBudget(long projectId, FundingSource source, long amount) {
        jdbc.sql("INSERT INTO funding_project_budget (project_id, source, amount) VALUES (:p, :s, :a)")
                .param("p", projectId)
                .param("s", source.name())
                .param("a", amount)
                .update();
    }

    void insertMilestone(long projectId, String name, LocalDate due) {
        jdbc.sql("INSERT INTO funding_project_milestone (project_id, name, due_on) VALUES (:p, :n, :d)")
                .param("p", projectId)
                .param("n", name)
                .param("d", due)
                .update();
    }

    boolean accept(long id, LocalDate day, int expectedVersion, Instant now, String by) {
        return jdbc.sql("UPDATE funding_project SET accepted_on = :d, version = version + 1, changed_at = :now,"
                                + " changed_by = :by WHERE id = :id AND version = :v")
                        .param("d", day)
                        .param("id", id)
                        .param("v", expectedVersion)
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .update()
                == 1;
    }

    long insertRecovery(
            long projectId,
            String kind,
            int cycle,
            long amount,
            LocalDate day,
            LocalDate due,
            String party,
            String note,
            Instant now,
            String by) {
        return jdbc.sql(
                        "INSERT INTO funding_recovery (project_id, kind, cycle, amount, entry_date, due_date, party, note,"
                                + " created_at, created_by) VALUES (:p, :k, :c, :a, :d, :due, :party, :note, :now, :by)"
                                + " RETURNING id")
                .param("p", projectId)
                .param("k", kind)
                .param("c", cycle)
                .param("a", amount)
                .param("d", day)
                .param("due", due)
                .param("party", party)
                .param("note", note)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** A project's recoveries; they name the participants who repay, so the reader's jurisdiction is bound. */
    List<Project.Recovery> recoveries(long projectId, Jurisdiction j) {
        return ScopedSql.of(
                        jdbc,
                        j,
                        "SELECT r.id, r.kind, r.cycle, r.amount, r.entry_date, r.due_date, r.party, r.note"
                                + " FROM funding_recovery r JOIN funding_project p ON p.id = r.project_id"
                                + " JOIN admin_unit u ON u.id = p.unit_id"
                                + " WHERE r.project_id = :p AND u.path LIKE ANY (:scope) ORDER BY r.entry_date, r.id")
                .param("p", projectId)
                .query((rs, n) -> new Project.Recovery(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getInt("cycle"),
                        rs.getLong("amount"),
                        CatalogueStore.date(rs, "entry_date"),
                        CatalogueStore.date(rs, "due_date"),
                        rs.getString("party"),
                        rs.getString("note")))
                .list();
    }

    long insertRule(Project.RotationRule r, Instant now, String by) {
        return jdbc.sql("INSERT INTO funding_rotation_rule (unit_id, name, min_recovery_pct, due_days,"
                        + " max_cycle_months, legal_source, confidence, created_at, created_by) VALUES (:u, :n, :pct,"
                        + " :days, :months, :src, :conf, :now, :by) RETURNING id")
                .param("u", r.unitId())
                .param("n", r.name())
                .param("pct", r.minRecoveryPercent())
                .param("days", r.dueDays())
                .param("months", r.maxCycleMonths())
                .param("src", r.legalSource())
                .param("conf", r.confidence())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    Optional<Project.RotationRule> rule(long id) {
        return jdbc.sql("SELECT id, unit_id, name, min_recovery_pct, due_days, max_cycle_months, legal_source,"
                        + " confidence FROM funding_rotation_rule WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Project.RotationRule(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        (Integer) rs.getObject(5),
                        (Integer) rs.getObject(6),
                        rs.getString(7),
                        rs.getString(8)))
                .optional();
    }
}
