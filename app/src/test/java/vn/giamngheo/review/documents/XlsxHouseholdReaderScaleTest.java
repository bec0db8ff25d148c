package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large survey sheet (every name distinct, shared strings as Excel saves them) is read as a stream
 * within the heap the test JVM runs with: 20,000 households in the suite; the benchmark size is
 * {@code -Dgiamngheo.scale.households=100000} (350,000 member rows; recorded in docs/benchmarks.md).
 */
class XlsxHouseholdReaderScaleTest {
    private static final int HOUSEHOLDS = Integer.getInteger("giamngheo.scale.households", 20_000);

    @Test
    void aHundredThousandHouseholdsAreReadWithinAGigabyteOfHeap(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("households.xlsx");
        long writeStart = System.nanoTime();
        write(file);
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }

        AtomicInteger lines = new AtomicInteger();
        AtomicLong members = new AtomicLong();
        long readStart = System.nanoTime();
        new XlsxHouseholdReader(2025).read(file, household -> {
            assertThat(household).isInstanceOf(XlsxHousehold.Line.class);
            lines.incrementAndGet();
            members.addAndGet(((XlsxHousehold.Line) household).json().split("\"name\"").length - 1);
        });
        long readMillis = (System.nanoTime() - readStart) / 1_000_000;

        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "scale: %,d households, %,d members, file %,d bytes, written in %,d ms, read in %,d ms,"
                        + " peak heap (sum of pool peaks) %,d MB, max heap %,d MB%n",
                lines.get(),
                members.get(),
                Files.size(file),
                writeMillis,
                readMillis,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        assertThat(lines.get()).isEqualTo(HOUSEHOLDS);
        assertThat(members.get()).isEqualTo(HOUSEHOLDS * 7L / 2);
    }

    /** The template's column of a field: the columns follow the field list, so none is written by its place. */
    private static int col(String field) {
        return SurveyColumns.ALL.indexOf(SurveyColumns.byField(field).orElseThrow());
    }

    /** Households of 2 to 5 members (3.5 on average), written as Excel would, with shared strings. */
    private static void write(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(XlsxHouseholdTemplate.SHEET);
            Row fields = sheet.createRow(0);
            for (int i = 0; i < SurveyColumns.ALL.size(); i++) {
                fields.createCell(i).setCellValue(SurveyColumns.ALL.get(i).field());
            }
            int r = 1;
            for (int h = 0; h < HOUSEHOLDS; h++) {
                int size = 2 + h % 4;
                for (int m = 0; m < size; m++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(col("ref")).setCellValue("H-" + h);
                    if (m == 0) {
                        row.createCell(col("village")).setCellValue("Thôn " + (h % 40));
                        row.createCell(col("area")).setCellValue("Nông thôn");
                        row.createCell(col("incomePerCapita")).setCellValue(1_000_000 + h % 900_000);
                        row.createCell(col("laborCapacity")).setCellValue("Có");
                        row.createCell(col("dwelling.livingAreaM2")).setCellValue(30.5);
                        row.createCell(col("deprivations.EMPLOYMENT") + h % 15).setCellValue("x");
                    }
                    row.createCell(col("members.name")).setCellValue("Nguyễn Thị Hường " + h + "-" + m);
                    row.createCell(col("members.birthYear")).setCellValue(1950 + (h + m * 17) % 70);
                    row.createCell(col("members.sex")).setCellValue(m % 2 == 0 ? "Nữ" : "Nam");
                    row.createCell(col("members.relation")).setCellValue(m == 0 ? "Chủ hộ" : "Con");
                    row.createCell(col("members.ethnicity")).setCellValue("Kinh");
                    row.createCell(col("members.healthInsured")).setCellValue(m % 3 == 0 ? "Có" : "Không");
                    row.createCell(col("members.education")).setCellValue("Trung học cơ sở");
                    row.createCell(col("members.employment")).setCellValue("Tự làm");
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
