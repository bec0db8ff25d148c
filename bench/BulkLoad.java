import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.ReferenceStandards;

/**
 * Bulk loader for the benchmarks (docs/scaling.md): the generator's households of two review years
 * (the application's `generate` command, run twice in lockstep: the same seed gives the same
 * households in the same order), classified in-process by the application's classifier under
 * NĐ 07/2021, written straight as PostgreSQL COPY text into the real partitioned tables: household,
 * household_identity, household_member, household_version (the first snapshot), and for every
 * commune a recognised BASELINE campaign (lists of YEAR: the poor and near-poor households of the
 * first year) and a recognised PERIODIC campaign (lists of YEAR + 1: every household classified the
 * second year) with their review rows and outcomes — the rows and values bench/reports/load.sql used
 * to write with set-based SQL, ids assigned here. Secondary indexes, keys and foreign keys of those
 * tables are dropped first and built again after (then ANALYZE); the trigger that keeps
 * household_identity is off during the COPY, which writes that table itself.
 *
 * <p>Usage (the units must already be in admin_unit, e.g. through the admin-units CSV import):
 *
 * <pre>
 * java -cp "$EXTRACTED/giamngheo.jar:$EXTRACTED/lib/*" bench/BulkLoad.java --jar giamngheo.jar
 *      --households N --url jdbc:postgresql://127.0.0.1:PORT/giamngheo --password-file FILE
 *      [--seed 1] [--year 2025] [--citizen-ids]
 * </pre>
 *
 * {@code --citizen-ids} gives every member a citizen ID (household id × 16 + position, 12 digits)
 * and one household in 1,000 an ID shared with the household 7,919 further (the set bench/spark-national.sh
 * otherwise writes with two UPDATEs).
 */
public class BulkLoad {
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static final String FROM =
            "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ";
    static final String TO =
            "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";
    static final String[] TARGETS = {
        "household", "household_identity", "household_member", "household_version", "review_household", "review_outcome"
    };
    static final String STANDARD = "ND07_2021";
    static final int CHUNK = 1 << 20;

