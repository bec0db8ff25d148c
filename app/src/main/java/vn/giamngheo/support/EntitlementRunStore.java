package vn.giamngheo.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * The SQL of an entitlement list's run, set-based over a province (decision 1460). The lists in
 * force are read once: every beneficiary they qualify is staged in a temporary table of the
 * transaction together with what the no-double-support probe found for them (nothing live, a live
 * grant of this list, or one held elsewhere). The counts, the ledger commitment and the review of
 * grants no longer eligible come from the stage; the grants are then written once, already naming
 * their commitment. The exclusion constraint still decides at the insert.
 */
@Repository
class EntitlementRunStore {
    private final JdbcClient jdbc;

    EntitlementRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who a run looks at: the list, the communes whose lists are read, the classes and amounts, the period. */
    record Selection(
            long listId,
            boolean perPerson,
            Long[] communes,
            int year,
            String[] classes,
            long groupId,
            LocalDate from,
            LocalDate endExclusive,
            Long amountPoor,
            Long amountNearPoor,
            AreaAmounts byArea) {}

    /** What the stage holds: beneficiaries to add, their amount, those held elsewhere. */
    record Staged(int toAdd, long amount, int held) {}

    /**
     * Stages the beneficiaries the lists in force qualify for the selection, inside the reader's
     * jurisdiction. held: null when no live grant of the content group covers any day of the period,
     * true when one outside this list does, false when only this list's does.
     */
    Staged stage(Jurisdiction scope, Selection s) {
        jdbc.sql("""
                        CREATE TEMP TABLE support_list_stage (household_id bigint NOT NULL, member_ord int,
                            member_name text, unit_id bigint NOT NULL, household_class text NOT NULL,
                            amount bigint, voided boolean NOT NULL, held boolean) ON COMMIT DROP
                        """).update();
        String who = s.perPerson() ? "m.ord" : "-1";
        String members = s.perPerson() ? "JOIN household_register_member m ON m.household_id = f.household_id" : "";
        // the no-double-support probe, set-based: the live grants of the content group that reach
        // into the period (by the index of live grants by group and last day), joined by beneficiary
        ScopedSql.of(jdbc, scope, """
                        WITH live AS MATERIALIZED (
                            SELECT g.household_id, g.who, bool_or(g.list_id IS DISTINCT FROM :list) AS elsewhere
                            FROM support_grant g
                            WHERE g.group_id = :grp AND g.state IN %s
                              AND coalesce(upper(g.period), 'infinity'::date) > CAST(:from AS date)
                              AND g.period && daterange(:from, :to, '[)')
                            GROUP BY g.household_id, g.who)
                        INSERT INTO support_list_stage (household_id, member_ord, member_name, unit_id, household_class,
                            amount, voided, held)
                        SELECT f.household_id, %s, %s, f.unit_id, f.household_class,
                            CASE f.household_class WHEN 'POOR' THEN CAST(:ap AS bigint) ELSE %s END,
                            h.voided, l.elsewhere
                        FROM review_households_in_force(:communes, :years) f
                        JOIN household_register h ON h.id = f.household_id
                        JOIN admin_unit u ON u.id = h.unit_id
                        %s
                        LEFT JOIN live l ON l.household_id = f.household_id AND l.who = %s
                        WHERE f.household_class = ANY (:classes) AND u.path LIKE ANY (:scope)
                        """.formatted(
                                GrantStore.LIVE,
                                s.perPerson() ? "m.ord" : "NULL",
                                s.perPerson() ? "m.name" : "NULL",
                                s.byArea().nearPoorAmountSql(),
                                members,
                                who))
                .param("ap", s.amountPoor())
                .param("anp", s.amountNearPoor())
                .param("areaPaths", s.byArea().paths())
                .param("areaAmounts", s.byArea().amounts())
                .param("list", s.listId())
                .param("grp", s.groupId())
                .param("from", Date.valueOf(s.from()))
                .param("to", s.endExclusive() == null ? null : Date.valueOf(s.endExclusive()))
                .param("communes", s.communes())
                .param("years", new Integer[] {s.year()})
                .param("classes", s.classes())
                .update();
        // temporary tables are never analysed on their own; the anti-join below needs the row count
        jdbc.sql("ANALYZE support_list_stage").update();
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE held IS NULL AND NOT voided),
                               coalesce(sum(amount) FILTER (WHERE held IS NULL AND NOT voided), 0),
                               count(*) FILTER (WHERE held AND NOT voided)
                        FROM support_list_stage
                        """)
                .query((rs, n) -> new Staged(rs.getInt(1), rs.getLong(2), rs.getInt(3)))
                .single();
    }

    /** Live grants of the list (not settled) whose household the lists in force no longer qualify. */
    List<Long> noLongerEligible(Jurisdiction scope, long listId) {
        return ScopedSql.of(jdbc, scope, """
                        SELECT g.id FROM support_grant g JOIN household_register h ON h.id = g.household_id
                        JOIN admin_unit u ON u.id = h.unit_id
                        WHERE g.list_id = :list AND g.state IN ('APPROVED', 'PAID') AND u.path LIKE ANY (:scope)
                          AND NOT EXISTS (SELECT 1 FROM support_list_stage s WHERE s.household_id = g.household_id)
                        ORDER BY g.id
                        """)
                .param("list", listId)
                .query(Long.class)
                .list();
    }

    /** The grant fields every row of a run shares. */
    record Written(
            long contentId,
            long groupId,
            long componentId,
            long programId,
            boolean perPerson,
            String source,
            PeriodKind kind,
            String decision,
            LocalDate decisionDate,
            Timestamp at,
            String by,
            Long entryId) {}

    private static final String INSERT = """
            INSERT INTO support_grant (household_id, member_ord, member_name, per_person, content_id, group_id,
                component_id, program_id, source, unit_id, period, period_kind, amount, household_class,
                decision, decision_date, state, list_id, commitment_entry_id, created_at, created_by, changed_at,
                changed_by)
            SELECT s.household_id, s.member_ord, s.member_name, :pp, :content, :grp, :comp, :prog, :source, s.unit_id,
                daterange(:from, :to, '[)'), :kind, s.amount, s.household_class, :decision, :ddate, 'APPROVED', :list,
                :entry, :at, :by, :at, :by
            FROM support_list_stage s
            WHERE s.held IS NULL AND NOT s.voided
            ORDER BY s.household_id, s.member_ord
            """;

    /**
     * Writes the staged beneficiaries as approved grants of the list (in household order, so that
     * the indexes are filled page by page); the ids of what was written.
     */
    List<Long> write(Selection s, Written w) {
        return jdbc.sql(INSERT + " RETURNING id")
                .param("pp", w.perPerson())
                .param("content", w.contentId())
                .param("grp", w.groupId())
                .param("comp", w.componentId())
                .param("prog", w.programId())
                .param("source", w.source())
                .param("from", Date.valueOf(s.from()))
                .param("to", s.endExclusive() == null ? null : Date.valueOf(s.endExclusive()))
                .param("kind", w.kind().name())
                .param("decision", w.decision())
                .param("ddate", Date.valueOf(w.decisionDate()))
                .param("list", s.listId())
                .param("entry", w.entryId())
                .param("at", w.at())
                .param("by", w.by())
                .query(Long.class)
                .list();
    }
}
