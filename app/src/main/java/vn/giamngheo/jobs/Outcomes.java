package vn.giamngheo.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * What job connection achieved, per commune and year, for the reports of the employment
 * sub-project: referrals, hires and trainings of the year, hires still employed at the 6-month
 * follow-up, households with at least one member in sustainable work (the QĐ 90 target; decision
 * 1511 says what counts), and, for households with a hire in the year, the EMPLOYMENT deprivation on
 * the lists in force that year against the next review's.
 */
@Service
public class Outcomes {
    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final AuditLog audit;

    Outcomes(JdbcClient jdbc, AdminUnits units, AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    /**
     * One commune's figures. {@code reviewedNext}: households placed this year found on a later
     * review's lists; {@code deprivedBefore}/{@code deprivedAfter}: of those, deprived in EMPLOYMENT
     * before and at that review.
     */
    public record CommuneOutcome(
            long communeId,
            String commune,
            int referred,
            int placed,
            int trained,
            int stillEmployedAt6,
            int households,
            int householdsSustainable,
            int reviewedNext,
            int deprivedBefore,
            int deprivedAfter) {}

    public List<CommuneOutcome> of(Actor actor, long unitId, int year) {
        actor.require(Permission.REPORT_READ);
        if (year < 2000 || year > 2200) {
            throw InvalidInput.of("year", Message.of("jobs.yearOutOfRange", year));
        }
        AdminUnit unit = units.get(unitId);
        List<CommuneOutcome> rows = ScopedSql.of(jdbc, actor.jurisdiction(), SQL)
                .param("p", unit.path() + "%")
                .param("year", year)
                .query((rs, n) -> new CommuneOutcome(
                        rs.getLong("commune"),
                        rs.getString("commune_name"),
                        rs.getInt("referred"),
                        rs.getInt("placed"),
                        rs.getInt("trained"),
                        rs.getInt("kept6"),
                        rs.getInt("households"),
                        rs.getInt("sustainable"),
                        rs.getInt("reviewed_next"),
                        rs.getInt("deprived_before"),
                        rs.getInt("deprived_after")))
                .list();
        audit.read(actor, "JobOutcomes", unitId, Workers.unitRef(unit), "year " + year);
        return rows;
    }

    /** The figures as an Excel sheet, Vietnamese headings. */
    public byte[] workbook(List<CommuneOutcome> rows, String unitName, int year) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Kết quả kết nối việc làm");
            s.createRow(0)
                    .createCell(0)
                    .setCellValue(SpreadsheetText.inert("Kết quả kết nối việc làm năm " + year + " — " + unitName));
            Row h = s.createRow(2);
            String[] headings = {
                "Xã",
                "Số lượt giới thiệu",
                "Số người có việc làm",
                "Số người được đào tạo",
                "Còn làm việc sau 6 tháng",
                "Số hộ có hồ sơ lao động",
                "Số hộ có ít nhất 1 người có việc làm bền vững",
                "Hộ có người có việc làm đã được rà soát lại",
                "Trong đó thiếu hụt việc làm trước",
                "Trong đó thiếu hụt việc làm khi rà soát lại"
            };
            for (int i = 0; i < headings.length; i++) {
                h.createCell(i).setCellValue(headings[i]);
            }
            int n = 3;
            for (CommuneOutcome o : rows) {
                Row r = s.createRow(n++);
                r.createCell(0).setCellValue(SpreadsheetText.inert(o.commune()));
                int[] values = {
                    o.referred(),
                    o.placed(),
                    o.trained(),
                    o.stillEmployedAt6(),
                    o.households(),
                    o.householdsSustainable(),
                    o.reviewedNext(),
                    o.deprivedBefore(),
                    o.deprivedAfter()
                };
                for (int i = 0; i < values.length; i++) {
                    r.createCell(i + 1).setCellValue(values[i]);
                }
            }
            for (int i = 0; i < headings.length; i++) {
                s.setColumnWidth(i, i == 0 ? 24 * 256 : 16 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String SQL = """
            WITH w AS (
                SELECT w.id, w.household_id, c.id AS commune, c.name AS commune_name, w.labour_status, w.contract_type
                FROM jobs_worker w JOIN admin_unit u ON u.id = w.unit_id
                JOIN admin_unit c ON u.path LIKE c.path || '%' AND c.level = 'COMMUNE'
                WHERE w.voided_at IS NULL AND u.path LIKE :p AND u.path LIKE ANY (:scope)),
            r AS (
                SELECT r.id, r.worker_id, r.status, r.referred_on, r.outcome_on, w.commune, w.household_id,
                       EXISTS (SELECT 1 FROM jobs_follow_up f WHERE f.referral_id = r.id AND f.months = 6
                               AND f.still_employed) AS kept6
                FROM jobs_referral r JOIN w ON w.id = r.worker_id),
            sustainable AS (
                SELECT w.household_id, w.commune FROM w
                WHERE (w.labour_status = 'EMPLOYED' AND w.contract_type IN ('FIXED_TERM', 'INDEFINITE'))
                   OR EXISTS (SELECT 1 FROM r WHERE r.worker_id = w.id AND r.status = 'HIRED' AND r.kept6)),
            placed AS (
                SELECT DISTINCT r.commune, r.household_id FROM r
                WHERE r.status = 'HIRED' AND extract(year FROM r.outcome_on) = :year),
            communes AS (SELECT array_agg(DISTINCT commune) AS ids FROM placed),
            dep AS (
                SELECT p.commune, p.household_id, b.campaign_id AS before_c, b.deprivations AS before_d,
                       a.campaign_id AS after_c, a.deprivations AS after_d
                FROM placed p
                LEFT JOIN review_households_in_force((SELECT ids FROM communes), ARRAY[:year]) b
                       ON b.household_id = p.household_id
                LEFT JOIN review_households_in_force((SELECT ids FROM communes), ARRAY[:year + 1]) a
                       ON a.household_id = p.household_id),
            next AS (
                SELECT * FROM dep WHERE dep.after_c IS NOT NULL AND dep.before_c IS NOT NULL AND dep.after_c <> dep.before_c)
            SELECT c.commune, c.commune_name,
                   (SELECT count(*) FROM r WHERE r.commune = c.commune AND extract(year FROM r.referred_on) = :year) AS referred,
                   (SELECT count(*) FROM r WHERE r.commune = c.commune AND r.status = 'HIRED'
                        AND extract(year FROM r.outcome_on) = :year) AS placed,
                   (SELECT count(*) FROM r WHERE r.commune = c.commune AND r.status = 'TRAINED'
                        AND extract(year FROM r.outcome_on) = :year) AS trained,
                   (SELECT count(*) FROM r WHERE r.commune = c.commune AND r.status = 'HIRED' AND r.kept6
                        AND extract(year FROM r.outcome_on) = :year) AS kept6,
                   (SELECT count(DISTINCT x.household_id) FROM w x WHERE x.commune = c.commune) AS households,
                   (SELECT count(DISTINCT s.household_id) FROM sustainable s WHERE s.commune = c.commune) AS sustainable,
                   (SELECT count(*) FROM next d WHERE d.commune = c.commune) AS reviewed_next,
                   (SELECT count(*) FROM next d WHERE d.commune = c.commune
                        AND 'EMPLOYMENT' = ANY (d.before_d)) AS deprived_before,
                   (SELECT count(*) FROM next d WHERE d.commune = c.commune
                        AND 'EMPLOYMENT' = ANY (d.after_d)) AS deprived_after
            FROM (SELECT DISTINCT commune, commune_name FROM w) c
            ORDER BY c.commune_name
            """;
}
