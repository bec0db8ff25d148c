package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.AttackOperations.Kind;
import vn.giamngheo.AttackOperations.Op;
import vn.giamngheo.AttackOperations.Param;
import vn.giamngheo.AttackWorld.User;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.planning.Helpers;

/**
 * The attack suite: users of every role in two provinces and in sibling communes and villages call
 * every operation of the OpenAPI document and every page, on ids inside and outside their reach,
 * and with malformed input. It fails on personal data of another unit in a response (the planted
 * markers: names, citizen IDs, household codes, helpers), on a write recorded outside the user's
 * reach, on any 5xx, and on a read of personal data with no audit entry (docs/decisions/1101-scoped-reads.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackSuiteIT extends IntegrationTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    AdminUnits units;

    @Autowired
    HouseholdRegistry registry;

    @Autowired
    Helpers helpers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.giamngheo.credit.Loans loans;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    AttackWorld world;
    List<Op> ops;

    @BeforeAll
    void buildTheWorldAndReadTheOperations() {
        world = AttackWorld.build(units, registry, helpers, accounts);
        // a policy loan of every planted household: its reads carry the household's markers
        for (AttackWorld.Planted h : world.households) {
            var loan = loans.create(
                    vn.giamngheo.shared.Actor.system("attack-suite"),
                    new vn.giamngheo.credit.LoanDraft(
                            h.markers().get(3),
                            null,
                            vn.giamngheo.credit.LoanProgram.POOR,
                            30_000_000,
                            "Chăn nuôi",
                            36,
                            new java.math.BigDecimal("6.6"),
                            vn.giamngheo.credit.Entruster.FARMERS,
                            "Tổ 1",
                            java.time.LocalDate.of(2025, 1, 15),
                            vn.giamngheo.credit.LoanStatus.CURRENT,
                            java.time.LocalDate.of(2025, 1, 15),
                            30_000_000),
                    "API");
            world.held.add(new AttackWorld.Held(loan.id(), h.unitPath()));
        }
        Session anonymous = new Session(null);
        Answer doc = anonymous.send("GET", "/api/v1/openapi", null, null);
        assertThat(doc.status()).isEqualTo(200);
        ops = new ArrayList<>(AttackOperations.fromOpenApi(JSON.readTree(doc.text())));
        int api = ops.size();
        ops.addAll(AttackOperations.fromPages(mappings.getHandlerMethods()));
        assertThat(api).as("operations in the OpenAPI document").isGreaterThan(20);
        assertThat(ops.size() - api).as("page mappings").isGreaterThan(20);
    }

    @Test
    void noUserReadsPersonalDataOutsideTheirReachWritesThereOrReadsUnaudited() throws Exception {
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (User user : world.users) {
                runs.add(pool.submit(() -> walk(user, findings)));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // the suite is not blind: every user who may read households saw their own planted data
        assertThat(sawOwnData)
                .as("users who saw their own planted data")
                .containsAll(world.users.stream()
                        .filter(u -> u.role() != vn.giamngheo.identity.Role.SYSTEM_ADMIN)
                        .map(User::username)
                        .toList());
        assertThat(new TreeSet<>(findings)).isEmpty();
    }

    private final Set<String> sawOwnData = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Test
    void malformedInputIsNeverAServerError() {
        User officer = world.users.get(0);
        Session s = new Session(officer).login();
        long inside = world.households.get(0).id();
        Set<String> findings = new TreeSet<>();
        for (Op op : ops) {
            for (Param p : op.params()) {
                for (String bad : AttackOperations.malformed(p.kind())) {
                    Answer a = s.call(op, inside, p.name(), bad, body(op, inside));
                    if (a.status() >= 500) {
                        findings.add(op + " " + p.name() + "=" + shorten(bad) + " → " + a.status());
                    }
                }
            }
            if (op.hasBody()) {
                for (String bad : badBodies(op)) {
                    Answer a = s.call(op, inside, null, null, bad);
                    if (a.status() >= 500) {
                        findings.add(op + " body " + shorten(bad) + " → " + a.status());
                    }
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    private void walk(User user, List<String> findings) {
        Session s = new Session(user).login();
        List<String> outside = world.markersOutside(user);
        List<String> inside = world.markersInside(user);
        List<Long> outsideIds = world.idsOutside(user);
        for (Op op : ops) {
            List<Long> ids = op.write() ? outsideIds : world.ids();
            if (!op.write() && !mentionsIds(op)) {
                ids = ids.subList(0, 1);
            }
            for (long id : ids) {
                long before = lastAuditId();
                Answer a = s.call(op, id, null, null, body(op, id));
                String where = user.username() + " (" + user.role() + ") " + op + " id=" + id;
                if (a.status() >= 500) {
                    findings.add("5xx: " + where + " → " + a.status());
                }
                String text = a.searchable();
                for (String m : outside) {
                    if (text.contains(m)) {
                        findings.add("outside data: " + where + " shows " + m);
                        break;
                    }
                }
                if (a.status() < 300 && inside.stream().anyMatch(text::contains)) {
                    sawOwnData.add(user.username());
                    if (!audited(user, before)) {
                        findings.add("unaudited read: " + where);
                    }
                }
                writesOutside(user, before).forEach(w -> findings.add("write outside: " + where + " recorded " + w));
            }
        }
    }

    private static boolean mentionsIds(Op op) {
        return op.params().stream().anyMatch(p -> p.kind() == Kind.ID)
                || op.body().values().stream().anyMatch(k -> k == Kind.ID);
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry")
                .query(Long.class)
                .single();
    }

    private boolean audited(User user, long after) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE id > :after AND username = :u)")
                .param("after", after)
                .param("u", user.username())
                .query(Boolean.class)
                .single();
    }

    /** Changes the user made since {@code after} to units outside their reach (refusals are not changes). */
    private List<String> writesOutside(User user, long after) {
        return jdbc.sql("SELECT action || ' ' || entity_type || ' ' || coalesce(entity_id, '') || ' at ' || unit_path"
                        + " FROM audit_entry WHERE id > :after AND username = :u AND unit_path IS NOT NULL"
                        + " AND action NOT IN ('VIEW', 'DENIED', 'VIEW_LIST', 'VIEW_CERTIFICATES', 'EXPORT')"
                        + " AND NOT unit_path LIKE ANY (CAST(:reach AS text[]))")
                .param("after", after)
                .param("u", user.username())
                .param("reach", user.reach().stream().map(r -> r + "%").toArray(String[]::new))
                .query(String.class)
                .list();
    }

    /** A JSON body with every id-like property set to {@code id} and the others to plain values. */
    private static String body(Op op, long id) {
        if (!op.hasBody()) {
            return null;
        }
        StringBuilder b = new StringBuilder("{");
        op.body().forEach((name, kind) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(name).append("\":");
            b.append(
                    switch (kind) {
                        case ID -> name.endsWith("Ids") ? "[" + id + "]" : String.valueOf(id);
                        case INTEGER -> name.toLowerCase().contains("year") ? "2025" : "1";
                        case NUMBER -> "1";
                        case BOOLEAN -> "false";
                        case DATE -> "\"2025-01-01\"";
                        case ENUM, TEXT -> "\"a\"";
                    });
        });
        return b.append('}').toString();
    }

    private static List<String> badBodies(Op op) {
        List<String> bodies = new ArrayList<>(List.of("{", "null", "[]", "{}", "\"\\u0000\""));
        for (String variant : List.of(
                "\"\\u0000\"", "\"" + "x".repeat(100_000) + "\"", "99999999999999999999", "-1", "[\"x\"]", "null")) {
            StringBuilder b = new StringBuilder("{");
            for (String name : op.body().keySet()) {
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append('"').append(name).append("\":").append(variant);
            }
            bodies.add(b.append('}').toString());
        }
        return bodies;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }

    /** Spring Boot's default limit of a request's headers, the request line included. */
    static final int MAX_REQUEST_LINE = 8 * 1024;

    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body as text, with the entries of a zip container (xlsx, docx) unpacked. */
        String searchable() {
            String text = text();
            if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
                StringBuilder all = new StringBuilder(text);
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                    while (zip.getNextEntry() != null) {
                        all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // not a zip after all: the raw text is what there is
                }
                return all.toString();
            }
            return text;
        }
    }

    /** One user's browser-like session: the login cookie and its CSRF token, no Authorization header. */
    final class Session {
        private final User user;
        private final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private String csrf = "";

        Session(User user) {
            this.user = user;
        }

        Session login() {
            String form = send("GET", "/login", null, null).text();
            Answer r = send(
                    "POST",
                    "/login",
                    "application/x-www-form-urlencoded",
                    "username=" + enc(user.username()) + "&password=" + enc(AttackWorld.PASSWORD) + "&_csrf="
                            + enc(token(form)));
            assertThat(r.status()).as("login of " + user.username()).isEqualTo(302);
            csrf = token(send("GET", "/", null, null).text());
            return this;
        }

        /** Calls the operation with every id-like parameter set to {@code id}, one parameter possibly replaced. */
        Answer call(Op op, long id, String replaced, String replacement, String json) {
            String path = op.path();
            StringBuilder query = new StringBuilder();
            for (Param p : op.params()) {
                String v = p.name().equals(replaced) ? replacement : enc(AttackOperations.value(p, id));
                if (p.inPath()) {
                    path = path.replace("{" + p.name() + "}", v.isEmpty() ? "%20" : v);
                    path = path.replaceAll("\\{" + Pattern.quote(p.name()) + ":[^}]*}", Matcher.quoteReplacement(v));
                } else if (p.required() || p.kind() == Kind.ID || p.name().equals(replaced)) {
                    query.append(query.isEmpty() ? "" : "&")
                            .append(p.name())
                            .append('=')
                            .append(v);
                }
            }
            path = path.replaceAll("\\{[^}]*}", String.valueOf(id)).replace("/**", "/x");
            if (op.api()) {
                String target = query.isEmpty() ? path : path + "?" + query;
                return send(op.method(), target, json == null ? null : "application/json", json);
            }
            if (!op.write()) {
                return send("GET", query.isEmpty() ? path : path + "?" + query, null, null);
            }
            String form = "_csrf=" + enc(csrf) + (query.isEmpty() ? "" : "&" + query);
            return send(op.method(), path, "application/x-www-form-urlencoded", form);
        }

        Answer send(String method, String target, String contentType, String body) {
            HttpRequest.Builder b;
            try {
                b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target));
            } catch (IllegalArgumentException e) {
                return new Answer(400, new byte[0]);
            }
            b.timeout(Duration.ofSeconds(60));
            if (!csrf.isEmpty()) {
                b.header("X-CSRF-TOKEN", csrf);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            try {
                HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(r.statusCode(), r.body());
            } catch (IOException e) {
                if (target.length() > MAX_REQUEST_LINE) {
                    // Tomcat refuses a request line longer than its header limit (8 KB) with a 400
                    // and closes the connection; while the client is still sending a body the close
                    // can reach it before the 400 does. Refused by the HTTP layer: not a server error.
                    return new Answer(400, new byte[0]);
                }
                throw new UncheckedIOException(method + " " + target, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
