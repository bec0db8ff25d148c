package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.AttackOperations.Op;
import vn.giamngheo.identity.WarmUpIdentity;

/**
 * The attack suite's walk for the warm-up's login: once the instance is ready, every API operation and
 * every page answers a request that carries the warm-up header — with this start's very secret, from
 * the loopback, with or without a forwarded address — exactly as it answers an anonymous one.
 */
class WarmUpGateIT extends IntegrationTestBase {
    @Autowired
    WarmUpIdentity identity;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void noOperationLetsTheWarmUpHeaderInAfterTheStart() throws Exception {
        HttpResponse<String> doc = send("GET", "/api/v1/openapi");
        List<Op> ops = new ArrayList<>(
                AttackOperations.fromOpenApi(JsonMapper.builder().build().readTree(doc.body())));
        ops.addAll(AttackOperations.fromPages(mappings.getHandlerMethods()));
        assertThat(ops).hasSizeGreaterThan(40);

        List<String> findings = new ArrayList<>();
        String secret = identity.secret();
        for (Op op : ops) {
            String path = op.path().replaceAll("\\{[^}]+}", "1");
            int anonymous = send(op.method(), path).statusCode();
            for (String forwarded : new String[] {null, "127.0.0.1"}) {
                HttpRequest.Builder b = request(op.method(), path).header(WarmUpIdentity.HEADER, secret);
                if (forwarded != null) {
                    b.header("X-Forwarded-For", forwarded);
                }
                int status = client.send(b.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != anonymous || (status >= 200 && status < 300 && !permittedToAll(path))) {
                    findings.add(op + " answered " + status + " with the header, " + anonymous + " without");
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    /** Pages anyone may open without logging in (SecurityConfig). */
    private static boolean permittedToAll(String path) {
        return path.startsWith("/api/v1/openapi")
                || path.startsWith("/field/")
                || path.startsWith("/api/docs")
                || path.startsWith("/actuator/health")
                || path.equals("/error");
    }

    private HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(300))
                .method(method, HttpRequest.BodyPublishers.noBody());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return client.send(request(method, path).build(), HttpResponse.BodyHandlers.ofString());
    }
}
