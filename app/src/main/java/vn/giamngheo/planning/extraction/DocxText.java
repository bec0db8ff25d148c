package vn.giamngheo.planning.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * The text of a .docx: body paragraphs in order, and tables. A table of three columns or more is
 * data (an appendix) and each row becomes one line of tab-separated cells, a merged cell followed
 * by empty ones so columns stay in place. A table of one or two columns is layout — the header
 * ("ỦY BAN NHÂN DÂN … | CỘNG HÒA XÃ HỘI …") and the signature block ("Nơi nhận: … | TM. ỦY BAN
 * NHÂN DÂN") are laid out that way — and its cells are read as paragraphs, left cell first. Word's
 * automatic numbering is written out ("1.", "1.1.", "a)") since plans number their tasks with it.
 */
final class DocxText {
    private DocxText() {}

    static List<String> lines(byte[] content) {
        if (content.length == 0) {
            throw InvalidInput.of("file", Message.of("file.documentEmpty"));
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            Numbering numbering = new Numbering();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, numbering, lines);
                } else if (element instanceof XWPFTable table) {
                    table(table, numbering, lines);
                }
            }
            if (lines.stream().allMatch(String::isBlank)) {
                throw InvalidInput.of("file", Message.of("file.documentEmpty"));
            }
            return lines;
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a broken package in many ways (NotOfficeXmlFileException, POIXMLException, …).
            throw InvalidInput.of("file", Message.of("file.notDocx"));
        }
    }

    private static void paragraph(XWPFParagraph p, Numbering numbering, List<String> lines) {
        String label = numbering.label(p);
        String text = p.getText().replace('\t', ' ');
        String[] parts = text.split("\\R", -1);
        for (int i = 0; i < parts.length; i++) {
            lines.add(i == 0 && label != null ? label + " " + parts[i] : parts[i]);
        }
        lines.add("");
    }

    private static void table(XWPFTable table, Numbering numbering, List<String> lines) {
        int columns = 0;
        for (XWPFTableRow row : table.getRows()) {
            int width = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                width += span(cell);
            }
            columns = Math.max(columns, width);
        }
        if (columns <= 2) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> paragraph(p, numbering, lines));
                }
            }
            return;
        }
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> texts = new ArrayList<>();
                cell.getParagraphs()
                        .forEach(p ->
                                texts.add(p.getText().replaceAll("\\s+", " ").strip()));
                cells.add(String.join(" ", texts).strip());
                for (int k = 1; k < span(cell); k++) {
                    cells.add("");
                }
            }
            lines.add(String.join("\t", cells));
        }
        lines.add("");
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, pr.getGridSpan().getVal().intValue());
    }

    /** Counters for Word's list numbering, per list and level. */
    private static final class Numbering {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String label(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            if (id == null) {
                return null;
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            int[] counts = counters.computeIfAbsent(id, k -> new int[9]);
            counts[level]++;
            for (int k = level + 1; k < counts.length; k++) {
                counts[k] = 0;
            }
            String format = p.getNumFmt();
            String pattern = p.getNumLevelText();
            if ("bullet".equals(format) || pattern == null) {
                return "-";
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int l = pattern.charAt(++i) - '1';
                    int n = l >= 0 && l < counts.length ? Math.max(1, counts[l]) : 1;
                    out.append(l == level ? format(n, format) : String.valueOf(n));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static String format(int n, String format) {
            if (format == null) {
                return String.valueOf(n);
            }
            return switch (format) {
                case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
                case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
                case "upperRoman" -> roman(n);
                case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
                default -> String.valueOf(n);
            };
        }

        private static String roman(int n) {
            String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                while (n >= values[i]) {
                    sb.append(numerals[i]);
                    n -= values[i];
                }
            }
            return sb.toString();
        }
    }
}