    record Village(long id, long communeId, long provinceId) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--citizen-ids")) {
                opt.put("citizen-ids", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
        }
        long n = Long.parseLong(require(opt, "households"));
        int year = Integer.parseInt(opt.getOrDefault("year", "2025"));
        String password = Files.readString(Path.of(require(opt, "password-file"))).trim();
        new BulkLoad(require(opt, "url"), password).load(
                require(opt, "jar"), n, Long.parseLong(opt.getOrDefault("seed", "1")), year, opt.containsKey("citizen-ids"));
    }

    static String require(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    final String url;
    final String password;
    final char[] fold = new char[65536];

    BulkLoad(String url, String password) {
        this.url = url;
        this.password = password;
        for (int c = 0; c < fold.length; c++) {
            fold[c] = (char) c;
        }
        for (int i = 0; i < FROM.length(); i++) {
            fold[FROM.charAt(i)] = TO.charAt(i);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", password);
    }

    static long t0 = System.nanoTime();

    static void log(String what) {
        System.err.printf(Locale.ROOT, "[%7.1f s] %s%n", (System.nanoTime() - t0) / 1e9, what);
    }

    void load(String jar, long n, long seed, int year, boolean citizenIds) throws Exception {
        Map<String, Village> villages = new HashMap<>();
        int standardVersion;
        String now;
        long householdBase, memberBase, versionBase, rowBase, campaignBase, seqBase;
        List<String[]> saved;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM household")) {
                rs.next();
                if (rs.getLong(1) != 0) {
                    throw new IllegalStateException("household is not empty: the bulk load fills a fresh database");
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT v.code, v.id, v.parent_id, split_part(v.path, '/', 2)::bigint FROM admin_unit v"
                            + " WHERE v.level = 'VILLAGE'")) {
                while (rs.next()) {
                    villages.put(rs.getString(1), new Village(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            standardVersion = one(s, "SELECT max(version) FROM poverty_standard_version WHERE standard_id = '" + STANDARD + "'");
            try (ResultSet rs = s.executeQuery("SELECT now()::text")) {
                rs.next();
                now = rs.getString(1);
            }
            householdBase = one(s, "SELECT greatest((SELECT last_value FROM household_id_seq), (SELECT coalesce(max(id), 0) FROM household_identity))");
            memberBase = one(s, "SELECT last_value FROM household_member_id_seq");
            versionBase = one(s, "SELECT last_value FROM household_version_id_seq");
            rowBase = one(s, "SELECT last_value FROM review_household_id_seq");
            campaignBase = one(s, "SELECT greatest((SELECT last_value FROM review_campaign_id_seq), (SELECT coalesce(max(id), 0) FROM review_campaign))");
            seqBase = one(s, "SELECT greatest((SELECT last_value FROM review_recognition_seq), (SELECT coalesce(max(recognition_seq), 0) FROM review_campaign))");
            log(villages.size() + " villages; " + STANDARD + " version " + standardVersion);
            // checkpoints far apart while the tables fill (the WAL of a COPY is the table's size)
            s.execute("ALTER SYSTEM SET max_wal_size = '2GB'");
            s.execute("SELECT pg_reload_conf()");
            saved = dropKeys(s);
            s.execute("ALTER TABLE household DISABLE TRIGGER household_filed");
        }
        PovertyStandard standard = ReferenceStandards.find(STANDARD).orElseThrow();

        ExecutorService pool = Executors.newCachedThreadPool();
        Copy household = new Copy(pool, "household (id, province_id, code, unit_id, head_name, search_name, area, labour_capacity,"
                + " ethnic_minority, person_of_merit, social_protection, female_head, dwelling, current_class, class_standard,"
                + " class_year, created_at, created_by, changed_at, changed_by)");
        Copy identity = new Copy(pool, "household_identity (id, code, province_id)");
        Copy member = new Copy(pool, "household_member (id, province_id, household_id, ord, name, search_name, citizen_id,"
                + " birth_year, sex, relation, ethnicity, facts)");
        Copy version = new Copy(pool, "household_version (id, province_id, household_id, valid_from, change_kind, changed_by, snapshot)");
        Copy campaign = new Copy(pool, "review_campaign (id, unit_id, kind, year, list_year, standard_id, standard_version, step,"
                + " recognition_seq, decision_number, decision_date, decision_signer, created_at, created_by, changed_at, changed_by)");
        Copy row = new Copy(pool, "review_household (id, province_id, campaign_id, household_id, household_code, village_id,"
                + " source, input, household_class, deprivations, standard_id, standard_version, persons, previous_class,"
                + " transition, created_at, created_by, changed_at, changed_by)");
        Copy outcome = new Copy(pool, "review_outcome (province_id, campaign_id, household_id, review_row_id, previous_class,"
                + " household_class, transition, persons)");
        List<Copy> copies = List.of(household, identity, member, version, campaign, row, outcome);
        log("COPY started into " + copies.size() + " tables");

        Process first = generator(jar, n, seed, year - 1);
        Process second = generator(jar, n, seed, year);
        Map<Long, long[]> campaigns = new HashMap<>();
        long households = 0, members = 0, rows = 0, outcomes = 0;
        long maxHousehold = householdBase + n;
        try (BufferedReader before = reader(first); BufferedReader after = reader(second)) {
            String l1, l2;
            while ((l2 = after.readLine()) != null) {
                l1 = before.readLine();
                if (l2.isBlank()) {
                    continue;
                }
                JsonNode d2 = JSON.readTree(l2);
                JsonNode d1 = l1 == null ? null : JSON.readTree(l1);
                String code = d2.get("ref").asString();
                if (d1 == null || !code.equals(d1.get("ref").asString())) {
                    throw new IllegalStateException("the two years' households differ at " + code);
                }
                Village v = villages.get(code.substring(0, code.lastIndexOf('/')));
                if (v == null) {
                    throw new IllegalStateException("no village for " + code + ": import the generator's units first");
                }
                Classification c1 = PovertyClassifier.classify(ExchangeFormat.parse(l1), standard);
                Classification c2 = PovertyClassifier.classify(ExchangeFormat.parse(l2), standard);
                String cls1 = c1.householdClass().name(), cls2 = c2.householdClass().name();
                long id = householdBase + ++households;
                long[] camp = campaigns.get(v.communeId());
                if (camp == null) {
                    int k = campaigns.size();
                    camp = new long[] {campaignBase + 2 * k + 1, campaignBase + 2 * k + 2};
                    campaigns.put(v.communeId(), camp);
                    campaign(campaign, camp[0], v.communeId(), "BASELINE", year - 1, standardVersion, seqBase + 2 * k + 1,
                            (year - 1) + "-12-20", now);
                    campaign(campaign, camp[1], v.communeId(), "PERIODIC", year, standardVersion, seqBase + 2 * k + 2,
                            year + "-12-10", now);
                }

                // the household as the second year's survey gives it
                JsonNode ms = d2.get("members");
                JsonNode head = null;
                if (ms != null && ms.isArray()) {
                    for (JsonNode m : ms) {
                        if ("HEAD".equals(text(m, "relation"))) {
                            head = m;
                            break;
                        }
                    }
                }
                String headName = head == null || text(head, "name") == null ? "?" : text(head, "name");
                String ethnicity = head == null ? null : text(head, "ethnicity");
                boolean minority = !(ethnicity == null ? "Kinh" : ethnicity).equals("Kinh");
                boolean merit = any(ms, "personOfMerit"), social = any(ms, "socialAllowance");
                boolean female = head != null && "F".equals(text(head, "sex"));
                JsonNode dwelling = d2.get("dwelling") == null || d2.get("dwelling").isNull()
                        ? JsonNodeFactory.instance.objectNode() : d2.get("dwelling");
                String area = text(d2, "area");
                Boolean labour = text(d2, "laborCapacity") == null ? null : Boolean.valueOf(text(d2, "laborCapacity"));
                String dwellingJson = JSON.writeValueAsString(dwelling);
                household.row().num(id).num(v.provinceId()).text(code).num(v.id()).text(headName).text(folded(headName))
                        .text(area).bool(labour).bool(minority).bool(merit).bool(social).bool(female).text(dwellingJson)
                        .text(cls2).text(STANDARD).num(year + 1).text(now).text("bench").text(now).text("bench").end();
                identity.row().num(id).text(code).num(v.provinceId()).end();
                int persons2 = 0;
                if (ms != null && ms.isArray()) {
                    int ord = 0;
                    for (JsonNode m : ms) {
                        String name = text(m, "name").strip();
                        String cid = null;
                        if (citizenIds) {
                            long number = id * 16 + ord;
                            if (ord == 0 && id % 1000 == 0 && id + 7919 <= maxHousehold) {
                                number = (id + 7919) * 16;
                            }
                            cid = String.format(Locale.ROOT, "%012d", number);
                        }
                        String age = text(m, "age");
                        ObjectNode facts = ((ObjectNode) m).deepCopy();
                        facts.remove(List.of("name", "age", "sex", "relation", "ethnicity"));
                        member.row().num(memberBase + ++members).num(v.provinceId()).num(id).num(ord).text(name)
                                .text(folded(name)).text(cid).text(age == null ? null : Integer.toString(year - Integer.parseInt(age)))
                                .text(text(m, "sex")).text(text(m, "relation")).text(text(m, "ethnicity"))
                                .text(JSON.writeValueAsString(facts)).end();
                        ord++;
                    }
                    persons2 = ms.size();
                }
                ObjectNode snap = JsonNodeFactory.instance.objectNode();
                snap.put("id", id).put("code", code).put("unitId", v.id()).put("headName", headName).putNull("address")
                        .put("area", area);
                if (labour == null) {
                    snap.putNull("labourCapacity");
                } else {
                    snap.put("labourCapacity", labour);
                }
                snap.put("ethnicMinority", minority).put("personOfMerit", merit).put("socialProtection", social)
                        .put("femaleHead", female);
                snap.set("dwelling", dwelling);
                snap.set("members", ms == null || ms.isNull() ? JsonNodeFactory.instance.arrayNode() : ms);
                snap.put("currentClass", cls2).put("classStandard", STANDARD).put("classYear", year + 1)
                        .putNull("voidedAt").putNull("voidReason").put("version", 0);
                version.row().num(versionBase + households).num(v.provinceId()).num(id).text(now).text("CREATE")
                        .text("bench").text(JSON.writeValueAsString(snap)).end();

                // the baseline's lists: the first year's poor and near-poor households, new on the lists
                boolean listed1 = cls1.equals("POOR") || cls1.equals("NEAR_POOR");
                int persons1 = d1.get("members") != null && d1.get("members").isArray() ? d1.get("members").size() : 0;
                if (listed1) {
                    long r1 = rowBase + ++rows;
                    String t = cls1.equals("POOR") ? "NEWLY_POOR" : "NEWLY_NEAR_POOR";
                    reviewRow(row, r1, v, camp[0], id, code, l1, cls1, c1, standardVersion, persons1, null, t, now);
                    outcome.row().num(v.provinceId()).num(camp[0]).num(id).num(r1).text(null).text(cls1).text(t).num(persons1).end();
                    outcomes++;
                }
                // the periodic review: every household classified, measured against the baseline's lists
                boolean found = !cls2.equals("UNDETERMINED");
                boolean listed2 = cls2.equals("POOR") || cls2.equals("NEAR_POOR");
                String previous = listed1 ? cls1 : null;
                String transition = null, listClass = null;
                if (listed1 || (found && listed2)) {
                    if (!found || cls2.equals(previous)) {
                        transition = "STAYED";
                    } else if (previous == null) {
                        transition = cls2.equals("POOR") ? "NEWLY_POOR" : "NEWLY_NEAR_POOR";
                    } else if (previous.equals("POOR") && cls2.equals("NEAR_POOR")) {
                        transition = "POOR_TO_NEAR_POOR";
                    } else if (previous.equals("NEAR_POOR") && cls2.equals("POOR")) {
                        transition = "NEAR_POOR_TO_POOR";
                    } else {
                        transition = previous.equals("POOR") ? "ESCAPED_POVERTY" : "ESCAPED_NEAR_POVERTY";
                    }
                    listClass = !found ? previous : listed2 ? cls2 : null;
                }
                Long r2 = null;
                if (found) {
                    r2 = rowBase + ++rows;
                    reviewRow(row, r2, v, camp[1], id, code, l2, cls2, c2, standardVersion, persons2,
                            transition == null ? null : previous, transition, now);
                }
                if (transition != null) {
                    outcome.row().num(v.provinceId()).num(camp[1]).num(id).num(r2).text(previous).text(listClass)
                            .text(transition).num(found ? persons2 : persons1).end();
                    outcomes++;
                }
                if (households % 500_000 == 0) {
                    log(String.format(Locale.ROOT, "%,d households read", households));
                }
            }
        }
        if (first.waitFor() != 0 || second.waitFor() != 0) {
            throw new IllegalStateException("the generator failed");
        }
        for (Copy copy : copies) {
            copy.finish();
        }
        for (Copy copy : copies) {
            copy.await();
        }
        pool.shutdown();
        log(String.format(Locale.ROOT, "COPY done: %,d households, %,d members, %,d review rows, %,d outcomes, %,d campaigns",
                households, members, rows, outcomes, 2 * campaigns.size()));

        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE household ENABLE TRIGGER household_filed");
            s.execute("SELECT setval('household_id_seq', " + Math.max(1, householdBase + households) + ")");
            s.execute("SELECT setval('household_member_id_seq', " + Math.max(1, memberBase + members) + ")");
            s.execute("SELECT setval('household_version_id_seq', " + Math.max(1, versionBase + households) + ")");
            s.execute("SELECT setval('review_household_id_seq', " + Math.max(1, rowBase + rows) + ")");
            s.execute("SELECT setval('review_campaign_id_seq', " + Math.max(1, campaignBase + 2L * campaigns.size()) + ")");
            s.execute("SELECT setval('review_recognition_seq', " + Math.max(1, seqBase + 2L * campaigns.size()) + ")");
        }
        restoreKeys(saved);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : TARGETS) {
                s.execute("ANALYZE " + t);
            }
            s.execute("ANALYZE review_campaign");
            s.execute("ALTER SYSTEM RESET max_wal_size");
            s.execute("SELECT pg_reload_conf()");
            s.execute("CHECKPOINT");
        }
        log("analysed; done");
    }

    static int one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void campaign(Copy campaign, long id, long commune, String kind, int year, int version, long seq, String date,
            String now) {
        campaign.row().num(id).num(commune).text(kind).num(year).num(year + 1).text(STANDARD).num(version).text("RECOGNISED")
                .num(seq).text("bench").text(date).text("bench").text(now).text("bench").text(now).text("bench").end();
    }

    static void reviewRow(Copy row, long id, Village v, long campaign, long household, String code, String input,
            String cls, Classification c, int version, int persons, String previous, String transition, String now) {
        StringBuilder deps = new StringBuilder("{");
        for (String d : c.deprivations().codes()) {
            deps.append(deps.length() == 1 ? "" : ",").append(d);
        }
        row.row().num(id).num(v.provinceId()).num(campaign).num(household).text(code).num(v.id()).text("IMPORT")
                .text(input).text(cls).text(deps.append('}').toString()).text(STANDARD).num(version).num(persons)
                .text(previous).text(transition).text(now).text("bench").text(now).text("bench").end();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isString() ? v.asString() : v.toString();
    }

    static boolean any(JsonNode members, String flag) {
        if (members == null || !members.isArray()) {
            return false;
        }
        for (JsonNode m : members) {
            JsonNode v = m.get(flag);
            if (v != null && v.isBoolean() && v.booleanValue()) {
                return true;
            }
        }
        return false;
    }

    String folded(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        char[] out = new char[lower.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold[lower.charAt(i)];
        }
        return new String(out);
    }

    static Process generator(String jar, long n, long seed, int year) throws IOException {
        return new ProcessBuilder("java", "-Xmx256m", "-jar", jar, "generate", "--households", Long.toString(n), "--seed",
                        Long.toString(seed), "--year", Integer.toString(year))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 20);
    }

    /**
     * The keys, unique constraints, foreign keys and indexes of the loaded tables (and the foreign
     * keys of other tables that refer to them), saved then dropped: COPY into bare tables, built once
     * after. CHECK and NOT NULL constraints stay (they cost little per row).
     */
    List<String[]> dropKeys(Statement s) throws SQLException, IOException {
        String targets = "ARRAY[" + String.join(", ", java.util.Arrays.stream(TARGETS).map(t -> "'" + t + "'::regclass").toList()) + "]";
        List<String[]> saved = new ArrayList<>();
        // kind, table, name, definition; foreign keys last when restoring
        try (ResultSet rs = s.executeQuery("SELECT CASE contype WHEN 'f' THEN 'F' ELSE 'K' END, conrelid::regclass::text,"
                + " quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint WHERE conparentid = 0"
                + " AND ((contype IN ('p', 'u', 'x', 'f') AND conrelid = ANY (" + targets + "))"
                + " OR (contype = 'f' AND confrelid = ANY (" + targets + ")))"
                + " ORDER BY contype = 'f' DESC")) {
            while (rs.next()) {
                saved.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT 'I', i.indrelid::regclass::text, i.indexrelid::regclass::text,"
                + " pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = ANY (" + targets + ")"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")) {
            while (rs.next()) {
                saved.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4).replace(" ON ONLY ", " ON ")});
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of("bulk-load-keys.sql")))) {
            for (String[] k : saved) {
                w.println(k[0].equals("I") ? k[3] + ";" : "ALTER TABLE " + k[1] + " ADD CONSTRAINT " + k[2] + " " + k[3] + ";");
            }
        }
        for (String[] k : saved) {
            s.execute(k[0].equals("I") ? "DROP INDEX " + k[2] : "ALTER TABLE " + k[1] + " DROP CONSTRAINT " + k[2]);
        }
        log("dropped " + saved.size() + " keys and indexes (their definitions: bulk-load-keys.sql)");
        return saved;
    }

    /** Keys and indexes on two connections at once (GIN builds use one core each), then the foreign keys. */
    void restoreKeys(List<String[]> saved) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        List<String> first = new ArrayList<>();
        for (String[] k : saved) {
            if (!k[0].equals("F")) {
                first.add(k[0].equals("I") ? k[3] : "ALTER TABLE " + k[1] + " ADD CONSTRAINT " + k[2] + " " + k[3]);
            }
        }
        // the largest builds first, shared by the two connections
        first.sort((a, b) -> Integer.compare(weight(b), weight(a)));
        BlockingQueue<String> work = new ArrayBlockingQueue<>(first.size() + 1);
        work.addAll(first);
        for (int i = 0; i < 2; i++) {
            done.add(two.submit(() -> {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("SET maintenance_work_mem = '512MB'");
                    String sql;
                    while ((sql = work.poll()) != null) {
                        long t = System.nanoTime();
                        s.execute(sql);
                        log(String.format(Locale.ROOT, "%.1f s  %s", (System.nanoTime() - t) / 1e9, sql));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        two.shutdown();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            for (String[] k : saved) {
                if (k[0].equals("F")) {
                    long t = System.nanoTime();
                    s.execute("ALTER TABLE " + k[1] + " ADD CONSTRAINT " + k[2] + " " + k[3]);
                    log(String.format(Locale.ROOT, "%.1f s  foreign key %s on %s", (System.nanoTime() - t) / 1e9, k[2], k[1]));
                }
            }
        }
    }

    static int weight(String sql) {
        int w = sql.contains("gin") ? 100 : 0;
        if (sql.contains("household_member")) {
            w += 50;
        } else if (sql.contains("review_household") || sql.contains("household_version")) {
            w += 20;
        } else if (sql.contains("household")) {
            w += 10;
        }
        return w;
    }

    /** One table's COPY on its own connection, fed with chunks of rows in COPY text format. */
    final class Copy {
        final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
        final StringBuilder buf = new StringBuilder(CHUNK + 4096);
        final Future<Long> result;
        final String target;
        boolean firstColumn = true;

        Copy(ExecutorService pool, String target) {
            this.target = target;
            result = pool.submit(() -> {
                try (Connection c = connect()) {
                    CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
                    try {
                        byte[] chunk;
                        while ((chunk = chunks.take()).length > 0) {
                            in.writeToCopy(chunk, 0, chunk.length);
                        }
                        return in.endCopy();
                    } finally {
                        if (in.isActive()) {
                            in.cancelCopy();
                        }
                    }
                }
            });
        }

        Copy row() {
            firstColumn = true;
            return this;
        }

        private void sep() {
            if (!firstColumn) {
                buf.append('\t');
            }
            firstColumn = false;
        }

        Copy num(Long v) {
            sep();
            if (v == null) {
                buf.append("\\N");
            } else {
                buf.append(v.longValue());
            }
            return this;
        }

        Copy num(long v) {
            sep();
            buf.append(v);
            return this;
        }

        Copy bool(Boolean v) {
            sep();
            buf.append(v == null ? "\\N" : v ? "t" : "f");
            return this;
        }

        Copy text(String v) {
            sep();
            if (v == null) {
                buf.append("\\N");
                return this;
            }
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                switch (ch) {
                    case '\\' -> buf.append("\\\\");
                    case '\t' -> buf.append("\\t");
                    case '\n' -> buf.append("\\n");
                    case '\r' -> buf.append("\\r");
                    default -> buf.append(ch);
                }
            }
            return this;
        }

        void end() {
            buf.append('\n');
            if (buf.length() >= CHUNK) {
                flush();
            }
        }

        void flush() {
            if (buf.length() == 0) {
                return;
            }
            put(buf.toString().getBytes(StandardCharsets.UTF_8));
            buf.setLength(0);
        }

        void put(byte[] chunk) {
            try {
                while (!chunks.offer(chunk, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    if (result.isDone()) {
                        result.get();
                        throw new IllegalStateException("COPY " + target + " ended early");
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("COPY " + target + ": " + e.getMessage(), e);
            }
        }

        void finish() {
            flush();
            put(new byte[0]);
        }

        long await() throws Exception {
            long n = result.get();
            log(String.format(Locale.ROOT, "%,d rows into %s", n, target.substring(0, target.indexOf(' '))));
            return n;
        }
    }
}
