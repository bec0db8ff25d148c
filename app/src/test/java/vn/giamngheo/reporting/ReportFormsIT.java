package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.PovertyStandards;

/**
 * The forms against figures counted in the test from the generated households themselves: a
 * province with two districts and three communes, a baseline (lists of 2025) and a periodic review
 * (lists of 2026) through every step; expected counts come from classifying the raw lines here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormsIT extends ReportingAccounts {
    @Autowired
    AdminUnits units;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewProcedure procedure;

    @Autowired
    PovertyStandards standards;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Http http;
    AdminUnit province;
    AdminUnit district1;
    List<AdminUnit> communes = new ArrayList<>();
    /** Expected counts: unit id → "ROW|COL" → value, for 2025 and 2026. */
    Map<Long, Map<String, Long>> expected2025 = new HashMap<>();

    Map<Long, Map<String, Long>> expected2026 = new HashMap<>();

    @BeforeAll
    void load() throws Exception {
        http = new Http(port);
        ReviewFixture f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        province = f.unit(null, tag, "Báo Cáo " + tag, "Tỉnh", "PROVINCE");
        district1 = f.unit(province.id(), tag + "-d1", "Một", "Huyện", "DISTRICT");
        AdminUnit district2 = f.unit(province.id(), tag + "-d2", "Hai", "Huyện", "DISTRICT");
        communes.add(f.commune(district1.id(), tag + "-c1", "Đông", 2));
        communes.add(f.commune(district1.id(), tag + "-c2", "Tây", 2));
        communes.add(f.commune(district2.id(), tag + "-c3", "Nam", 2));
        List<ObjectNode> lines = ReviewFixture.generated(900, 11, tag);
        PovertyStandard nd07 = standards.get("ND07_2021", null);
        for (int c = 0; c < 3; c++) {
            List<ObjectNode> all = new ArrayList<>();
            List<String> villages = new ArrayList<>();
            List<ObjectNode> base = new ArrayList<>();
            List<String> baseVillages = new ArrayList<>();
            for (int i = c; i < lines.size(); i += 3) {
                ObjectNode line = lines.get(i);
                String village = Integer.toString(1 + (i / 3) % 2);
                all.add(line);
                villages.add(village);
                if (i % 4 == 0) {
                    // on the lists before: some stay, some escape, some change list
                    ObjectNode b = line.deepCopy();
                    b.put("recognizedClass", i % 8 == 0 ? "POOR" : "NEAR_POOR");
                    base.add(b);
                    baseVillages.add(village);
                }
            }
            f.baseline(communes.get(c).id(), 2024, base, baseVillages);
            f.periodic(communes.get(c).id(), 2025, all, villages);
            Map<String, Long> e25 = new HashMap<>();
            Map<String, Long> e26 = new HashMap<>();
            Map<String, String> before = new HashMap<>();
            for (ObjectNode b : base) {
                String cls = b.get("recognizedClass").asString();
                before.put(b.get("ref").asString(), cls);
                add(e25, cls + "|HH", 1);
                add(e25, cls + "|PERSONS", persons(b));
                add(e25, cls + ".NEWLY|HH", 1);
                add(e25, cls + ".END|HH", 1);
            }
            for (ObjectNode line : all) {
                Classification k = PovertyClassifier.classify(ExchangeFormat.parse(line.toString()), nd07);
                String after = k.householdClass().name();
                add(e26, after + "|HH", 1);
                add(e26, after + "|PERSONS", persons(line));
                String was = before.get(line.get("ref").asString());
                String flowAfter = after.equals("POOR") || after.equals("NEAR_POOR") ? after : null;
                flows(e26, was, flowAfter);
                if (flowAfter != null) {
                    for (String code : k.deprivations().codes()) {
                        add(e26, code + "|" + after, 1);
                    }
                    children(e26, line, after);
                }
            }
            expected2025.put(communes.get(c).id(), e25);
            expected2026.put(communes.get(c).id(), e26);
        }
    }

    private static void flows(Map<String, Long> e, String was, String now) {
        for (String side : List.of("POOR", "NEAR_POOR")) {
            boolean start = side.equals(was);
            boolean end = side.equals(now);
            String other = side.equals("POOR") ? "NEAR_POOR" : "POOR";
            if (start) {
                add(e, side + ".START|HH", 1);
            }
            if (end) {
                add(e, side + ".END|HH", 1);
            }
            if (start && !end) {
                add(e, side + (other.equals(now) ? ".TO_OTHER" : ".ESCAPED") + "|HH", 1);
            }
            if (end && !start) {
                add(e, side + (other.equals(was) ? ".FROM_OTHER" : ".NEWLY") + "|HH", 1);
            }
        }
    }

    private static void children(Map<String, Long> e, ObjectNode line, String cls) {
        if (!line.has("members")) {
            return;
        }
        for (JsonNode m : line.get("members")) {
            if (!m.has("age") || m.get("age").asInt() >= 16) {
                continue;
            }
            add(e, "CHILDREN|" + cls, 1);
            if (m.has("healthInsured") && !m.get("healthInsured").asBoolean()) {
                add(e, "NO_INSURANCE|" + cls, 1);
            }
            if ((m.has("stunted") && m.get("stunted").asBoolean())
                    || (m.has("underweight") && m.get("underweight").asBoolean())) {
                add(e, "STUNTED_UNDERWEIGHT|" + cls, 1);
            }
            if (m.get("age").asInt() >= 3
                    && m.has("inSchool")
                    && !m.get("inSchool").asBoolean()) {
                add(e, "NOT_IN_SCHOOL|" + cls, 1);
            }
        }
    }

    private static long persons(ObjectNode line) {
        return line.has("members") ? line.get("members").size() : 0;
    }

    private static void add(Map<String, Long> m, String key, long n) {
        m.merge(key, n, Long::sum);
    }

    /** The expected value of a unit: its own for a commune, the sum of its communes above. */
    long expected(Map<Long, Map<String, Long>> byCommune, AdminUnit unit, String key) {
        long sum = 0;
        for (AdminUnit c : communes) {
            if (c.path().startsWith(unit.path())) {
                sum += byCommune.get(c.id()).getOrDefault(key, 0L);
            }
        }
        return sum;
    }

    /** The kept cells of a unit, as the forms read them. */
    Map<String, Long> cells(AdminUnit unit, int year) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("SELECT row_key || '|' || col, value FROM report_cell WHERE unit_id = :u AND list_year = :y")
                .param("u", unit.id())
                .param("y", year)
                .query(rs -> {
                    m.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        return m;
    }

    @Test
    void keptCellsEqualTheCountsOfTheRawHouseholdsAtEveryLevel() {
        List<AdminUnit> levels = new ArrayList<>(communes);
        levels.add(district1);
        levels.add(province);
        for (AdminUnit u : levels) {
            Map<String, Long> c25 = cells(u, 2025);
            Map<String, Long> c26 = cells(u, 2026);
            for (String key :
                    List.of("POOR|HH", "NEAR_POOR|HH", "POOR|PERSONS", "NEAR_POOR|PERSONS", "POOR.NEWLY|HH")) {
                assertThat(c25.getOrDefault(key, 0L))
                        .as(u.name() + " 2025 " + key)
                        .isEqualTo(expected(expected2025, u, key));
            }
            Map<String, Long> all = new HashMap<>();
            communes.stream()
                    .filter(c -> c.path().startsWith(u.path()))
                    .forEach(c -> expected2026.get(c.id()).forEach((k, v) -> all.merge(k, v, Long::sum)));
            for (var e : all.entrySet()) {
                String key = e.getKey();
                if (key.startsWith("NOT_POOR") || key.startsWith("UNDETERMINED")) {
                    continue;
                }
                assertThat(c26.getOrDefault(key, 0L))
                        .as(u.name() + " 2026 " + key)
                        .isEqualTo(e.getValue());
            }
            assertThat(c26.getOrDefault("POOR.START|HH", 0L)).isEqualTo(c25.getOrDefault("POOR|HH", 0L));
            assertThat(c26.keySet()).noneMatch(k -> k.contains("UNMATCHED"));
        }
    }

    @Test
    void flowsBalanceExactlyAtCommuneDistrictAndProvince() {
        for (AdminUnit u : List.of(communes.get(0), district1, province)) {
            JsonNode report = http.get("/api/v1/reports/flows?unitId=" + u.id() + "&year=2026", admin())
                    .json();
            assertThat(report.get("tables")).hasSize(4);
            for (JsonNode table : report.get("tables")) {
                for (JsonNode row : table.get("rows")) {
                    long[] v = new long[11];
                    for (int i = 0; i < 11; i++) {
                        v[i] = row.get("cells").get(i).get("value").asLong();
                    }
                    assertThat(v[0] - v[1] - v[2] - v[3] + v[4] + v[5] + v[6] + v[7])
                            .as(u.name() + " " + table.get("title").asString() + " "
                                    + row.get("name").asString())
                            .isEqualTo(v[8]);
                    assertThat(v[10]).isEqualTo(v[9] - v[4] - v[5] - v[6]);
                }
            }
        }
    }

    @Test
    void summaryRowsPerChildUnitAddUpToTheTotal() {
        JsonNode report = http.get("/api/v1/reports/summary?unitId=" + province.id() + "&year=2026", admin())
                .json();
        JsonNode rows = report.get("tables").get(0).get("rows");
        assertThat(rows).hasSize(3);
        long poor = 0;
        for (int r = 0; r < 2; r++) {
            poor += rows.get(r).get("cells").get(2).get("value").asLong();
        }
        assertThat(rows.get(2).get("total").asBoolean()).isTrue();
        assertThat(rows.get(2).get("cells").get(2).get("value").asLong())
                .isEqualTo(poor)
                .isEqualTo(expected(expected2026, province, "POOR|HH"));
        // the denominator: households registered (no unit_year_stat recorded for the test units)
        long registered = jdbc.sql("SELECT count(*) FROM household h JOIN admin_unit u ON u.id = h.unit_id"
                        + " WHERE u.path LIKE :p AND h.voided_at IS NULL")
                .param("p", province.path() + "%")
                .query(Long.class)
                .single();
        assertThat(rows.get(2).get("cells").get(0).get("value").asLong()).isEqualTo(registered);
        assertThat(rows.get(2).get("cells").get(3).get("value").decimalValue())
                .isEqualByComparingTo(TableBuilder.percent(poor, registered));
    }

    static byte[] bytes(int port, String user, String path) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        var res = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        return res.body();
    }

    /** Every number the JSON form shows, table by table, row by row, as the documents print them. */
    static List<List<String>> numbers(JsonNode report) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode table : report.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                List<String> cells = new ArrayList<>();
                for (JsonNode c : row.get("cells")) {
                    cells.add(c.get("text").asString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void excelAndPdfShowTheSameNumbersAsTheScreen() throws Exception {
        for (String form : List.of("summary", "flows", "deprivations", "groups", "children", "lists")) {
            String q = "/api/v1/reports/" + form + "?unitId=" + province.id() + "&year=2026";
            JsonNode json = http.get(q + "&lang=vi", admin()).json();
            assertDocumentsShow(port, admin(), q, json, form);
        }
    }

    /** The Excel and PDF files of a report show the numbers of its JSON, table by table, row by row. */
    static void assertDocumentsShow(int port, String user, String q, JsonNode json, String form) throws Exception {
        List<List<String>> expected = numbers(json);
        // Excel: the data rows follow each numbering row "A", "B", "1" …
        List<List<String>> excel = new ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(bytes(port, user, q + "&format=xlsx")))) {
            var sheet = wb.getSheetAt(0);
            var fmt = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(0))).startsWith("ỦY BAN NHÂN DÂN");
            boolean inTable = false;
            for (var row : sheet) {
                String a = fmt.formatCellValue(row.getCell(0));
                String b = fmt.formatCellValue(row.getCell(1));
                if (a.equals("A") && b.equals("B")) {
                    assertThat(fmt.formatCellValue(row.getCell(2))).isEqualTo("1");
                    inTable = true;
                    continue;
                }
                if (inTable && row.getCell(2) != null && !(a.isEmpty() && b.isEmpty())) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 2; c < row.getLastCellNum(); c++) {
                        var cell = row.getCell(c);
                        cells.add(
                                cell == null
                                        ? ""
                                        : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                                ? plain(
                                                        cell.getNumericCellValue(),
                                                        cell.getCellStyle().getDataFormatString())
                                                : cell.getStringCellValue());
                    }
                    excel.add(cells);
                } else {
                    inTable = false;
                }
            }
        }
        assertThat(excel).as(form + " in Excel").isEqualTo(expected);
        // PDF: the text extracted contains every row's numbers in order, and the Vietnamese title
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes(port, user, q + "&format=pdf"))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("NGƯỜI LẬP BIỂU");
        assertThat(flat).contains(json.get("title").asString().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        // a text cell may wrap onto a second line; the numbers of a row stay together and in order
        List<String> pdfNumbers = java.util.Arrays.stream(flat.split(" "))
                .filter(x -> x.matches("-?[0-9]+(\\.[0-9]+)?"))
                .toList();
        for (List<String> row : expected) {
            List<String> numbers =
                    row.stream().filter(x -> x.matches("-?[0-9]+(\\.[0-9]+)?")).toList();
            assertThat(java.util.Collections.indexOfSubList(pdfNumbers, numbers))
                    .as(form + " in PDF: " + numbers)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    static String plain(double v, String format) {
        return format.contains(".00")
                ? new java.math.BigDecimal(v)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                : Long.toString(Math.round(v));
    }

    @Test
    void adxAndCsvCarryTheFormsNumbers() throws Exception {
        JsonNode summary = http.get("/api/v1/reports/summary?unitId=" + province.id() + "&year=2026", admin())
                .json();
        long poor = summary.get("tables")
                .get(0)
                .get("rows")
                .get(2)
                .get("cells")
                .get(2)
                .get("value")
                .asLong();
        Http.Response adx = http.get("/api/v1/exports/adx?unitId=" + province.id() + "&year=2026", admin());
        assertThat(adx.headers().firstValue("Content-Type").orElse("")).startsWith("application/adx+xml");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(adx.body().getBytes(StandardCharsets.UTF_8)));
        var groups = doc.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group");
        assertThat(groups.getLength()).isEqualTo(3);
        var total = (org.w3c.dom.Element) groups.item(2);
        assertThat(total.getAttribute("orgUnit")).isEqualTo(province.code());
        assertThat(total.getAttribute("period")).isEqualTo("2026-01-01/P1Y");
        assertThat(total.getAttribute("dataSet")).isEqualTo("GIAMNGHEO_POVERTY");
        String poorValue = null;
        var values = total.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue");
        for (int i = 0; i < values.getLength(); i++) {
            var v = (org.w3c.dom.Element) values.item(i);
            if (v.getAttribute("dataElement").equals("GN_POOR_HH")) {
                poorValue = v.getAttribute("value");
            }
        }
        assertThat(poorValue).isEqualTo(Long.toString(poor));
        String csv = http.get("/api/v1/exports/csv?unitId=" + province.id() + "&year=2026", admin())
                .body();
        assertThat(csv.lines().findFirst()).contains("dataelement,period,orgunit,value");
        assertThat(csv.lines()).contains("GN_POOR_HH,2026," + province.code() + "," + poor);
        assertThat(csv.lines()).anyMatch(l -> l.startsWith("GN_POOR_ESCAPED_HH,2026,"));
    }

    @Test
    void aRebuildGivesTheCellsTheDeltasKept() {
        Map<String, Long> before = cells(province, 2026);
        Map<String, Long> district = cells(district1, 2025);
        Http.Response r = http.post("/api/v1/reports/rebuild", admin(), "application/json", "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Long> after = cells(province, 2026);
        before.values().removeIf(v -> v == 0);
        after.values().removeIf(v -> v == 0);
        Map<String, String> diff = new java.util.TreeMap<>();
        before.forEach((k, v) -> {
            if (!v.equals(after.get(k))) {
                diff.put(k, v + " → " + after.get(k));
            }
        });
        after.forEach((k, v) -> {
            if (!before.containsKey(k)) {
                diff.put(k, "none → " + v);
            }
        });
        assertThat(diff).isEmpty();
        Map<String, Long> districtAfter = cells(district1, 2025);
        district.values().removeIf(v -> v == 0);
        districtAfter.values().removeIf(v -> v == 0);
        assertThat(districtAfter).isEqualTo(district);
        assertThat(http.post(
                                "/api/v1/reports/rebuild",
                                officialElsewhere(new vn.giamngheo.adminunit.TestUnits(units).aCommune()),
                                "application/json",
                                "")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void alkireFosterFromTheKeptProfilesEqualsTheComputationOverTheHouseholds() {
        String q = "/api/v1/analytics/mpi?unitId=" + province.id() + "&year=2026&k=0.25,0.5&unit=PERSON";
        JsonNode kept = http.get(q, admin()).json();
        JsonNode byChild = http.get(q + "&by=childUnit", admin()).json();
        JsonNode live = http.get(q + "&by=area", admin()).json(); // area is computed from the households
        for (int i = 0; i < 2; i++) {
            double n = kept.get(i).get("n").asDouble();
            double m0 = kept.get(i).get("M0").asDouble();
            assertThat(n).isGreaterThan(0);
            for (JsonNode other : List.of(byChild.get(i), live.get(i))) {
                assertThat(other.get("n").asDouble()).isEqualTo(n);
                assertThat(other.get("M0").asDouble()).isCloseTo(m0, org.assertj.core.api.Assertions.within(1e-12));
                double groupsN = 0;
                double weighted = 0;
                for (JsonNode g : other.get("groups")) {
                    groupsN += g.get("n").asDouble();
                    weighted += g.get("share").asDouble() * g.get("M0").asDouble();
                }
                assertThat(groupsN).isEqualTo(n);
                assertThat(weighted).isCloseTo(m0, org.assertj.core.api.Assertions.within(1e-12));
            }
        }
        assertThat(byChild.get(0).get("groups")).hasSize(2);
    }
}
