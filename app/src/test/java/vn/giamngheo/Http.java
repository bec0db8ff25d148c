package vn.giamngheo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for integration tests: real requests to the running application, Basic auth. */
public final class Http {
    public static final String DEMO_PASSWORD = "giamngheo-demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final java.net.CookieManager cookies = new java.net.CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response: status, body, and the body as JSON when it is JSON. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    /** A GET whose body is bytes (a workbook, a PDF); fails on any status but 200. */
    public byte[] getBytes(String path, String user) {
        try {
            HttpResponse<byte[]> r =
                    client.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with extra headers given as name, value, name, value… (Accept-Language, Accept). */
    public Response get(String path, String user, String... headers) {
        return send(request(path, user).headers(headers).GET().build());
    }

    /** A POST of JSON with extra headers given as name, value, name, value…. */
    public Response postJson(String path, String user, String json, String... headers) {
        return send(request(path, user)
                .headers(headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    public Response post(String path, String user, String contentType, String body) {
        return send(request(path, user)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** A request with any method and a JSON body. */
    public Response send(String method, String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** A JSON request with one extra header (and the session cookie, if logged in). */
    public Response sendWithHeader(String method, String path, String header, String value, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header(header, value)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    public Response postJson(String path, String user, String json) {
        return post(path, user, "application/json", json);
    }

    /**
     * Logs in through the login form as a browser does (CSRF token, session cookie); later requests
     * made with user {@code null} carry the session.
     */
    public Http login(String user) {
        String page = get("/login", null).body();
        String token = csrfToken(page);
        Response r = post(
                "/login",
                null,
                "application/x-www-form-urlencoded",
                "username=" + q(user) + "&password=" + q(DEMO_PASSWORD) + "&_csrf=" + q(token));
        if (r.status() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login as " + user + " failed: " + r.status() + " "
                    + r.headers().map());
        }
        return this;
    }

    /** The CSRF token of a page's first form. */
    public static String csrfToken(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in page");
        }
        return m.group(1);
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            String[] up = user.contains(":") ? user.split(":", 2) : new String[] {user, DEMO_PASSWORD};
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((up[0] + ":" + up[1]).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
