package vn.giamngheo.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.planning.extraction.DocumentReference;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * The chain of plans (directive → province plan → district plan → commune plan): a plan's
 * references are linked to stored plans by number ({@link PlanNumbers}), with a compatible date and
 * a plan of a unit above preferred; a plan saved later is linked to the references waiting for it.
 */
@Component
class PlanChain {
    private final JdbcClient jdbc;
    private final PlanStore plans;
    private final AuditLog audit;

    PlanChain(JdbcClient jdbc, PlanStore plans, AuditLog audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.audit = audit;
    }

    record NumberHolder(long id, String unitPath, String date) {}

    record OpenReference(long id, long planId, String date) {}

    /** Stores a plan's references, each linked when a stored plan carries its number; returns how many were. */
    int store(long planId, AdminUnit unit, List<DocumentReference> refs) {
        int linked = 0;
        for (int i = 0; i < refs.size(); i++) {
            DocumentReference r = refs.get(i);
            String key = PlanNumbers.key(r.number());
            Long target = key == null ? null : bestHolder(key, r.date(), unit.path(), planId);
            linked += target == null ? 0 : 1;
            insertReference(planId, i + 1, r, key, target);
        }
        return linked;
    }

    /** The stored plan a reference means: same number, a compatible date, a unit above ours first. */
    private Long bestHolder(String key, String date, String unitPath, long planId) {
        Long fallback = null;
        for (NumberHolder h : holdersOf(key, planId)) {
            if (!PlanNumbers.compatible(date, h.date())) {
                continue;
            }
            if (unitPath.startsWith(h.unitPath())) {
                return h.id();
            }
            if (fallback == null) {
                fallback = h.id();
            }
        }
        return fallback;
    }

    /** Plans saved earlier that cite this plan's number now link to it. */
    int linkWaiting(Actor actor, long planId, String key, String date) {
        int n = 0;
        for (OpenReference r : openReferences(key, planId)) {
            if (PlanNumbers.compatible(date, r.date())) {
                link(r.id(), planId);
                Plan citing = plans.findAny(r.planId()).orElseThrow();
                audit.change(
                        actor, "LINK", Plans.ENTITY, r.planId(), Plans.ref(citing), null, Map.of("implements", planId));
                n++;
            }
        }
        return n;
    }

    void insertReference(long planId, int position, DocumentReference r, String key, Long target) {
        jdbc.sql("""
                INSERT INTO plan_reference (plan_id, position, kind, number, number_key, date_text, issuer, source, target_plan_id)
                VALUES (:plan, :pos, :kind, :number, :key, :date, :issuer, :source, :target)
                """)
                .param("plan", planId)
                .param("pos", position)
                .param("kind", PlanStore.trim(r.kind()))
                .param("number", PlanStore.trim(r.number()))
                .param("key", key)
                .param("date", PlanStore.trim(r.date()))
                .param("issuer", PlanStore.trim(r.issuer()))
                .param("source", PlanStore.trim(r.source()))
                .param("target", target)
                .update();
    }

    /** Stored plans carrying a number, for linking a reference to them. */
    List<NumberHolder> holdersOf(String numberKey, long exceptPlanId) {
        return jdbc.sql("""
                        SELECT p.id, u.path, p.date_text FROM plan p JOIN admin_unit u ON u.id = p.unit_id
                        WHERE p.number_key = :key AND p.id <> :except AND p.voided_at IS NULL ORDER BY p.id
                        """)
                .param("key", numberKey)
                .param("except", exceptPlanId)
                .query((rs, n) -> new NumberHolder(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** References of other plans still waiting for a plan with this number. */
    List<OpenReference> openReferences(String numberKey, long exceptPlanId) {
        return jdbc.sql("""
                        SELECT r.id, r.plan_id, r.date_text FROM plan_reference r JOIN plan p ON p.id = r.plan_id
                        WHERE r.number_key = :key AND r.target_plan_id IS NULL AND r.plan_id <> :except AND p.voided_at IS NULL
                        ORDER BY r.id
                        """)
                .param("key", numberKey)
                .param("except", exceptPlanId)
                .query((rs, n) -> new OpenReference(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    void link(long referenceId, long targetPlanId) {
        jdbc.sql("UPDATE plan_reference SET target_plan_id = :t WHERE id = :id AND target_plan_id IS NULL")
                .param("t", targetPlanId)
                .param("id", referenceId)
                .update();
    }

    List<PlanReference> references(long planId) {
        return jdbc.sql("""
                        SELECT r.id, r.position, r.kind, r.number, r.date_text, r.issuer, r.source, r.target_plan_id, t.title
                        FROM plan_reference r LEFT JOIN plan t ON t.id = r.target_plan_id
                        WHERE r.plan_id = :plan ORDER BY r.position
                        """)
                .param("plan", planId)
                .query((rs, n) -> new PlanReference(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        (Long) rs.getObject(8),
                        rs.getString(9)))
                .list();
    }

    List<PlanLink> implementedBy(long planId, Jurisdiction j) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", planId);
        return ScopedSql.of(jdbc, j, """
                        SELECT DISTINCT p.id, p.number, p.date_text, p.title, p.unit_id, coalesce(u.kind || ' ', '') || u.name
                        FROM plan_reference r JOIN plan p ON p.id = r.plan_id JOIN admin_unit u ON u.id = p.unit_id
                        WHERE r.target_plan_id = :plan AND p.voided_at IS NULL AND %s ORDER BY p.id
                        """.formatted(PlanStore.PLAN_UNIT_READABLE))
                .params(params)
                .query((rs, n) -> new PlanLink(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6)))
                .list();
    }
}
