package vn.giamngheo.review.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Streams the rows of one worksheet of an .xlsx file, straight from the sheet's XML with SAX, so a
 * sheet of hundreds of thousands of rows is never held in memory: only the workbook's shared
 * strings are. Each cell keeps its stored type, so a reader can tell a number typed where text
 * belongs from the text itself.
 */
final class SheetRows {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    enum Type {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR
    }

    /** A non-empty cell: 0-based column, stored type, and its value as stored ("1500000", "1"). */
    record Cell(int column, Type type, String value) {}

    /** A row: its number as Excel shows it (1-based) and its non-empty cells, left to right. */
    record Row(int number, List<Cell> cells) {}

    interface Sink {
        void row(Row row);
    }

    private SheetRows() {}

    /** Reads the sheet named {@code sheetName}, or the first sheet when there is none by that name. */
    static void read(Path xlsx, String sheetName, Sink sink) {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                if (chosen == null || sheets.getSheetName().equals(sheetName)) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = sheet;
                    if (sheets.getSheetName().equals(sheetName)) {
                        break;
                    }
                } else {
                    sheet.close();
                }
            }
            if (chosen == null) {
                throw InvalidInput.of("", Message.of("review.sheet.noWorksheet"));
            }
            try (InputStream sheet = chosen) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new Handler(strings, sink));
                parser.parse(new InputSource(sheet));
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            throw InvalidInput.of("", Message.of("review.sheet.oldXls"));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw InvalidInput.of("", Message.of("review.sheet.notXlsx"));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw InvalidInput.of("", Message.of("review.sheet.unreadable"));
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            // POI's own failures on a damaged or oversized workbook (a zip bomb is refused this way)
            throw InvalidInput.of("", Message.of("input.unreadableFile"));
        }
    }

    /**
     * The workbook's shared strings as plain strings. POI's own table builds a rich-text object per
     * lookup, which costs more than all the rest of reading a sheet.
     */
    private static List<String> sharedStrings(XSSFReader reader)
            throws IOException, SAXException, ParserConfigurationException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | RuntimeException e) {
            return List.of();
        }
        if (data == null) {
            return List.of();
        }
        try (InputStream in = data) {
            SharedStrings handler = new SharedStrings();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
            return handler.strings;
        }
    }

    /**
     * Excel writes control characters in cell text as "_x000D_"; POI's cell API decodes them, and so
     * does this reader.
     */
    static String decodeEscapes(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPE.matcher(text).replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    /** "B7" → 1; "AA1" → 26. */
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char ch = reference.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            index = index * 26 + (ch - 'A' + 1);
        }
        return index - 1;
    }

    /** 1 → "B", 26 → "AA". */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Collects sst → si → t, leaving out phonetic runs (rPh). */
    private static final class SharedStrings extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean capturing;
        private int phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> capturing = phonetic == 0;
                case "rPh" -> phonetic++;
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(decodeEscapes(text.toString()));
                case "t" -> capturing = false;
                case "rPh" -> phonetic--;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing) {
                text.append(ch, start, length);
            }
        }
    }

    /** Follows the SpreadsheetML elements row → c → v (or is → t for inline strings). */
    private static final class Handler extends DefaultHandler {
        private final List<String> strings;
        private final Sink sink;
        private final StringBuilder value = new StringBuilder();

        private int rowNumber;
        private List<Cell> cells;
        private int nextColumn;
        private int column;
        private String type;
        private boolean capturing;
        private int phonetic;

        Handler(List<String> strings, Sink sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : columnIndex(r);
                    type = attributes.getValue("t");
                    value.setLength(0);
                }
                case "v" -> capturing = true;
                case "t" -> capturing = phonetic == 0;
                case "rPh" -> phonetic++;
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> capturing = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    addCell();
                    nextColumn = column + 1;
                }
                case "row" -> sink.row(new Row(rowNumber, cells));
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing) {
                value.append(ch, start, length);
            }
        }

        private void addCell() {
            if (value.isEmpty()) {
                return;
            }
            String raw = value.toString();
            Cell cell = switch (type == null ? "n" : type) {
                case "s" -> new Cell(column, Type.TEXT, sharedString(raw));
                case "inlineStr", "str", "d" -> new Cell(column, Type.TEXT, decodeEscapes(raw));
                case "b" -> new Cell(column, Type.BOOLEAN, raw.trim());
                case "e" -> new Cell(column, Type.ERROR, raw.trim());
                default -> new Cell(column, Type.NUMBER, raw.trim());
            };
            cells.add(cell);
        }

        private String sharedString(String index) {
            int i = Integer.parseInt(index.trim());
            if (i < 0 || i >= strings.size()) {
                throw InvalidInput.of(
                        InvalidInput.Problem.of("", "review.sheet.sharedText").at(rowNumber, ""));
            }
            return strings.get(i);
        }
    }
}
