package vn.giamngheo.jobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.giamngheo.shared.CsvReader;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.TextFolding;

/**
 * Reads a vacancy list (CSV or XLSX, first sheet) in the columns of docs/jobs-exchange.md — those of
 * Mẫu 02 of TT 01/2022 — into vacancies, or every problem with its line and field. A pure reader: the
 * caller stores all the lines or none.
 */
final class VacancyFile {
    private VacancyFile() {}

    /** The columns: field name, the headings accepted (folded), required or not. */
    record Column(String field, boolean required, List<String> headings) {}

    static final List<Column> COLUMNS = List.of(
            new Column("employer", true, List.of("ten don vi tuyen dung", "don vi tuyen dung", "employer")),
            new Column("employerPhone", false, List.of("dien thoai", "so dien thoai", "employer_phone")),
            new Column("jobTitle", true, List.of("vi tri viec lam", "cong viec", "job_title")),
            new Column("place", true, List.of("noi lam viec", "dia diem lam viec", "place")),
            new Column("placeUnitCode", false, List.of("ma xa noi lam viec", "place_unit_code")),
            new Column("positions", true, List.of("so luong can tuyen", "so luong", "positions")),
            new Column("skills", false, List.of("yeu cau ky nang", "ky nang", "skills")),
            new Column("wageFrom", false, List.of("muc luong tu", "luong tu", "wage_from")),
            new Column("wageTo", false, List.of("muc luong den", "luong den", "wage_to")),
            new Column("contractType", false, List.of("loai hop dong", "contract_type")),
            new Column("closingDate", true, List.of("han tuyen", "han nop ho so", "closing_date")));

    /** The headings a template file carries, in Vietnamese. */
    static final List<String> HEADINGS = List.of(
            "Tên đơn vị tuyển dụng",
            "Điện thoại",
            "Vị trí việc làm",
            "Nơi làm việc",
            "Mã xã nơi làm việc",
            "Số lượng cần tuyển",
            "Yêu cầu kỹ năng",
            "Mức lương từ",
            "Mức lương đến",
            "Loại hợp đồng",
            "Hạn tuyển");

    /** A read line: its number and its vacancy, or its problems. */
    record Line(int line, VacancyData vacancy, List<Problem> problems) {}

    /** Each data line of the file; {@code unitCodes} tells whether an official commune code exists. */
    static List<Line> read(String fileName, byte[] content, long ownerUnitId, Function<String, Boolean> unitCodes)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            readWorkbook(content, rows, lines);
        } else {
            CsvReader csv =
                    new CsvReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
            for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
                rows.add(r.fields());
                lines.add(r.line());
            }
        }
        List<Line> out = new ArrayList<>();
        if (rows.isEmpty()) {
            out.add(new Line(1, null, List.of(Problem.of("", "jobs.fileEmpty").at(1, ""))));
            return out;
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String h = TextFolding.fold(header.get(i)).replace("\ufeff", "");
            for (Column c : COLUMNS) {
                if (c.headings().contains(h) && !at.containsKey(c.field())) {
                    at.put(c.field(), i);
                }
            }
        }
        List<Problem> missing = new ArrayList<>();
        for (Column c : COLUMNS) {
            if (c.required() && !at.containsKey(c.field())) {
                missing.add(Problem.of(c.field(), "jobs.columnMissing").at(lines.get(0), ""));
            }
        }
        if (!missing.isEmpty()) {
            out.add(new Line(lines.get(0), null, missing));
            return out;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            out.add(line(lines.get(r), row, at, ownerUnitId, unitCodes));
        }
        if (out.isEmpty()) {
            out.add(new Line(
                    lines.get(0), null, List.of(Problem.of("", "jobs.fileEmpty").at(lines.get(0), ""))));
        }
        return out;
    }

    private static Line line(
            int line, List<String> row, Map<String, Integer> at, long owner, Function<String, Boolean> unitCodes) {
        Map<String, String> v = new LinkedHashMap<>();
        at.forEach((field, i) ->
                v.put(field, i < row.size() && row.get(i) != null ? row.get(i).trim() : ""));
        List<Problem> problems = new ArrayList<>();
        Integer positions = integer(v.get("positions"), "positions", problems);
        Long wageFrom = amount(v.get("wageFrom"), "wageFrom", problems);
        Long wageTo = amount(v.get("wageTo"), "wageTo", problems);
        ContractType contract = null;
        String contractText = v.getOrDefault("contractType", "");
        if (!contractText.isEmpty()) {
            contract = contract(contractText);
            if (contract == null) {
                problems.add(Problem.of("contractType", "jobs.contractUnknown", contractText));
            }
        }
        LocalDate closing = date(v.get("closingDate"), "closingDate", problems);
        String code = v.getOrDefault("placeUnitCode", "");
        if (!code.isEmpty() && !unitCodes.apply(code)) {
            problems.add(Problem.of("placeUnitCode", "jobs.placeCodeUnknown", code));
        }
        VacancyData data = new VacancyData(
                owner,
                code.isEmpty() ? null : code,
                v.get("employer"),
                v.getOrDefault("employerPhone", ""),
                v.get("jobTitle"),
                v.get("place"),
                positions,
                Arrays.asList(v.getOrDefault("skills", "").split("[;,]")),
                wageFrom,
                wageTo,
                contract,
                closing);
        boolean unreadable = !problems.isEmpty();
        for (Problem p : VacancyRules.check(data)) {
            // a value that could not be read is named once, not again as missing
            if (!unreadable || problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                problems.add(p);
            }
        }
        List<Problem> placed = problems.stream().map(p -> p.at(line, "")).toList();
        return new Line(line, placed.isEmpty() ? data : null, placed);
    }

    /** A contract type as its code or in words ("Xác định thời hạn", "Dưới 12 tháng", "Không"). */
    static ContractType contract(String text) {
        String f = TextFolding.fold(text).replace('-', ' ');
        for (ContractType c : ContractType.values()) {
            if (c.name().equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        return switch (f) {
            case "khong", "khong co", "khong co hop dong", "thoa thuan mieng" -> ContractType.NONE;
            case "duoi 12 thang" -> ContractType.UNDER_12_MONTHS;
            case "xac dinh thoi han", "co thoi han", "tu 12 den 36 thang" -> ContractType.FIXED_TERM;
            case "khong xac dinh thoi han" -> ContractType.INDEFINITE;
            default -> null;
        };
    }

    private static Integer integer(String text, String field, List<Problem> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "jobs.notANumber", text));
            return null;
        }
    }

    private static Long amount(String text, String field, List<Problem> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text.replace(".", "").replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "jobs.notANumber", text));
            return null;
        }
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private static LocalDate date(String text, String field, List<Problem> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DMY) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "jobs.dateFormat", text));
            return null;
        }
    }

    private static void readWorkbook(byte[] content, List<List<String>> rows, List<Integer> lines) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
                lines.add(row.getRowNum() + 1);
            }
        }
    }
}
