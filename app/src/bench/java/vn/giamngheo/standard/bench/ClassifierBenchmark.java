package vn.giamngheo.standard.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.Member;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.ReferenceStandards;
import vn.giamngheo.standard.jsonl.HouseholdLineParser;
import vn.giamngheo.standard.jsonl.ResultLines;
import vn.giamngheo.standard.jsonl.Utf8Text;

/**
 * Throughput of the classifier on one thread (goal in docs/benchmarks.md: ≥ 2 M households/s on one core).
 * 4,096 deterministic households, half with ticks and half derived from 1–6 members and a dwelling,
 * incomes spread around the NĐ 07/2021 lines. {@code classify} is the pure decision; {@code
 * classifyAndWord} also words the reasons; {@code parseClassifyWrite} is the per-line work of the
 * command line without the I/O. Run with {@code ./mvnw -Pbench test}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {
    private static final int COUNT = 4096;

    private final HouseholdLineParser parser = new HouseholdLineParser();
    private final Utf8Text line = new Utf8Text(512);
    private PovertyStandard standard;
    private HouseholdInput[] households;
    private byte[][] lines;
    private int next;

    @Setup
    public void prepare() {
        standard = ReferenceStandards.find("ND07_2021").orElseThrow();
        SplittableRandom random = new SplittableRandom(2026);
        households = new HouseholdInput[COUNT];
        lines = new byte[COUNT][];
        for (int i = 0; i < COUNT; i++) {
            households[i] = household(i, random);
            lines[i] = json(households[i]).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public Classification classify() {
        return PovertyClassifier.classify(households[next++ & (COUNT - 1)], standard);
    }

    @Benchmark
    public List<String> classifyAndWord() {
        return PovertyClassifier.classify(households[next++ & (COUNT - 1)], standard).reasonTexts();
    }

    @Benchmark
    public int parseClassifyWrite() {
        byte[] bytes = lines[next++ & (COUNT - 1)];
        HouseholdInput h = parser.parse(bytes, 0, bytes.length);
        line.clear();
        ResultLines.appendResult(line, h.ref(), PovertyClassifier.classify(h, standard));
        return line.length();
    }

    static HouseholdInput household(int i, SplittableRandom r) {
        Area area = r.nextBoolean() ? Area.RURAL : Area.URBAN;
        long income = 800_000 + r.nextLong(2_000_000);
        if (i % 2 == 0) {
            int bits = 0;
            for (Indicator indicator : List.of(Indicator.EMPLOYMENT, Indicator.HEALTH_INSURANCE, Indicator.WATER,
                    Indicator.SANITATION, Indicator.HOUSING_AREA)) {
                if (r.nextInt(4) == 0) {
                    bits |= indicator.bit();
                }
            }
            return new HouseholdInput("H-" + i, area, income, null, new IndicatorSet(bits), null, null, null, null, null);
        }
        List<Member> members = new ArrayList<>();
        int size = 1 + r.nextInt(6);
        for (int m = 0; m < size; m++) {
            int age = r.nextInt(80);
            members.add(new Member(null, age, null, null, null, r.nextInt(5) > 0, false, r.nextInt(20) == 0,
                    Member.Education.values()[r.nextInt(6)], age < 18 && r.nextInt(8) > 0,
                    Member.Employment.values()[r.nextInt(5)], r.nextInt(30) == 0, r.nextInt(30) == 0, false));
        }
        Dwelling dwelling = new Dwelling(10.0 + r.nextInt(80), r.nextInt(6) > 0, r.nextInt(6) > 0, r.nextInt(6) > 0,
                r.nextInt(5) > 0, r.nextInt(4) > 0, r.nextInt(10) > 0, r.nextInt(10) > 0, r.nextBoolean(), true);
        return new HouseholdInput("H-" + i, area, income, null, null, members, dwelling, null, null, null);
    }

    /** The household as an exchange-format line (only the fields the benchmark sets). */
    static String json(HouseholdInput h) {
        StringBuilder out = new StringBuilder(256)
                .append("{\"ref\":\"").append(h.ref()).append("\",\"area\":\"").append(h.area())
                .append("\",\"incomePerCapita\":").append(h.incomePerCapita());
        if (h.deprivations() != null) {
            out.append(",\"deprivations\":[");
            List<String> codes = h.deprivations().codes();
            for (int i = 0; i < codes.size(); i++) {
                out.append(i == 0 ? "\"" : ",\"").append(codes.get(i)).append('"');
            }
            out.append(']');
        }
        if (h.members() != null) {
            out.append(",\"members\":[");
            for (int i = 0; i < h.members().size(); i++) {
                Member m = h.members().get(i);
                out.append(i == 0 ? "{" : ",{")
                        .append("\"age\":").append(m.age())
                        .append(",\"healthInsured\":").append(m.healthInsured())
                        .append(",\"stunted\":").append(m.stunted())
                        .append(",\"underweight\":").append(m.underweight())
                        .append(",\"education\":\"").append(m.education())
                        .append("\",\"inSchool\":").append(m.inSchool())
                        .append(",\"employment\":\"").append(m.employment())
                        .append("\",\"disabled\":").append(m.disabled())
                        .append(",\"socialAllowance\":").append(m.socialAllowance()).append('}');
            }
            Dwelling d = h.dwelling();
            out.append("],\"dwelling\":{\"livingAreaM2\":").append(d.livingAreaM2())
                    .append(",\"wallDurable\":").append(d.wallDurable())
                    .append(",\"columnDurable\":").append(d.columnDurable())
                    .append(",\"roofDurable\":").append(d.roofDurable())
                    .append(",\"cleanWater\":").append(d.cleanWater())
                    .append(",\"hygienicLatrine\":").append(d.hygienicLatrine())
                    .append(",\"telecom\":").append(d.telecom())
                    .append(",\"infoDevice\":").append(d.infoDevice())
                    .append(",\"loudspeakerAccess\":").append(d.loudspeakerAccess())
                    .append(",\"wasteCollected\":").append(d.wasteCollected()).append('}');
        }
        return out.append('}').toString();
    }
}
