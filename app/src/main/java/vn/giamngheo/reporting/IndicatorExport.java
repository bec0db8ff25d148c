package vn.giamngheo.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.reporting.Report.Column;
import vn.giamngheo.reporting.Report.Table;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * The standard indicators of a unit and its child units for a year as DHIS2 can import them
 * (docs/reporting-exports.md): ADX (IHE QRPH ADX, {@code application/adx+xml}) and DHIS2's CSV
 * ({@code dataelement,period,orgunit,value}). The values are those of the report forms — the same
 * cells, the same suppression — named by data-element codes derived from the cell keys
 * (docs/reporting-exports.md): "GN_" + the key with every run of other characters than letters and
 * digits turned into "_" ({@code POOR|HH} → {@code GN_POOR_HH}, a rate {@code GN_RATE_POOR_HH}). The
 * org unit is our unit code, or "id:" + its id when it has no code. The head's ethnicity (free text)
 * is not exported. A public export leaves a suppressed value out of ADX (ADX has no "&lt;5") and
 * writes "&lt;5" in the CSV.
 */
@Service
class IndicatorExport {
    static final String DATA_SET = "GIAMNGHEO_POVERTY";
    private static final List<Form> FORMS =
            List.of(Form.SUMMARY, Form.FLOWS, Form.DEPRIVATIONS, Form.GROUPS, Form.CHILDREN);
    private final Reports reports;
    private final AdminUnits units;
    private final Clock clock;

    IndicatorExport(Reports reports, AdminUnits units, Clock clock) {
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    /** One value: a number, or null when suppressed. */
    record Value(String dataElement, String orgUnit, Object value, boolean suppressed) {}

    /** Per org unit (children first, the unit last), its values by data element. */
    Map<String, Map<String, Value>> values(Actor actor, long unitId, int year, boolean publicView) {
        Map<String, Map<String, Value>> byUnit = new LinkedHashMap<>();
        Map<Long, String> orgUnits = new LinkedHashMap<>();
        for (Form form : FORMS) {
            Report r = reports.report(actor, form, unitId, year, publicView, Reports.OFFICIAL);
            for (Table table : r.tables()) {
                for (Report.Row row : table.rows()) {
                    if (row.unitId() == null) {
                        // households filed in no village: part of the commune's total, not an org unit of their own
                        continue;
                    }
                    String org = orgUnits.computeIfAbsent(row.unitId(), this::orgUnit);
                    Map<String, Value> values = byUnit.computeIfAbsent(org, o -> new LinkedHashMap<>());
                    for (int c = 0; c < table.columns().size(); c++) {
                        Column col = table.columns().get(c);
                        if (col.key() == null || col.key().startsWith("ETHNICITY:")) {
                            continue;
                        }
                        String element = dataElement(col.key());
                        Report.Cell cell = row.cells().get(c);
                        Value before = values.get(element);
                        if (before == null || (cell.suppressed() && !before.suppressed())) {
                            values.put(
                                    element,
                                    new Value(
                                            element, org, cell.suppressed() ? null : cell.value(), cell.suppressed()));
                        }
                    }
                }
            }
        }
        return byUnit;
    }

    static String dataElement(String key) {
        return "GN_" + key.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", "");
    }

    private String orgUnit(Long id) {
        AdminUnit u = units.get(id);
        return u.code() == null || u.code().isBlank() ? "id:" + u.id() : u.code();
    }

    String adx(Actor actor, long unitId, int year, boolean publicView) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"")
                .append(OffsetDateTime.now(clock)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("\">\n");
        for (var e : values(actor, unitId, year, publicView).entrySet()) {
            x.append("  <group orgUnit=\"")
                    .append(xml(e.getKey()))
                    .append("\" period=\"")
                    .append(year)
                    .append("-01-01/P1Y\" dataSet=\"")
                    .append(DATA_SET)
                    .append("\">\n");
            for (Value v : e.getValue().values()) {
                if (v.suppressed() || v.value() == null) {
                    continue;
                }
                x.append("    <dataValue dataElement=\"")
                        .append(v.dataElement())
                        .append("\" value=\"")
                        .append(Report.Cell.of(v.value()).text())
                        .append("\"/>\n");
            }
            x.append("  </group>\n");
        }
        return x.append("</adx>\n").toString();
    }

    String csv(Actor actor, long unitId, int year, boolean publicView, int minCellSize) {
        List<String> lines = new ArrayList<>();
        lines.add("dataelement,period,orgunit,value");
        for (var e : values(actor, unitId, year, publicView).entrySet()) {
            for (Value v : e.getValue().values()) {
                String value = v.suppressed()
                        ? "<" + minCellSize
                        : v.value() == null ? "" : Report.Cell.of(v.value()).text();
                lines.add(v.dataElement() + "," + year + "," + csvField(e.getKey()) + "," + csvField(value));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    static String csvField(String s) {
        String inert = SpreadsheetText.inert(s);
        return inert.equals(s) && !s.contains(",") && !s.contains("\"") && !s.contains("<")
                ? s
                : SpreadsheetText.csvField(s);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
