package vn.giamngheo.adminunit;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.shared.CsvReader;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;

/**
 * The unit lists before and after a reorganisation and the succession of every old unit, as the
 * reform import applies them: the official ones shipped with the product, or lists an
 * administrator uploads in the same format (units {@code code,name,level,parent_code,type};
 * succession {@code old_level,old_code,status,new_level,new_code,new_codes,nso_notes}, other
 * columns ignored; splits {@code old_code,new_code,nso_note}) — a province's own arrangement, a
 * list corrected after the official one. Uploaded files are checked whole first; any problem is
 * reported with its file, line and code, and nothing is stored.
 */
record ReformLists(List<OfficialLists.Unit> units, List<OfficialLists.Link> links, Map<String, String> resolutions) {

    static ReformLists official() {
        List<OfficialLists.Unit> units = new ArrayList<>(OfficialLists.units(OfficialLists.OLD));
        units.addAll(OfficialLists.units(OfficialLists.NEW));
        return new ReformLists(units, OfficialLists.links(), OfficialLists.communeResolutions());
    }

    /**
     * Uploaded files (a page's or the API's parts), read when the import asks for them (after its
     * permission check); a part left empty in a form counts as absent.
     */
    static java.util.function.Supplier<ReformLists> fromFiles(
            org.springframework.web.multipart.MultipartFile before,
            org.springframework.web.multipart.MultipartFile after,
            org.springframework.web.multipart.MultipartFile succession,
            org.springframework.web.multipart.MultipartFile splits) {
        return () -> uploaded(
                text(before), text(after), text(succession), splits == null || splits.isEmpty() ? null : text(splits));
    }

