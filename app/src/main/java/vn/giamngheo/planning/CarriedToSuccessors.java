package vn.giamngheo.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.UnitsReorganised;

/**
 * Targets and plans follow a reorganisation (decision 1907), in the transaction that made it. The
 * predecessors' own targets and plans stay where they are, readable; what the successor gets is
 * recorded with the succession it came by:
 *
 * <ul>
 *   <li>a target for each year from the reorganisation's year on, the sum of the targets of the
 *       predecessors that went whole into it, where the successor has none of its own (a figure stays
 *       empty unless every predecessor set it; a rate change in points is never summed). A target
 *       carried earlier and never edited is recomputed when another predecessor joins; one edited by
 *       an official is left alone. The parts of a split commune get none: a target cannot be divided
 *       without a decision saying how.
 *   <li>every plan of a predecessor still running in the reorganisation's year (or carried to it
 *       earlier), attached to each successor: listed and readable there.
 * </ul>
 */
@Component
class CarriedToSuccessors {
    static final String CARRIED_BY = "sap-xep-don-vi";
    private final JdbcClient jdbc;
    private final Clock clock;

    CarriedToSuccessors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UnitsReorganised e) {
        String ids = ids(List.copyOf(e.unitIds()));
        Timestamp at = Timestamp.from(clock.instant());
        carryTargets(ids, at);
        carryPlans(ids, at);
    }

    private void carryTargets(String ids, Timestamp at) {
        // carried targets never edited since: recomputed from all the predecessors now known
        List<Long> stale = jdbc.sql("""
                        SELECT DISTINCT t.id FROM poverty_target t JOIN poverty_target_carried c ON c.target_id = t.id
                        WHERE t.version = 0 AND t.unit_id IN (SELECT s.successor_id FROM admin_unit_successions s
                              WHERE s.whole AND (s.predecessor_id IN (SELECT unnest(CAST(:ids AS bigint[])))
                                                 OR s.successor_id IN (SELECT unnest(CAST(:ids AS bigint[])))))
                        """).param("ids", ids).query(Long.class).list();
        if (!stale.isEmpty()) {
            jdbc.sql("DELETE FROM poverty_target_carried WHERE target_id = ANY (CAST(:t AS bigint[]))")
                    .param("t", ids(stale))
                    .update();
            jdbc.sql("DELETE FROM poverty_target WHERE id = ANY (CAST(:t AS bigint[]))")
                    .param("t", ids(stale))
                    .update();
        }
        jdbc.sql("""
                        WITH src AS (
                            SELECT s.successor_id, s.effective_date, s.legal_basis, t.*,
                                   coalesce(pu.kind || ' ', '') || pu.name AS from_name
                            FROM admin_unit_successions s
                            JOIN poverty_target t ON t.unit_id = s.predecessor_id
                                                 AND t.year >= extract(year FROM s.effective_date)
                            JOIN admin_unit pu ON pu.id = s.predecessor_id
                            WHERE s.whole AND (s.predecessor_id IN (SELECT unnest(CAST(:ids AS bigint[])))
                                               OR s.successor_id IN (SELECT unnest(CAST(:ids AS bigint[]))))
                              AND NOT EXISTS (SELECT 1 FROM poverty_target o
                                              WHERE o.unit_id = s.successor_id AND o.year = t.year)),
                        made AS (
                            INSERT INTO poverty_target (unit_id, year, poor_start, planned_reduction,
                                reduction_without_labour, reduction_with_labour, source_document, note,
                                created_at, created_by, changed_at, changed_by)
                            SELECT successor_id, year,
                                   CASE WHEN count(poor_start) = count(*) THEN sum(poor_start) END,
                                   CASE WHEN count(planned_reduction) = count(*) THEN sum(planned_reduction) END,
                                   CASE WHEN count(reduction_without_labour) = count(*) AND count(reduction_with_labour) = count(*)
                                        AND count(planned_reduction) = count(*) THEN sum(reduction_without_labour) END,
                                   CASE WHEN count(reduction_without_labour) = count(*) AND count(reduction_with_labour) = count(*)
                                        AND count(planned_reduction) = count(*) THEN sum(reduction_with_labour) END,
                                   string_agg(DISTINCT source_document, '; '),
                                   'Cộng từ chỉ tiêu của ' || string_agg(from_name, ', ' ORDER BY from_name)
                                       || ' khi sắp xếp đơn vị hành chính từ ' || to_char(min(effective_date), 'DD/MM/YYYY'),
                                   :at, :by, :at, :by
                            FROM src GROUP BY successor_id, year
                            RETURNING id, unit_id, year)
                        INSERT INTO poverty_target_carried (target_id, from_target_id, effective_date, legal_basis,
                                                            created_at, created_by)
                        SELECT m.id, src.id, src.effective_date, src.legal_basis, :at, :by
                        FROM made m JOIN src ON src.successor_id = m.unit_id AND src.year = m.year
                        """).param("ids", ids).param("at", at).param("by", CARRIED_BY).update();
    }

    private void carryPlans(String ids, Timestamp at) {
        jdbc.sql("""
                        INSERT INTO plan_carried (plan_id, unit_id, from_unit_id, effective_date, legal_basis, created_at,
                                                  created_by)
                        SELECT DISTINCT ON (p.id, s.successor_id) p.id, s.successor_id, s.predecessor_id, s.effective_date,
                               s.legal_basis, :at, :by
                        FROM admin_unit_successions s
                        JOIN plan p ON p.voided_at IS NULL
                                   AND (p.period_to IS NULL OR p.period_to >= extract(year FROM s.effective_date))
                                   AND (p.unit_id = s.predecessor_id OR EXISTS (SELECT 1 FROM plan_carried c
                                        WHERE c.plan_id = p.id AND c.unit_id = s.predecessor_id))
                        WHERE (s.predecessor_id IN (SELECT unnest(CAST(:ids AS bigint[]))) OR s.successor_id IN (SELECT unnest(CAST(:ids AS bigint[]))))
                          AND p.unit_id <> s.successor_id
                        ORDER BY p.id, s.successor_id
                        ON CONFLICT (plan_id, unit_id) DO NOTHING
                        """).param("ids", ids).param("at", at).param("by", CARRIED_BY).update();
    }

    private static String ids(List<Long> ids) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return b.append('}').toString();
    }
}
