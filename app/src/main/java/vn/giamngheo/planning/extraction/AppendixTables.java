package vn.giamngheo.planning.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The appendix tables plans attach, read from rows of tab-separated cells. Three kinds are known by
 * their headers: seed 003's target table (total households, ethnic-minority households, poor at the
 * end of the previous year, rate, planned reduction, remaining, projected rate), seed 004's
 * Appendix 1 (planned reduction split into households without and with labour capacity, "KNLĐ")
 * and Appendix 2 (commune, helping agency, steering-committee member). Numbers are Vietnamese:
 * "." groups thousands, "," marks decimals; "-" or an empty cell in a count is 0. A table of
 * another kind, and a row that cannot be read, are reported.
 */
final class AppendixTables {
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3}|[IVX]{1,4})\\.?$");
    private static final Pattern YEAR = Pattern.compile("nam\\s+(\\d{4})");

    record Tables(List<TargetRow> targets, List<HelperRow> helpers, List<String> warnings) {}

    private enum Kind {
        HOUSEHOLD_TARGETS,
        REDUCTION_SPLIT,
        HELPERS
    }

    private AppendixTables() {}

    static Tables read(List<Paragraph> paragraphs) {
        List<TargetRow> targets = new ArrayList<>();
        List<HelperRow> helpers = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int i = 0;
        while (i < paragraphs.size()) {
            if (!paragraphs.get(i).tableRow()) {
                i++;
                continue;
            }
            int start = i;
            while (i < paragraphs.size() && paragraphs.get(i).tableRow()) {
                i++;
            }
            readTable(title(paragraphs, start), paragraphs.subList(start, i), targets, helpers, warnings);
        }
        return new Tables(targets, helpers, warnings);
    }

    private static void readTable(
            String title,
            List<Paragraph> rows,
            List<TargetRow> targets,
            List<HelperRow> helpers,
            List<String> warnings) {
        StringBuilder header = new StringBuilder();
        List<String[]> headerRows = new ArrayList<>();
        int first = 0;
        while (first < rows.size() && !dataRow(rows.get(first).cells())) {
            header.append(' ').append(rows.get(first).text());
            headerRows.add(rows.get(first).cells());
            first++;
        }
        String h = FoldedText.fold(header.toString());
        Kind kind = h.contains("thanh vien") && (h.contains("co quan") || h.contains("don vi"))
                ? Kind.HELPERS
                : h.contains("knl")
                        ? Kind.REDUCTION_SPLIT
                        : h.contains("ho ngheo") && h.contains("ty le") ? Kind.HOUSEHOLD_TARGETS : null;
        if (kind == null) {
            warnings.add(PlanWarning.of(
                            PlanWarning.Kind.UNKNOWN_TABLE,
                            rows.get(0).line(),
                            header.toString().replace('\t', ' ').replaceAll("\\s+", " "))
                    .text());
            return;
        }
        Integer year = year(title);
        int[] split = splitColumns(headerRows);
        String group = null;
        for (Paragraph row : rows.subList(first, rows.size())) {
            String[] c = row.cells();
            if (cell(c, 0).equals("A") && cell(c, 1).equals("B")) {
                continue; // the row that numbers the columns: "A B 1 2 3 4=3/1 …"
            }
            boolean total = totalLabel(cell(c, 1))
                    || (cell(c, 0).isEmpty() && !cell(c, 1).isEmpty());
            try {
                switch (kind) {
                    case HELPERS -> helpers.add(new HelperRow(title, cell(c, 0), cell(c, 1), cell(c, 2), cell(c, 3)));
                    case REDUCTION_SPLIT ->
                        targets.add(new TargetRow(
                                title,
                                year,
                                blankToNull(cell(c, 0)),
                                null,
                                cell(c, 1),
                                null,
                                null,
                                null,
                                null,
                                count(cell(c, 2)),
                                count(cell(c, split[0])),
                                count(cell(c, split[1])),
                                null,
                                null,
                                blankToNull(cell(c, 5)),
                                total));
                    case HOUSEHOLD_TARGETS -> {
                        if (cell(c, 2).isEmpty() && cell(c, 4).isEmpty() && !total) {
                            group = cell(c, 1); // "I  Khu vực thành thị": a band, not a unit
                            continue;
                        }
                        targets.add(new TargetRow(
                                title,
                                year,
                                blankToNull(cell(c, 0)),
                                total ? null : group,
                                cell(c, 1),
                                count(cell(c, 2)),
                                count(cell(c, 3)),
                                count(cell(c, 4)),
                                rate(cell(c, 5)),
                                count(cell(c, 6)),
                                null,
                                null,
                                count(cell(c, 7)),
                                rate(cell(c, 8)),
                                null,
                                total));
                    }
                }
            } catch (NumberFormatException e) {
                warnings.add(PlanWarning.of(
                                PlanWarning.Kind.ROW_NOT_READ,
                                row.line(),
                                row.text().replace("\t", " | "))
                        .text());
            }
        }
    }

    /** Which columns hold "Hộ không có KNLĐ" and "Hộ có KNLĐ"; 3 and 4 when the header does not say. */
    private static int[] splitColumns(List<String[]> headerRows) {
        int without = -1;
        int with = -1;
        for (String[] row : headerRows) {
            for (int k = 0; k < row.length; k++) {
                String f = FoldedText.fold(row[k]);
                if (f.contains("knl") && f.contains("khong")) {
                    without = k;
                } else if (f.contains("knl")) {
                    with = k;
                }
            }
        }
        return without >= 0 && with >= 0 ? new int[] {without, with} : new int[] {3, 4};
    }

    private static boolean dataRow(String[] cells) {
        String first = cell(cells, 0);
        return ROW_NUMBER.matcher(first).matches() || (first.isEmpty() && totalLabel(cell(cells, 1)));
    }

    /** "TỔNG CỘNG", "Tổng cộng I + II", "Cộng". */
    private static boolean totalLabel(String cell) {
        return FoldedText.fold(cell).matches("tong\\b.*|cong\\s*:?");
    }

    /**
     * The capitalised lines just above a table ("CHỈ TIÊU GIẢM NGHÈO NĂM 2020"), after the "Phụ lục 01"
     * line if there is one; a note in brackets between them and the table is passed over.
     */
    private static String title(List<Paragraph> paragraphs, int tableStart) {
        List<String> capitals = new ArrayList<>();
        String appendix = null;
        for (int k = tableStart - 1; k >= 0 && k >= tableStart - 6; k--) {
            Paragraph p = paragraphs.get(k);
            String text = p.text().strip();
            if (p.tableRow()) {
                break;
            }
            if (capitals.isEmpty() && text.startsWith("(")) {
                continue;
            }
            if (FoldedText.fold(text).startsWith("phu luc")) {
                appendix = text;
                break;
            }
            if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
                break;
            }
            capitals.add(0, text);
        }
        String caption = String.join(" ", capitals);
        if (appendix == null) {
            return caption.isEmpty() ? null : caption;
        }
        return caption.isEmpty() ? appendix : appendix + " – " + caption;
    }

    private static Integer year(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = YEAR.matcher(FoldedText.fold(title));
        Integer year = null;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }

    static Long count(String cell) {
        String s = cell.replace(".", "").replace(" ", "").strip();
        if (s.isEmpty() || s.equals("-") || s.equals("–")) {
            return 0L;
        }
        return Long.parseLong(s);
    }

    static BigDecimal rate(String cell) {
        String s = cell.strip().replace(" ", "");
        if (s.isEmpty() || s.equals("-")) {
            return null;
        }
        if (s.contains(",")) {
            s = s.replace(".", "").replace(",", ".");
        }
        return new BigDecimal(s);
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i].strip() : "";
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