    private static Reader text(org.springframework.web.multipart.MultipartFile file) {
        try {
            return new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Set<String> OLD_LEVELS = Set.of("PROVINCE", "DISTRICT", "COMMUNE");
    private static final Set<String> NEW_LEVELS = Set.of("PROVINCE", "COMMUNE");

    /**
     * Uploaded lists. {@code splits} may be null when no commune was split. Refused whole, with
     * every problem found, when a file lacks a column, a code repeats, a parent or a successor is
     * not in its list, a level or a status is unknown, or an old unit has no succession row.
     */
    static ReformLists uploaded(Reader before, Reader after, Reader succession, Reader splits) {
        List<Problem> problems = new ArrayList<>();
        List<OfficialLists.Unit> units = new ArrayList<>();
        Map<String, Integer> oldLines = new HashMap<>();
        units.addAll(units("before", OfficialLists.OLD, before, OLD_LEVELS, oldLines, problems));
        units.addAll(units("after", OfficialLists.NEW, after, NEW_LEVELS, new HashMap<>(), problems));
        Map<String, OfficialLists.Unit> oldUnits = new HashMap<>();
        Map<String, OfficialLists.Unit> newUnits = new HashMap<>();
        for (OfficialLists.Unit u : units) {
            (u.list().equals(OfficialLists.OLD) ? oldUnits : newUnits).put(u.code(), u);
        }
        Map<String, List<String[]>> parts = new HashMap<>();
        if (splits != null) {
            Table t = Table.read("splits", splits, List.of("old_code", "new_code"), problems);
            for (CsvReader.Row r : t.rows) {
                String newCode = t.get(r, "new_code");
                if (!newUnits.containsKey(newCode)) {
                    problems.add(Problem.of("new_code", "adminunit.lists.unknownSuccessor", "splits", newCode)
                            .at(r.line(), t.get(r, "old_code")));
                }
                parts.computeIfAbsent(t.get(r, "old_code"), k -> new ArrayList<>())
                        .add(new String[] {newCode, t.getOptional(r, "nso_note")});
            }
        }
        List<OfficialLists.Link> links = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        Table t = Table.read(
                "succession",
                succession,
                List.of("old_level", "old_code", "status", "new_level", "new_code"),
                problems);
        for (CsvReader.Row r : t.rows) {
            String oldCode = t.get(r, "old_code");
            String status = t.get(r, "status");
            if (!oldUnits.containsKey(oldCode)) {
                problems.add(Problem.of("old_code", "adminunit.lists.unknownOld", oldCode)
                        .at(r.line(), oldCode));
                continue;
            }
            if (!covered.add(oldCode)) {
                problems.add(Problem.of("old_code", "adminunit.lists.codeAgain", "succession", oldCode)
                        .at(r.line(), oldCode));
                continue;
            }
            String note = t.getOptional(r, "nso_notes");
            switch (status) {
                case "WHOLE" -> {
                    String newCode = t.get(r, "new_code");
                    if (!newUnits.containsKey(newCode)) {
                        problems.add(Problem.of("new_code", "adminunit.lists.unknownSuccessor", "succession", newCode)
                                .at(r.line(), oldCode));
                    } else {
                        links.add(new OfficialLists.Link(
                                t.get(r, "old_level"),
                                oldCode,
                                "WHOLE",
                                t.get(r, "new_level"),
                                newCode,
                                note.isEmpty() ? null : note));
                    }
                }
                case "SPLIT" -> {
                    List<String[]> p = parts.getOrDefault(oldCode, List.of());
                    if (p.size() < 2) {
                        problems.add(Problem.of("status", "adminunit.lists.splitParts", oldCode)
                                .at(r.line(), oldCode));
                    }
                    p.forEach(x -> links.add(new OfficialLists.Link(
                            t.get(r, "old_level"), oldCode, "SPLIT", "COMMUNE", x[0], x[1].isEmpty() ? null : x[1])));
                }
                case "ABOLISHED" -> {
                    // a level that ended (the districts): its units carry no successor
                }
                default ->
                    problems.add(Problem.of("status", "adminunit.lists.unknownStatus", status)
                            .at(r.line(), oldCode));
            }
        }
        for (OfficialLists.Unit u : oldUnits.values()) {
            if (!covered.contains(u.code())) {
                problems.add(Problem.of("old_code", "adminunit.lists.noSuccession", u.code())
                        .at(oldLines.get(u.code()), u.code()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            throw new InvalidInput(problems.size() > 200 ? problems.subList(0, 200) : problems);
        }
        return new ReformLists(units, links, Map.of());
    }

    private static List<OfficialLists.Unit> units(
            String file,
            String list,
            Reader in,
            Set<String> levels,
            Map<String, Integer> lines,
            List<Problem> problems) {
        Table t = Table.read(file, in, List.of("code", "name", "level", "parent_code", "type"), problems);
        Map<String, String> levelOf = new HashMap<>();
        List<OfficialLists.Unit> units = new ArrayList<>();
        for (CsvReader.Row r : t.rows) {
            String code = t.get(r, "code");
            String level = t.get(r, "level");
            if (code.isEmpty()) {
                problems.add(Problem.of("code", "adminunit.csv.codeMissing").at(r.line(), ""));
            } else if (levelOf.containsKey(code)) {
                problems.add(Problem.of("code", "adminunit.lists.codeAgain", file, code)
                        .at(r.line(), code));
            } else if (!levels.contains(level)) {
                problems.add(Problem.of("level", "adminunit.lists.level", level, String.join(", ", levels))
                        .at(r.line(), code));
            } else if (t.get(r, "name").isEmpty()) {
                problems.add(Problem.of("name", "adminunit.nameMissing").at(r.line(), code));
            } else {
                levelOf.put(code, level);
                lines.put(code, r.line());
                units.add(new OfficialLists.Unit(
                        list, code, t.get(r, "name"), level, t.get(r, "parent_code"), t.get(r, "type")));
            }
        }
        List<String> order = List.of("PROVINCE", "DISTRICT", "COMMUNE");
        for (OfficialLists.Unit u : units) {
            boolean top = u.level().equals("PROVINCE");
            String parentLevel = levelOf.get(u.parentCode());
            if (top != u.parentCode().isEmpty()
                    || (!top && (parentLevel == null || order.indexOf(parentLevel) >= order.indexOf(u.level())))) {
                problems.add(Problem.of("parent_code", "adminunit.lists.parent", file, u.parentCode())
                        .at(lines.get(u.code()), u.code()));
            }
        }
        return units;
    }

    /** A CSV file read by its header's column names. */
    private record Table(String file, Map<String, Integer> columns, List<CsvReader.Row> rows) {
        static Table read(String file, Reader in, List<String> required, List<Problem> problems) {
            CsvReader csv = new CsvReader(in);
            CsvReader.Row header = csv.next();
            Map<String, Integer> columns = new HashMap<>();
            if (header != null) {
                for (int i = 0; i < header.fields().size(); i++) {
                    columns.put(header.get(i), i);
                }
            }
            List<String> missing =
                    required.stream().filter(c -> !columns.containsKey(c)).toList();
            List<CsvReader.Row> rows = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add(Problem.of("", "adminunit.lists.columns", file, String.join(",", required))
                        .at(1, file));
                return new Table(file, columns, rows);
            }
            for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
                if (!(r.fields().size() == 1 && r.get(0).isEmpty())) {
                    rows.add(r);
                }
            }
            return new Table(file, columns, rows);
        }

        String get(CsvReader.Row r, String column) {
            return r.get(columns.get(column));
        }

        String getOptional(CsvReader.Row r, String column) {
            Integer i = columns.get(column);
            return i == null ? "" : r.get(i);
        }
    }
}
