package vn.giamngheo.adminunit;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.CsvReader;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * Imports units from CSV with the columns documented in docs/admin-units-csv.md:
 * {@code code,name,kind,level,parent_code,valid_from}. The whole file is checked first — unknown
 * parents, duplicate codes, cycles, bad levels and dates, each with its line — and if anything is
 * wrong nothing is stored. Rows may come in any order: parents are created before their children.
 */
@Service
public class AdminUnitCsvImport {
    static final List<String> COLUMNS = List.of("code", "name", "kind", "level", "parent_code", "valid_from");
    private final AdminUnits units;

    AdminUnitCsvImport(AdminUnits units) {
        this.units = units;
    }

    /** The outcome: how many units were (or, for a dry run, would be) created. */
    public record Result(int created, boolean dryRun) {}

    private record Row(
            int line, String code, String name, String kind, String level, String parentCode, LocalDate validFrom) {}

    @Transactional
    public Result importCsv(Actor actor, Reader csv, boolean dryRun) {
        actor.require(Permission.UNIT_EDIT);
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = parse(csv, problems);
        Map<String, Row> byCode = new LinkedHashMap<>();
        Map<String, Integer> levelRanks = new HashMap<>();
        units.levels().forEach(l -> levelRanks.put(l.code(), l.rank()));
        for (Row row : rows) {
            if (byCode.containsKey(row.code())) {
                problems.add(Problem.of(
                                "code",
                                "adminunit.csv.codeAgain",
                                row.code(),
                                byCode.get(row.code()).line())
                        .at(row.line(), row.code()));
                continue;
            }
            if (units.findByCode(row.code()).isPresent()) {
                problems.add(
                        Problem.of("code", "adminunit.codeTaken", row.code()).at(row.line(), row.code()));
            }
            if (!levelRanks.containsKey(row.level())) {
                problems.add(Problem.of("level", "adminunit.unknownLevel", row.level())
                        .at(row.line(), row.code()));
            }
            byCode.put(row.code(), row);
        }
        for (Row row : byCode.values()) {
            checkParent(actor, row, byCode, levelRanks, problems);
        }
        problems.addAll(cycles(byCode));
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            throw new InvalidInput(problems);
        }
        if (dryRun) {
            return new Result(byCode.size(), true);
        }
        Map<String, Long> created = new HashMap<>();
        for (Row row : inCreationOrder(byCode)) {
            Long parentId = row.parentCode().isEmpty()
                    ? null
                    : created.containsKey(row.parentCode())
                            ? created.get(row.parentCode())
                            : units.findByCode(row.parentCode()).orElseThrow().id();
            AdminUnit unit = units.create(
                    actor,
                    new NewAdminUnit(parentId, row.code(), row.name(), row.kind(), row.level(), row.validFrom()));
            created.put(row.code(), unit.id());
        }
        return new Result(created.size(), false);
    }

    private List<Row> parse(Reader csv, List<Problem> problems) {
        List<CsvReader.Row> records = new CsvReader(csv).readAll();
        if (records.isEmpty()) {
            throw new InvalidInput(List.of(Problem.of("", "adminunit.csv.empty", String.join(",", COLUMNS))
                    .at(1, "")));
        }
        List<String> header = records.get(0).fields().stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        List<String> missing = List.of("code", "name", "level", "parent_code").stream()
                .filter(c -> !index.containsKey(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(List.of(
                    Problem.of(String.join(",", missing), "adminunit.csv.missingColumns", String.join(",", COLUMNS))
                            .at(1, "")));
        }
        List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty()) {
            problems.add(
                    Problem.of(String.join(",", unknown), "adminunit.csv.unknownColumns", String.join(",", COLUMNS))
                            .at(1, ""));
        }
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Row r : records.subList(1, records.size())) {
            String code = value(r, index, "code");
            String name = value(r, index, "name");
            String level = value(r, index, "level").toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problems.add(Problem.of("code", "adminunit.csv.codeMissing").at(r.line(), ""));
                continue;
            }
            if (name.isEmpty()) {
                problems.add(Problem.of("name", "adminunit.nameMissing").at(r.line(), code));
            }
            LocalDate from = null;
            String fromText = value(r, index, "valid_from");
            if (!fromText.isEmpty()) {
                try {
                    from = LocalDate.parse(fromText);
                } catch (DateTimeParseException e) {
                    problems.add(
                            Problem.of("valid_from", "file.notDate", fromText).at(r.line(), code));
                }
            }
            rows.add(new Row(
                    r.line(), code, name, value(r, index, "kind"), level, value(r, index, "parent_code"), from));
        }
        return rows;
    }

    private void checkParent(
            Actor actor, Row row, Map<String, Row> byCode, Map<String, Integer> ranks, List<Problem> problems) {
        if (row.parentCode().isEmpty()) {
            if (!actor.jurisdiction().everywhere()) {
                problems.add(Problem.of("parent_code", "adminunit.csv.topLevelNational")
                        .at(row.line(), row.code()));
            }
            return;
        }
        String parentLevel;
        Row inFile = byCode.get(row.parentCode());
        if (inFile != null) {
            parentLevel = inFile.level();
        } else {
            var existing = units.findByCode(row.parentCode());
            if (existing.isEmpty()) {
                problems.add(Problem.of("parent_code", "adminunit.csv.unknownParent", row.parentCode())
                        .at(row.line(), row.code()));
                return;
            }
            try {
                units.writableUnit(actor, existing.get().id());
            } catch (OutsideJurisdiction e) {
                problems.add(Problem.of("parent_code", "adminunit.csv.parentOutside", row.parentCode())
                        .at(row.line(), row.code()));
            }
            if (existing.get().retired()) {
                problems.add(Problem.of("parent_code", "adminunit.csv.parentRetired", row.parentCode())
                        .at(row.line(), row.code()));
            }
            parentLevel = existing.get().level();
        }
        Integer parentRank = ranks.get(parentLevel);
        Integer rank = ranks.get(row.level());
        if (parentRank != null && rank != null && parentRank >= rank) {
            problems.add(Problem.of(
                            "level",
                            "adminunit.levelUnder",
                            Message.of("level." + row.level()),
                            Message.of("level." + parentLevel))
                    .at(row.line(), row.code()));
        }
    }

    /** Rows whose chain of parents inside the file comes back to themselves. */
    private static List<Problem> cycles(Map<String, Row> byCode) {
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Row row : byCode.values()) {
            Set<String> seen = new HashSet<>();
            String code = row.code();
            while (code != null && byCode.containsKey(code) && seen.add(code)) {
                code = byCode.get(code).parentCode();
            }
            if (code != null && code.equals(row.code()) && reported.add(row.code())) {
                problems.add(Problem.of("parent_code", "adminunit.csv.cycle", row.code(), String.join(" → ", seen))
                        .at(row.line(), row.code()));
            }
        }
        return problems;
    }

    private static List<Row> inCreationOrder(Map<String, Row> byCode) {
        List<Row> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Row row : byCode.values()) {
            addWithParents(row, byCode, done, ordered);
        }
        return ordered;
    }

    private static void addWithParents(Row row, Map<String, Row> byCode, Set<String> done, List<Row> ordered) {
        if (done.contains(row.code())) {
            return;
        }
        Row parent = byCode.get(row.parentCode());
        if (parent != null) {
            addWithParents(parent, byCode, done, ordered);
        }
        done.add(row.code());
        ordered.add(row);
    }

    private static String value(CsvReader.Row r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? "" : r.get(i);
    }
}
