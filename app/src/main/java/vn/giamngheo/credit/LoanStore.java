package vn.giamngheo.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * The loans and their status history. Every read of a loan joins the household's current unit and
 * tests its path against the reader's jurisdiction in the statement (decision 1101); households are
 * read through the registry's published {@code household_register}, classes through the review's
 * {@code review_current_lists}.
 */
@Repository
class LoanStore {
    private final JdbcClient jdbc;

    LoanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household a loan can be entered for: its id, code, unit, unit path and commune. */
    record HouseholdRef(long id, String code, long unitId, String path, Long communeId) {}

    /** The households in reach with these codes (not voided), by code, with the commune each lives in. */
    Map<String, HouseholdRef> households(Jurisdiction scope, Collection<String> codes) {
        Map<String, HouseholdRef> out = new HashMap<>();
        ScopedSql.of(jdbc, scope, """
                        SELECT h.id, h.code, h.unit_id, u.path,
                               (SELECT c.id FROM admin_unit c WHERE c.level = 'COMMUNE' AND u.path LIKE c.path || '%'
                                ORDER BY length(c.path) DESC LIMIT 1) AS commune_id
                        FROM household_register h JOIN admin_unit u ON u.id = h.unit_id
                        WHERE h.code = ANY (:codes) AND NOT h.voided AND u.path LIKE ANY (:scope)
                        """)
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> new HouseholdRef(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), (Long) rs.getObject(5)))
                .list()
                .forEach(h -> out.put(h.code(), h));
        return out;
    }

    /**
     * What the program check reads of households: their class on their communes' recognised lists in
     * force by list year, which communes had lists in force which year ("commune/year"), and which
     * households are ethnic-minority households. Read once for a batch of households.
     */
    record ClassFacts(Map<Long, Map<Integer, String>> classes, Set<String> listsInForce, Set<Long> ethnic) {
        Map<Integer, String> of(long household) {
            return classes.getOrDefault(household, Map.of());
        }

        boolean listsInForce(Long commune, int year) {
            return commune != null && listsInForce.contains(commune + "/" + year);
        }
    }

    ClassFacts classFacts(Collection<Long> households, Collection<Long> communes, Collection<Integer> years) {
        if (households.isEmpty() || communes.isEmpty() || years.isEmpty()) {
            return new ClassFacts(Map.of(), Set.of(), Set.of());
        }
        Long[] c = communes.stream().distinct().toArray(Long[]::new);
        Integer[] y = years.stream().distinct().toArray(Integer[]::new);
        Map<Long, Map<Integer, String>> classes = new HashMap<>();
        jdbc.sql("""
                        SELECT f.household_id, f.list_year, f.household_class
                        FROM review_households_in_force(:communes, :years) f
                        WHERE f.household_id = ANY (:ids) AND f.household_class IN ('POOR', 'NEAR_POOR')
                        """)
                .param("communes", c)
                .param("years", y)
                .param("ids", households.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)})
                .list()
                .forEach(r -> classes.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Integer) r[1], (String) r[2]));
        Set<String> inForce = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT f.unit_id || '/' || f.list_year FROM review_in_force(:years) f
                        WHERE f.unit_id = ANY (:communes)
                        """)
                .param("years", y)
                .param("communes", c)
                .query(String.class)
                .list());
        Set<Long> ethnic = new HashSet<>(
                jdbc.sql("SELECT id FROM household_register WHERE id = ANY (:ids) AND coalesce(ethnic_minority, false)")
                        .param("ids", households.stream().distinct().toArray(Long[]::new))
                        .query(Long.class)
                        .list());
        return new ClassFacts(classes, inForce, ethnic);
    }

    /** Queues the imports of one commune behind each other until the transaction ends. */
    void lockImports(long communeId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('credit-import'), CAST(:c AS int))")
                .param("c", (int) (communeId % Integer.MAX_VALUE))
                .query((rs, n) -> 1)
                .list();
    }

    /** Which of these codes name a household anywhere (to tell "unknown" from "outside your reach"). */
    Set<String> knownCodes(Collection<String> codes) {
        return new HashSet<>(jdbc.sql("SELECT code FROM household_identity WHERE code = ANY (:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** What an import needs of a loan already stored under a contract number. */
    record Stored(
            long id,
            long householdId,
            String contractNo,
            long amount,
            LocalDate disbursedOn,
            LoanStatus status,
            LocalDate statusOn,
            long outstanding,
            int version) {}

    /** The stored loans (not voided) with these contract numbers, by number, whoever's they are. */
    Map<String, Stored> byContract(Collection<String> contractNos) {
        Map<String, Stored> out = new HashMap<>();
        jdbc.sql("""
                        SELECT id, household_id, contract_no, amount, disbursed_on, status, status_on, outstanding, version
                        FROM credit_loan WHERE contract_no = ANY (:nos) AND voided_at IS NULL
                        """)
                .param("nos", contractNos.toArray(String[]::new))
                .query((rs, n) -> stored(rs))
                .list()
                .forEach(s -> out.put(s.contractNo(), s));
        return out;
    }

    Optional<Stored> stored(long id) {
        return jdbc.sql("""
                        SELECT id, household_id, contract_no, amount, disbursed_on, status, status_on, outstanding, version
                        FROM credit_loan WHERE id = :id AND voided_at IS NULL
                        """).param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getObject(5, LocalDate.class),
                LoanStatus.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class),
                rs.getLong(8),
                rs.getInt(9));
    }

    long insert(LoanDraft d, HouseholdRef h, long communeId, String origin, String by, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO credit_loan (household_id, commune_id, contract_no, program, amount, purpose, term_months,
                            rate, entruster, savings_group, disbursed_on, due_on, status, status_on, outstanding,
                            created_at, created_by, changed_at, changed_by)
                        VALUES (:h, :commune, :contract, :program, :amount, :purpose, :term, :rate, :entruster, :grp,
                            :disbursed, :due, :status, :statusOn, :outstanding, :at, :by, :at, :by)
                        RETURNING id
                        """)
                .param("h", h.id())
                .param("commune", communeId)
                .param("contract", blankToNull(d.contractNo()))
                .param("program", d.program().name())
                .param("amount", d.amount())
                .param("purpose", d.purpose().trim())
                .param("term", d.termMonths())
                .param("rate", d.rate())
                .param("entruster", d.entruster().name())
                .param("grp", d.savingsGroup().trim())
                .param("disbursed", d.disbursedOn())
                .param("due", d.dueOn())
                .param("status", d.status().name())
                .param("statusOn", d.statusOn())
                .param("outstanding", d.outstanding())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
        // the history starts with the disbursement; a loan first seen in a later status adds that status
        history(id, LoanStatus.CURRENT, d.disbursedOn(), d.amount(), null, origin, by, at);
        if (d.status() != LoanStatus.CURRENT
                || !d.statusOn().equals(d.disbursedOn())
                || d.outstanding() != d.amount()) {
            history(id, d.status(), d.statusOn(), d.outstanding(), null, origin, by, at);
        }
        return id;
    }

    /** Moves the loan to a status when it still has the version read; false when someone changed it first. */
    boolean changeStatus(
            long id,
            int version,
            LoanStatus status,
            LocalDate on,
            long outstanding,
            String note,
            String origin,
            String by,
            Instant at) {
        int n = jdbc.sql("""
                        UPDATE credit_loan SET status = :status, status_on = :on, outstanding = :outstanding,
                            version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version AND voided_at IS NULL
                        """)
                .param("status", status.name())
                .param("on", on)
                .param("outstanding", outstanding)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .param("version", version)
                .update();
        if (n == 1) {
            history(id, status, on, outstanding, note, origin, by, at);
        }
        return n == 1;
    }

    boolean voidLoan(long id, int version, String reason, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE credit_loan SET voided_at = :at, voided_by = :by, void_reason = :reason,
                            version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version AND voided_at IS NULL
                        """)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("reason", reason)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private void history(
            long loanId,
            LoanStatus status,
            LocalDate on,
            long outstanding,
            String note,
            String origin,
            String by,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO credit_loan_status (loan_id, status, status_on, outstanding, note, origin, created_at, created_by)
                        VALUES (:loan, :status, :on, :outstanding, :note, :origin, :at, :by)
                        """)
                .param("loan", loanId)
                .param("status", status.name())
                .param("on", on)
                .param("outstanding", outstanding)
                .param("note", note)
                .param("origin", origin)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    private static final String SELECT = """
            SELECT l.id, l.household_id, h.code, h.head_name, h.unit_id, u.name AS unit_name, l.commune_id, l.contract_no,
                   l.program, l.amount, l.purpose, l.term_months, l.rate, l.entruster, l.savings_group, l.disbursed_on,
                   l.due_on, l.status, l.status_on, l.outstanding,
                   (l.status = 'OVERDUE' OR (l.status = 'CURRENT' AND l.due_on < :today)) AS past_due,
                   (SELECT cl.household_class FROM review_current_lists(l.commune_id) cl
                    WHERE cl.household_id = l.household_id LIMIT 1) AS household_class,
                   l.version
            FROM credit_loan l
            JOIN household_register h ON h.id = l.household_id
            JOIN admin_unit u ON u.id = h.unit_id
            """;

    /** A filter of the loan list; null parts do not filter. {@code under}: a unit's path (its subtree). */
    record Filter(String under, Long householdId, LoanStatus status, boolean pastDueOnly, int limit) {}

    /** Loans in reach, those past due first (the longest overdue first), then by due day. */
    List<Loan> list(Jurisdiction scope, Filter f, LocalDate today) {
        return ScopedSql.of(jdbc, scope, SELECT + """
                        WHERE l.voided_at IS NULL AND u.path LIKE ANY (:scope)
                          AND (CAST(:under AS text) IS NULL OR u.path LIKE :under || '%')
                          AND (CAST(:household AS bigint) IS NULL OR l.household_id = :household)
                          AND (CAST(:status AS text) IS NULL OR l.status = :status)
                          AND (NOT :pastDueOnly OR l.status = 'OVERDUE' OR (l.status = 'CURRENT' AND l.due_on < :today))
                        ORDER BY past_due DESC, l.due_on, l.id
                        LIMIT :limit
                        """)
                .param("today", today)
                .param("under", f.under())
                .param("household", f.householdId())
                .param("status", f.status() == null ? null : f.status().name())
                .param("pastDueOnly", f.pastDueOnly())
                .param("limit", f.limit())
                .query((rs, n) -> loan(rs))
                .list();
    }

    Optional<Loan> get(Jurisdiction scope, long id, LocalDate today) {
        return ScopedSql.of(jdbc, scope, SELECT + """
                        WHERE l.id = :id AND l.voided_at IS NULL AND u.path LIKE ANY (:scope)
                        """)
                .param("today", today)
                .param("id", id)
                .query((rs, n) -> loan(rs))
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM credit_loan WHERE id = :id AND voided_at IS NULL)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    List<LoanEvent> history(Jurisdiction scope, long loanId) {
        return ScopedSql.of(jdbc, scope, """
                        SELECT s.status, s.status_on, s.outstanding, s.note, s.origin, s.created_at, s.created_by
                        FROM credit_loan_status s
                        JOIN credit_loan l ON l.id = s.loan_id
                        JOIN household_register h ON h.id = l.household_id
                        JOIN admin_unit u ON u.id = h.unit_id
                        WHERE s.loan_id = :id AND u.path LIKE ANY (:scope)
                        ORDER BY s.status_on, s.id
                        """)
                .param("id", loanId)
                .query((rs, n) -> new LoanEvent(
                        LoanStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    private static Loan loan(ResultSet rs) throws SQLException {
        return new Loan(
                rs.getLong("id"),
                rs.getLong("household_id"),
                rs.getString("code"),
                rs.getString("head_name"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getLong("commune_id"),
                rs.getString("contract_no"),
                LoanProgram.valueOf(rs.getString("program")),
                rs.getLong("amount"),
                rs.getString("purpose"),
                rs.getInt("term_months"),
                rate(rs.getBigDecimal("rate")),
                Entruster.valueOf(rs.getString("entruster")),
                rs.getString("savings_group"),
                rs.getObject("disbursed_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                LoanStatus.valueOf(rs.getString("status")),
                rs.getObject("status_on", LocalDate.class),
                rs.getLong("outstanding"),
                rs.getBoolean("past_due"),
                rs.getString("household_class"),
                rs.getInt("version"));
    }

    /** 6.600 → 6.6, 10.000 → 10 (never 1E+1). */
    private static java.math.BigDecimal rate(java.math.BigDecimal r) {
        java.math.BigDecimal s = r.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
