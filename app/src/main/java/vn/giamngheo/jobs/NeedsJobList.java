package vn.giamngheo.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * The "needs a job" list for an employment service centre, in the fields of TT 01/2022 Mẫu 01
 * (docs/jobs-exchange.md): workers looking for work in a unit's subtree who consented to their
 * details being passed on. UTF-8 with a byte-order mark so spreadsheets read the Vietnamese; every
 * text inert for a spreadsheet. The export is recorded as a disclosure.
 */
@Service
public class NeedsJobList {
    static final List<String> HEADINGS = List.of(
            "STT",
            "Họ và tên",
            "Năm sinh",
            "Giới tính",
            "Dân tộc",
            "Số định danh cá nhân",
            "Nơi ở hiện tại",
            "Trình độ giáo dục phổ thông",
            "Trình độ chuyên môn kỹ thuật",
            "Chuyên ngành",
            "Tình trạng việc làm",
            "Công việc hiện tại",
            "Công việc trước đây",
            "Số tháng thất nghiệp",
            "Nhu cầu đào tạo",
            "Nhu cầu việc làm",
            "Kỹ năng",
            "Sẵn sàng đi làm xa",
            "Sẵn sàng chuyển nơi ở",
            "Muốn làm việc ở nước ngoài",
            "Đã đăng ký trên sàn việc làm",
            "Số điện thoại");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("M", "Nam"),
            Map.entry("F", "Nữ"),
            Map.entry("NONE", "Không"),
            Map.entry("PRIMARY", "Tiểu học"),
            Map.entry("LOWER_SECONDARY", "Trung học cơ sở"),
            Map.entry("UPPER_SECONDARY", "Trung học phổ thông"),
            Map.entry("ELEMENTARY", "Sơ cấp"),
            Map.entry("INTERMEDIATE", "Trung cấp"),
            Map.entry("COLLEGE", "Cao đẳng"),
            Map.entry("UNIVERSITY", "Đại học trở lên"),
            Map.entry("EMPLOYED", "Có việc làm"),
            Map.entry("UNEMPLOYED", "Thất nghiệp"),
            Map.entry("INACTIVE", "Không hoạt động kinh tế"));

    private final Workers workers;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    NeedsJobList(Workers workers, AdminUnits units, AuditLog audit, Clock clock) {
        this.workers = workers;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list and how many looking for work were left out for want of consent. */
    public record Export(byte[] csv, int rows, int withoutConsent) {}

    public Export csv(Actor actor, long unitId) {
        AdminUnit unit = units.get(unitId);
        List<Worker> looking = workers.list(actor, new Workers.WorkerFilter(unitId, null, null, true, 2000));
        LocalDate today = LocalDate.now(clock);
        StringBuilder out = new StringBuilder("\ufeff");
        out.append(String.join(
                        ",", HEADINGS.stream().map(SpreadsheetText::csvField).toList()))
                .append("\r\n");
        int n = 0;
        int left = 0;
        for (Worker w : looking) {
            if (workers.consentOn(w.id(), today).isEmpty()) {
                left++;
                continue;
            }
            WorkerData d = w.data();
            List<String> cells = List.of(
                    String.valueOf(++n),
                    text(d.fullName()),
                    d.birthYear() == null ? "" : d.birthYear().toString(),
                    word(d.sex()),
                    text(d.ethnicity()),
                    text(d.citizenId()),
                    text(residence(w.unitId())),
                    word(WorkerRows.name(d.generalEducation())),
                    word(WorkerRows.name(d.qualification())),
                    text(d.qualificationField()),
                    word(WorkerRows.name(d.labourStatus())),
                    text(d.currentJob()),
                    text(d.previousJob()),
                    d.monthsUnemployed() == null ? "" : d.monthsUnemployed().toString(),
                    text(d.trainingNeed()),
                    text(d.jobNeed()),
                    text(String.join("; ", d.skills())),
                    yesNo(d.willingCommute()),
                    yesNo(d.willingMove()),
                    yesNo(d.willingAbroad()),
                    yesNo(d.exchangeRegistered()),
                    text(d.phone()));
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                // numbers as numbers; the ID number stays text (its leading zero is part of it)
                line.append(i == 0 ? "" : ",")
                        .append(NUMBERS.contains(i) ? cells.get(i) : SpreadsheetText.csvField(cells.get(i)));
            }
            out.append(line).append("\r\n");
        }
        if (n > 0) {
            // a disclosure only when someone's details leave (the list read itself is audited as a read)
            audit.event(
                    actor.username(),
                    "DISCLOSE",
                    "NeedsJobList",
                    unitId,
                    Workers.unitRef(unit),
                    n + " workers to the employment service centre");
        }
        return new Export(out.toString().getBytes(StandardCharsets.UTF_8), n, left);
    }

    /** Columns written as numbers: STT, year of birth, months unemployed. */
    private static final java.util.Set<Integer> NUMBERS = java.util.Set.of(0, 2, 13);

    /** The village and commune, as Mẫu 01's current residence names them ("Thôn 1, Xã Xuân Bái"). */
    private String residence(long unitId) {
        AdminUnit unit = units.get(unitId);
        List<String> names = new java.util.ArrayList<>();
        for (AdminUnit u : units.ancestry(unit)) {
            if (u.level().equals("VILLAGE") || u.level().equals("COMMUNE")) {
                names.add(0, u.fullName());
            }
        }
        if (names.isEmpty()) {
            names.add(unit.fullName());
        }
        return String.join(", ", names);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String word(String code) {
        return code == null ? "" : WORDS.getOrDefault(code, code);
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "Có" : "Không";
    }
}
