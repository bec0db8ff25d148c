package vn.giamngheo.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;

/**
 * The Alkire–Foster page (household-format and reporting notes; issue of the API {@link MpiApi}):
 * for a unit and list year, H, A and M0 at the cut-off k chosen, each indicator's censored and
 * uncensored headcount and contribution (drawn as bars, no script), the same by child unit, area,
 * ethnicity or target group, a drill-down to the households behind a censored headcount (within the
 * reader's jurisdiction) and the same tables in Excel.
 */
@Controller
class MpiPages {
    static final List<String> GROUPINGS = List.of("childUnit", "area", "ethnicity", "group");
    private final Mpi mpi;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    MpiPages(Mpi mpi, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.mpi = mpi;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports/mpi")
    String page(
            @RequestParam long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String k,
            @RequestParam(defaultValue = "childUnit") String by,
            @RequestParam(required = false) String indicator,
            Model model) {
        Actor actor = currentUser.actor();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        String grouping = GROUPINGS.contains(by) ? by : "childUnit";
        Measured m = measure(actor, unitId, y, k, grouping);
        Mpi.Population p = m.population();
        MpiQuery q = m.query();
        MpiResult r = m.result();
        model.addAttribute("unit", p.unit());
        model.addAttribute("year", y);
        model.addAttribute("k", r.k());
        model.addAttribute("cutoffs", List.of(1.0 / 12, 2.0 / 12, 3.0 / 12, 4.0 / 12, 6.0 / 12));
        model.addAttribute("by", grouping);
        model.addAttribute("groupings", GROUPINGS);
        model.addAttribute("r", r);
        if (indicator != null && r.indicators().containsKey(indicator)) {
            model.addAttribute("indicator", indicator);
            model.addAttribute("drill", mpi.households(actor, p, q, r.k(), indicator, 200, 0));
        }
        return "reports/mpi";
    }

    @GetMapping("/reports/mpi.xlsx")
    ResponseEntity<byte[]> excel(
            @RequestParam long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String k,
            @RequestParam(defaultValue = "childUnit") String by) {
        Actor actor = currentUser.actor();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Measured m = measure(actor, unitId, y, k, GROUPINGS.contains(by) ? by : "childUnit");
        byte[] body = workbook(m.result(), m.population().unit().fullName(), y);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ngheo-da-chieu-" + unitId + "-" + y + ".xlsx")
                                .build()
                                .toString())
                .body(body);
    }

    /** The population, the query and the measures at the first k. */
    private record Measured(Mpi.Population population, MpiQuery query, MpiResult result) {}

    private Measured measure(Actor actor, long unitId, int year, String k, String grouping) {
        MpiQuery.By b = MpiQuery.By.of(grouping);
        Mpi.Population p =
                mpi.population(actor, unitId, year, null, b == MpiQuery.By.AREA || b == MpiQuery.By.ETHNICITY);
        MpiQuery q = MpiQuery.parse(k == null || k.isBlank() ? null : k, null, grouping, null, mpi.defaultCodes(p));
        return new Measured(
                p, q, mpi.measures(actor, p, q, Locale.forLanguageTag("vi")).get(0));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag("vi"));
    }

    private byte[] workbook(MpiResult r, String unitName, int year) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(t("mpi.sheet"));
            ReportXlsx.printLandscapeOnePageWide(s);
            int n = 0;
            row(s, n++, t("mpi.heading", unitName, String.valueOf(year)));
            row(s, n++, "k", r.k());
            row(s, n++, t("mpi.n"), r.n());
            row(s, n++, t("mpi.q"), r.q());
            row(s, n++, "H", r.h());
            row(s, n++, "A", r.a());
            row(s, n++, "M0", r.m0());
            n++;
            row(
                    s,
                    n++,
                    t("mpi.indicator"),
                    t("mpi.weight"),
                    t("mpi.uncensored"),
                    t("mpi.censored"),
                    t("mpi.contribution"));
            for (Map.Entry<String, MpiResult.Indicator> e : r.indicators().entrySet()) {
                MpiResult.Indicator i = e.getValue();
                row(
                        s,
                        n++,
                        t("report.indicator." + e.getKey()),
                        i.weight(),
                        i.uncensored(),
                        i.censored(),
                        i.contribution());
            }
            n++;
            row(s, n++, t("mpi.group"), t("mpi.n"), t("mpi.share"), "H", "A", "M0", t("mpi.contribution"));
            for (MpiResult.Group g : r.groups()) {
                row(s, n++, g.name(), g.n(), g.share(), g.h(), g.a(), g.m0(), g.contribution());
            }
            s.setColumnWidth(0, 45 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet s, int index, Object... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number num) {
                row.createCell(i).setCellValue(num.doubleValue());
            } else if (values[i] != null) {
                // a text cell, never a formula: POI writes strings as strings
                row.createCell(i).setCellValue(String.valueOf(values[i]));
            }
        }
    }
}
