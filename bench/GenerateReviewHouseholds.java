// Deterministic households for the review import benchmark (issue 4 item 9): N exchange-format
// lines, each a registrable household (a HEAD member with a name) with 1–6 members (3.5 on
// average), ticks from the NĐ 07/2021 indicator set, income spread around the rural line, and a
// dwelling. Usage: java bench/GenerateReviewHouseholds.java N [seed] > file.jsonl
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

public class GenerateReviewHouseholds {
    static final String[] IND = {"EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE", "ADULT_EDUCATION",
        "CHILD_SCHOOLING", "HOUSING_QUALITY", "HOUSING_AREA", "WATER", "SANITATION", "TELECOM", "INFO_ACCESS"};
    static final String[] FAMILY = {"Nguyễn", "Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi"};
    static final String[] GIVEN = {"Hùng", "Lan", "Dũng", "Hoa", "Tuấn", "Mai", "Nam", "Hương"};
    static final String[] REL = {"SPOUSE", "CHILD", "CHILD", "CHILD", "PARENT", "GRANDCHILD"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Random r = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20)) {
            StringBuilder b = new StringBuilder(1024);
            for (int i = 0; i < n; i++) {
                b.setLength(0);
                b.append("{\"ref\":\"BENCH-").append(String.format("%07d", i)).append("\",\"area\":\"RURAL\"");
                b.append(",\"incomePerCapita\":").append(700_000 + r.nextInt(2_500_000));
                b.append(",\"deprivations\":[");
                int d = r.nextInt(6);
                int start = r.nextInt(IND.length);
                for (int k = 0; k < d; k++) {
                    b.append(k == 0 ? "" : ",").append('"').append(IND[(start + k) % IND.length]).append('"');
                }
                b.append("],\"members\":[");
                int members = 1 + r.nextInt(6);
                String family = FAMILY[r.nextInt(FAMILY.length)];
                for (int m = 0; m < members; m++) {
                    boolean male = r.nextBoolean();
                    b.append(m == 0 ? "" : ",").append("{\"name\":\"").append(family)
                            .append(male ? " Văn " : " Thị ").append(GIVEN[r.nextInt(GIVEN.length)]).append('"');
                    b.append(",\"age\":").append(m == 0 ? 25 + r.nextInt(50) : r.nextInt(80));
                    b.append(",\"sex\":\"").append(male ? 'M' : 'F').append('"');
                    b.append(",\"relation\":\"").append(m == 0 ? "HEAD" : REL[r.nextInt(REL.length)]).append('"');
                    b.append(",\"ethnicity\":\"Kinh\",\"healthInsured\":").append(r.nextInt(5) != 0);
                    b.append(",\"education\":\"LOWER_SECONDARY\",\"employment\":\"SELF_EMPLOYED\"}");
                }
                b.append("],\"dwelling\":{\"livingAreaM2\":").append(20 + r.nextInt(80));
                b.append(",\"wallDurable\":").append(r.nextBoolean()).append(",\"roofDurable\":").append(r.nextBoolean());
                b.append(",\"cleanWater\":").append(r.nextBoolean()).append(",\"hygienicLatrine\":").append(r.nextBoolean());
                b.append("},\"laborCapacity\":true}\n");
                out.append(b);
            }
        }
    }
}
