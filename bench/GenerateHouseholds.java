import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes N deterministic, valid household lines of the exchange format to stdout, for the CLI
 * benchmark: a third with ticks only, the rest with 1–6 members and a dwelling; incomes or score A
 * spread around the NĐ 07/2021 lines. Usage: java bench/GenerateHouseholds.java 1000000 > file.
 */
public class GenerateHouseholds {
    private static final String[] EDUCATION = {"NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "VOCATIONAL", "COLLEGE_PLUS"};
    private static final String[] EMPLOYMENT = {"WAGE_WITH_CONTRACT", "WAGE_NO_CONTRACT", "SELF_EMPLOYED", "UNEMPLOYED", "NOT_IN_LABOUR_FORCE"};
    private static final String[] TICKS = {"EMPLOYMENT", "HEALTH_INSURANCE", "HOUSING_AREA", "WATER", "SANITATION", "TELECOM"};

    public static void main(String[] args) throws IOException {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        SplittableRandom r = new SplittableRandom(2026);
        StringBuilder line = new StringBuilder(1024);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < n; i++) {
                line.setLength(0);
                line.append("{\"ref\":\"HH-").append(i).append("\",\"area\":\"").append(r.nextBoolean() ? "RURAL" : "URBAN").append('"');
                if (r.nextInt(10) == 0) {
                    line.append(",\"scoreA\":").append(100 + r.nextInt(100));
                } else {
                    line.append(",\"incomePerCapita\":").append(800_000 + r.nextInt(2_500_000));
                }
                if (i % 3 == 0) {
                    line.append(",\"deprivations\":[");
                    boolean first = true;
                    for (String tick : TICKS) {
                        if (r.nextInt(4) == 0) {
                            line.append(first ? "\"" : ",\"").append(tick).append('"');
                            first = false;
                        }
                    }
                    line.append(']');
                } else {
                    members(line, r);
                }
                out.append(line).append("}\n");
            }
        }
    }

    private static void members(StringBuilder line, SplittableRandom r) {
        int size = 1 + r.nextInt(6);
        line.append(",\"members\":[");
        for (int m = 0; m < size; m++) {
            int age = r.nextInt(85);
            line.append(m == 0 ? "{" : ",{")
                    .append("\"name\":\"Thành viên ").append(m + 1).append('"')
                    .append(",\"age\":").append(age)
                    .append(",\"sex\":\"").append(r.nextBoolean() ? "M" : "F").append('"')
                    .append(",\"relation\":\"").append(m == 0 ? "HEAD" : "CHILD").append('"')
                    .append(",\"ethnicity\":\"Kinh\"")
                    .append(",\"healthInsured\":").append(r.nextInt(5) > 0)
                    .append(",\"stunted\":false,\"underweight\":").append(r.nextInt(20) == 0)
                    .append(",\"education\":\"").append(EDUCATION[r.nextInt(EDUCATION.length)]).append('"')
                    .append(",\"inSchool\":").append(age < 18 && r.nextInt(8) > 0)
                    .append(",\"employment\":\"").append(EMPLOYMENT[r.nextInt(EMPLOYMENT.length)]).append('"')
                    .append(",\"disabled\":").append(r.nextInt(30) == 0)
                    .append(",\"socialAllowance\":").append(r.nextInt(30) == 0)
                    .append('}');
        }
        line.append("],\"dwelling\":{\"livingAreaM2\":").append(10 + r.nextInt(90))
                .append(",\"wallDurable\":").append(r.nextInt(6) > 0)
                .append(",\"columnDurable\":").append(r.nextInt(6) > 0)
                .append(",\"roofDurable\":").append(r.nextInt(6) > 0)
                .append(",\"cleanWater\":").append(r.nextInt(5) > 0)
                .append(",\"hygienicLatrine\":").append(r.nextInt(4) > 0)
                .append(",\"telecom\":").append(r.nextInt(10) > 0)
                .append(",\"infoDevice\":").append(r.nextInt(10) > 0)
                .append(",\"loudspeakerAccess\":").append(r.nextBoolean())
                .append(",\"wasteCollected\":true}");
    }
}
