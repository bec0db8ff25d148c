package vn.giamngheo.adminunit;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.TextFolding;

/**
 * Brings the official lists of the 1 July 2025 reform into the hierarchy (docs/admin-units-2025-reform.md):
 * the units of the list in force until 30 June 2025 ("2024") and of the list from 1 July 2025
 * ("2025"), matched by (list, code) and, the first time, by code and level — never by name —
 * created where missing; the old communes and districts (and the provinces merged into another)
 * retired on 30 June 2025; a succession link from every old unit to each of its successors; the
 * villages of a commune that went whole into one new commune moved there, with their households.
 * The villages of a split commune stay where they are until an official says which successor
 * each went to ({@link SplitCommunes}).
 *
 * <p>Everything is set-based SQL over staging tables in one transaction; a dry run does the same
 * and rolls back, so its report is exactly what the import would change. A second import changes
 * nothing. Scope {@code PRESENT} applies the reform only to the old units already in the system
 * (the demo's places); {@code COUNTRY} brings in both lists whole.
 */
@Service
public class ReformImport {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReformImport.class);
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    static final LocalDate LAST_DAY = EFFECTIVE.minusDays(1);
    static final String LEGAL_BASIS = "Nghị quyết 202/2025/QH15; các nghị quyết 1654–1687/NQ-UBTVQH15 về sắp xếp"
            + " đơn vị hành chính cấp xã năm 2025; Quyết định 19/2025/QĐ-TTg; Bảng chuyển đổi ĐVHC mới – cũ"
            + " (Cục Thống kê)";
    static final String PROVINCE_BASIS = "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh";
    static final String RETIRED = "Sắp xếp đơn vị hành chính từ 01/07/2025";
    static final String DISTRICT_ENDED =
            "Kết thúc hoạt động của đơn vị hành chính cấp huyện từ 01/07/2025 (Luật 72/2025/QH15)";

    /** Which old units the import reorganises. */
    public enum Scope {
        /** both official lists whole: the country */
        COUNTRY,
        /** only the old units already in the system (matched by code) and their successors */
        PRESENT
    }

    /**
     * What an import changed (or, for a dry run, would change): units of each list already known,
     * matched by code the first time, created; units retired; succession links added; villages
     * and households that followed their commune; split communes whose villages still wait.
     */
    public record Report(
            Scope scope,
            boolean dryRun,
            int oldKnown,
            int oldMatched,
            int oldCreated,
            int newKnown,
            int newContinuing,
            int newCreated,
            int retired,
            int successions,
            int basesRefined,
            int villagesMoved,
            long householdsMoved,
            int splitCommunesWaiting,
            long millis) {
        public boolean changesNothing() {
            return oldMatched
                                    + oldCreated
                                    + newContinuing
                                    + newCreated
                                    + retired
                                    + successions
                                    + basesRefined
                                    + villagesMoved
                            == 0
                    && householdsMoved == 0;
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AdminUnitStore store;
    private final AuditLog audit;
    private final Clock clock;

    ReformImport(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            AdminUnitStore store,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs the import; a dry run rolls everything back and reports what it would have changed. */
    public Report run(Actor actor, Scope scope, boolean dryRun) {
        return run(actor, scope, dryRun, null);
    }

    /**
     * The same with lists an administrator uploaded ({@link ReformLists#uploaded}) instead of the
     * official ones; {@code lists} null means the official lists shipped with the product.
     */
    Report run(Actor actor, Scope scope, boolean dryRun, java.util.function.Supplier<ReformLists> lists) {
        actor.require(Permission.UNIT_EDIT);
        if (!actor.jurisdiction().everywhere()) {
            throw new NotPermitted(Message.of("adminunit.reformNationalOnly"));
        }
        ReformLists chosen = lists == null ? ReformLists.official() : lists.get();
        return transaction.execute(status -> {
            Report report = apply(actor, scope, dryRun, chosen);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    private Report apply(Actor actor, Scope scope, boolean dryRun, ReformLists lists) {
        long started = System.nanoTime();
        Timestamp at = Timestamp.from(clock.instant());
        String by = actor.username();
        stage(lists);
        // old units: known by their listing, else matched by code and level, else (country) created
        int oldKnown = known("2024");
        int newKnown = known("2025");
        int oldMatched = jdbc.sql("""
                UPDATE reform_unit r SET unit_id = u.id
                FROM (SELECT DISTINCT ON (code, level) id, code, level FROM admin_unit a
                      WHERE code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM admin_unit_listing l WHERE l.unit_id = a.id)
                      ORDER BY code, level, valid_to IS NOT NULL, id) u
                WHERE r.list = '2024' AND r.unit_id IS NULL AND u.code = r.code AND u.level = r.level
                """).update();
        oldMatched += jdbc.sql("""
                UPDATE reform_unit o SET unit_id = n.unit_id
                FROM reform_unit n
                WHERE :country AND o.list = '2024' AND o.continues AND o.unit_id IS NULL AND n.list = '2025' AND n.code = o.code
                  AND n.unit_id IS NOT NULL
                """).param("country", scope == Scope.COUNTRY).update();
        jdbc.sql(
                        scope == Scope.COUNTRY
                                ? "UPDATE reform_unit SET in_scope = true WHERE list = '2024'"
                                : "UPDATE reform_unit SET in_scope = true WHERE list = '2024' AND unit_id IS NOT NULL")
                .update();
        jdbc.sql("""
                UPDATE reform_unit n SET in_scope = true
                FROM reform_link k JOIN reform_unit o ON o.list = '2024' AND o.code = k.old_code AND o.in_scope
                WHERE n.list = '2025' AND n.code = k.new_code
                """).update();
        int oldCreated = create("2024", null, at, by);
        // a new province carrying the code of an old one that went whole into it continues that unit
        int newContinuing = jdbc.sql("""
                UPDATE reform_unit n SET unit_id = o.unit_id
                FROM reform_link k JOIN reform_unit o ON o.list = '2024' AND o.code = k.old_code
                WHERE n.list = '2025' AND n.level = 'PROVINCE' AND n.in_scope AND n.unit_id IS NULL
                  AND k.old_level = 'PROVINCE' AND k.old_code = n.code AND k.new_code = n.code AND o.unit_id IS NOT NULL
                """).update();
        int retired = jdbc.sql("""
                UPDATE admin_unit u SET valid_to = :lastDay, version = u.version + 1, changed_at = :at, changed_by = :by,
                       retired_reason = CASE WHEN r.level = 'DISTRICT' THEN :districtEnded ELSE :retired END
                FROM reform_unit r
                WHERE r.list = '2024' AND r.in_scope AND u.id = r.unit_id AND u.valid_to IS NULL
                  AND NOT EXISTS (SELECT 1 FROM reform_unit n WHERE n.list = '2025' AND n.unit_id = r.unit_id)
                """)
                .param("lastDay", Date.valueOf(LAST_DAY))
                .param("districtEnded", DISTRICT_ENDED)
                .param("retired", RETIRED)
                .param("at", at)
                .param("by", by)
                .update();
        // old units created by this import were stored already ended
        retired += jdbc.sql("SELECT count(*) FROM reform_unit WHERE list = '2024' AND created AND NOT continues")
                .query(Long.class)
                .single()
                .intValue();
        int newCreated = create("2025", EFFECTIVE, at, by);
        int successions = jdbc.sql("""
                INSERT INTO admin_unit_succession (predecessor_id, successor_id, kind, effective_date, legal_basis, note,
                                                   created_at, created_by)
                SELECT o.unit_id, n.unit_id, CASE k.status WHEN 'SPLIT' THEN 'SPLIT' ELSE 'MERGE' END, :effective,
                       k.basis, k.note, :at, :by
                FROM reform_link k
                JOIN reform_unit o ON o.list = '2024' AND o.code = k.old_code AND o.in_scope
                JOIN reform_unit n ON n.list = '2025' AND n.code = k.new_code
                WHERE n.unit_id IS NOT NULL AND o.unit_id <> n.unit_id
                ON CONFLICT (predecessor_id, successor_id, effective_date) DO NOTHING
                """)
                .param("effective", Date.valueOf(EFFECTIVE))
                .param("at", at)
                .param("by", by)
                .update();
        // links stored before the resolutions were mapped carry the general basis: the precise one now
        int basesRefined = jdbc.sql("""
                UPDATE admin_unit_succession s SET legal_basis = k.basis
                FROM reform_link k
                JOIN reform_unit o ON o.list = '2024' AND o.code = k.old_code AND o.in_scope
                JOIN reform_unit n ON n.list = '2025' AND n.code = k.new_code
                WHERE s.predecessor_id = o.unit_id AND s.successor_id = n.unit_id AND s.effective_date = :effective
                  AND s.legal_basis = :basis AND k.basis <> :basis
                """)
                .param("effective", Date.valueOf(EFFECTIVE))
                .param("basis", LEGAL_BASIS)
                .update();
        jdbc.sql("""
                INSERT INTO admin_unit_listing (list, code, unit_id, level, official_name, official_type, created_at, created_by)
                SELECT list, code, unit_id, level, official_name, type, :at, :by FROM reform_unit
                WHERE in_scope AND unit_id IS NOT NULL
                ON CONFLICT (list, code) DO NOTHING
                """).param("at", at).param("by", by).update();
        int villagesMoved = moveVillages(at, by);
        long householdsMoved = followHouseholds();
        int splitWaiting = jdbc.sql("""
                SELECT count(DISTINCT o.unit_id) FROM reform_unit o
                JOIN reform_link k ON k.old_code = o.code AND k.status = 'SPLIT'
                WHERE o.list = '2024' AND o.in_scope
                  AND EXISTS (SELECT 1 FROM admin_unit c WHERE c.parent_id = o.unit_id AND c.valid_to IS NULL)
                """).query(Long.class).single().intValue();
        Report report = new Report(
                scope,
                dryRun,
                oldKnown,
                oldMatched,
                oldCreated,
                newKnown,
                newContinuing,
                newCreated,
                retired,
                successions,
                basesRefined,
                villagesMoved,
                householdsMoved,
                splitWaiting,
                (System.nanoTime() - started) / 1_000_000);
        log.info("Official unit lists of the 2025 reform: {}", report);
        if (!report.changesNothing()) {
            events.publishEvent(new UnitsReorganised(
                    Set.copyOf(jdbc.sql("SELECT unit_id FROM reform_unit WHERE in_scope AND unit_id IS NOT NULL")
                            .query(Long.class)
                            .list())));
        }
        if (!report.changesNothing()) {
            audit.change(actor, "REFORM_IMPORT", AdminUnits.ENTITY, "2025-reform", null, null, report);
        }
        return report;
    }

    /** The legal basis of a commune's succession where the province's resolution is known. */
    static String communeBasis(String resolution) {
        return "Nghị quyết " + resolution + " về sắp xếp đơn vị hành chính cấp xã năm 2025; Bảng chuyển đổi ĐVHC"
                + " mới – cũ (Cục Thống kê)";
    }

    /** Units of a list already brought in by an earlier import. */
    private int known(String list) {
        return jdbc.sql("""
                UPDATE reform_unit r SET unit_id = l.unit_id
                FROM admin_unit_listing l WHERE r.list = :list AND l.list = r.list AND l.code = r.code
                """).param("list", list).update();
    }

    /** Loads the official files into staging tables (dropped at the end of the transaction). */
    private void stage(ReformLists lists) {
        jdbc.sql("DROP TABLE IF EXISTS reform_unit, reform_link").update();
        jdbc.sql("""
                CREATE TEMP TABLE reform_unit (list text, code text, level text, parent_code text, kind text, name text,
                    search text, official_name text, type text, unit_id bigint, path text,
                    created boolean NOT NULL DEFAULT false, in_scope boolean NOT NULL DEFAULT false,
                    continues boolean NOT NULL DEFAULT false,
                    PRIMARY KEY (list, code)) ON COMMIT DROP
                """).update();
        jdbc.sql("CREATE TEMP TABLE reform_link (old_level text, old_code text, status text, new_level text,"
                        + " new_code text, note text) ON COMMIT DROP")
                .update();
        StringBuilder units = new StringBuilder();
        for (OfficialLists.Unit u : lists.units()) {
            row(
                    units,
                    u.list(),
                    u.code(),
                    u.level(),
                    u.parentCode(),
                    u.kind(),
                    u.name(),
                    TextFolding.fold(u.name()),
                    u.officialName(),
                    u.type());
        }
        copy("reform_unit (list, code, level, parent_code, kind, name, search, official_name, type)", units);
        StringBuilder links = new StringBuilder();
        for (OfficialLists.Link l : lists.links()) {
            row(links, l.oldLevel(), l.oldCode(), l.status(), l.newLevel(), l.newCode(), l.note());
        }
        copy("reform_link (old_level, old_code, status, new_level, new_code, note)", links);
        jdbc.sql("CREATE INDEX ON reform_link (old_code)").update();
        // an old province whose code the new province it went into carries: the same unit continues
        jdbc.sql("""
                UPDATE reform_unit r SET continues = true
                WHERE r.list = '2024' AND r.level = 'PROVINCE' AND EXISTS (SELECT 1 FROM reform_link k
                      WHERE k.old_level = 'PROVINCE' AND k.old_code = r.code AND k.new_code = r.code)
                """).update();
        jdbc.sql("CREATE INDEX ON reform_link (new_code)").update();
        // the legal basis of each link: the province resolution, the commune resolution of the new
        // province where the official files name it, else the general basis
        jdbc.sql("ALTER TABLE reform_link ADD COLUMN basis text").update();
        jdbc.sql("UPDATE reform_link SET basis = CASE WHEN old_level = 'PROVINCE' THEN :province ELSE :basis END")
                .param("province", PROVINCE_BASIS)
                .param("basis", LEGAL_BASIS)
                .update();
        for (Map.Entry<String, String> r : lists.resolutions().entrySet()) {
            jdbc.sql("""
                    UPDATE reform_link k SET basis = :basis
                    FROM reform_unit n WHERE n.list = '2025' AND n.code = k.new_code AND n.level = 'COMMUNE'
                      AND n.parent_code = :province AND k.old_level = 'COMMUNE'
                    """)
                    .param("basis", communeBasis(r.getValue()))
                    .param("province", r.getKey())
                    .update();
        }
        jdbc.sql("CREATE INDEX ON reform_unit (unit_id)").update();
        jdbc.sql("ANALYZE reform_unit").update();
        jdbc.sql("ANALYZE reform_link").update();
    }

    /**
     * Creates the units of a list that are in scope and still unknown, parents first; their paths
     * come from their parents' (a known unit's own path, or the one just given to a new parent).
     */
    private int create(String list, LocalDate validFrom, Timestamp at, String by) {
        jdbc.sql("UPDATE reform_unit r SET path = u.path FROM admin_unit u WHERE r.list = :list AND u.id = r.unit_id")
                .param("list", list)
                .update();
        int count = jdbc.sql("""
                UPDATE reform_unit SET unit_id = nextval('admin_unit_id_seq'), created = true
                WHERE list = :list AND in_scope AND unit_id IS NULL
                """).param("list", list).update();
        if (count == 0) {
            return 0;
        }
        jdbc.sql(
                        "UPDATE reform_unit SET path = '/' || unit_id || '/' WHERE list = :list AND created AND level = 'PROVINCE'")
                .param("list", list)
                .update();
        for (String level : List.of("DISTRICT", "COMMUNE")) {
            jdbc.sql("""
                    UPDATE reform_unit r SET path = p.path || r.unit_id || '/'
                    FROM reform_unit p
                    WHERE r.list = :list AND r.created AND r.level = :level AND p.list = r.list AND p.code = r.parent_code
                    """).param("list", list).param("level", level).update();
        }
        jdbc.sql("""
                INSERT INTO admin_unit (id, code, name, kind, level, parent_id, path, search_name, valid_from,
                                        valid_to, retired_reason, created_at, created_by, changed_at, changed_by)
                SELECT r.unit_id, r.code, r.name, r.kind, r.level, p.unit_id, r.path, r.search, :validFrom,
                       CASE WHEN r.list = '2024' AND NOT r.continues THEN CAST(:lastDay AS date) END,
                       CASE WHEN r.list = '2024' AND NOT r.continues
                            THEN CASE WHEN r.level = 'DISTRICT' THEN :districtEnded ELSE :retired END END,
                       :at, :by, :at, :by
                FROM reform_unit r LEFT JOIN reform_unit p ON p.list = r.list AND p.code = r.parent_code
                WHERE r.list = :list AND r.created
                ORDER BY length(r.path)
                """)
                .param("list", list)
                .param("lastDay", Date.valueOf(LAST_DAY))
                .param("districtEnded", DISTRICT_ENDED)
                .param("retired", RETIRED)
                .param("validFrom", validFrom == null ? null : Date.valueOf(validFrom))
                .param("at", at)
                .param("by", by)
                .update();
        jdbc.sql("""
                INSERT INTO admin_unit_name (unit_id, name, kind, valid_from, created_at, created_by)
                SELECT unit_id, name, kind, :validFrom, :at, :by FROM reform_unit WHERE list = :list AND created
                """)
                .param("list", list)
                .param("validFrom", validFrom == null ? null : Date.valueOf(validFrom))
                .param("at", at)
                .param("by", by)
                .update();
        return count;
    }

    /**
     * The villages (and any other current unit) under an old commune that went whole into one new
     * commune move under it. Villages are the lowest level, so each moved unit's path is simply the
     * successor's path and its own id.
     */
    private int moveVillages(Timestamp at, String by) {
        jdbc.sql("DROP TABLE IF EXISTS reform_move").update();
        jdbc.sql("""
                CREATE TEMP TABLE reform_move ON COMMIT DROP AS
                SELECT c.id, s.unit_id AS to_id, u.path AS to_path, split_part(c.path, '/', 2)::bigint AS from_root,
                       split_part(u.path, '/', 2)::bigint AS to_root
                FROM reform_unit o
                JOIN reform_link k ON k.old_code = o.code AND k.status = 'WHOLE' AND k.old_level = 'COMMUNE'
                JOIN reform_unit s ON s.list = '2025' AND s.code = k.new_code
                JOIN admin_unit u ON u.id = s.unit_id
                JOIN admin_unit c ON c.parent_id = o.unit_id AND c.valid_to IS NULL
                WHERE o.list = '2024' AND o.level = 'COMMUNE' AND o.in_scope
                """).update();
        store.deferHouseholdRefiling();
        return jdbc.sql("""
                UPDATE admin_unit c SET parent_id = m.to_id, path = m.to_path || c.id || '/', version = c.version + 1,
                       changed_at = :at, changed_by = :by
                FROM reform_move m WHERE c.id = m.id
                """).param("at", at).param("by", by).update();
    }

    /**
     * Households follow: those attached to an old commune that went whole into one new commune are
     * attached to it, and those whose unit now lies in another province move there.
     */
    private long followHouseholds() {
        Map<Long, Long> successors = new HashMap<>();
        jdbc.sql("""
                SELECT o.unit_id, s.unit_id FROM reform_unit o
                JOIN reform_link k ON k.old_code = o.code AND k.status = 'WHOLE' AND k.old_level = 'COMMUNE'
                JOIN reform_unit s ON s.list = '2025' AND s.code = k.new_code
                WHERE o.list = '2024' AND o.level = 'COMMUNE' AND o.in_scope AND s.unit_id IS NOT NULL
                """)
                .query((rs, n) -> successors.put(rs.getLong(1), rs.getLong(2)))
                .list();
        Set<Long> formerProvinces = jdbc
                .sql("SELECT DISTINCT from_root FROM reform_move WHERE from_root <> to_root")
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
        HouseholdsFollowUnits follow = new HouseholdsFollowUnits(formerProvinces, successors);
        events.publishEvent(follow);
        return follow.householdsMoved();
    }

    private void copy(String target, StringBuilder rows) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
        } catch (java.sql.SQLException | IOException e) {
            throw new IllegalStateException("staging the official lists failed", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** One line of COPY's text format (a tab or line break inside an uploaded field becomes a space). */
    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String f = fields[i];
            out.append(
                    f == null || f.isEmpty()
                            ? "\\N"
                            : f.replace("\\", "\\\\")
                                    .replace("\t", " ")
                                    .replace("\r", " ")
                                    .replace("\n", " "));
        }
        out.append('\n');
    }
}
