package vn.giamngheo.planning.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Builds .docx files for tests with Apache POI. */
final class Docx {
    private Docx() {}

    /**
     * A .docx with the same text as a plain-text plan: each line a paragraph, each run of tab-separated
     * lines (blank lines between them allowed) one table.
     */
    static byte[] of(PlanText text) {
        try (XWPFDocument doc = new XWPFDocument()) {
            List<String> lines = text.lines();
            int i = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.indexOf('\t') < 0) {
                    if (!line.isBlank()) {
                        doc.createParagraph().createRun().setText(line);
                    }
                    i++;
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                while (i < lines.size()
                        && (lines.get(i).indexOf('\t') >= 0 || lines.get(i).isBlank())) {
                    if (!lines.get(i).isBlank()) {
                        rows.add(lines.get(i).split("\t", -1));
                    }
                    i++;
                }
                table(doc, rows);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void table(XWPFDocument doc, List<String[]> rows) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                String value = c < rows.get(r).length ? rows.get(r)[c] : "";
                if (!value.isEmpty()) {
                    cell.setText(value);
                }
            }
        }
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
