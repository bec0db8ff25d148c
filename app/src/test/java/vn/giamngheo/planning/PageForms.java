package vn.giamngheo.planning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fields of a rendered form as a browser would send them, and posts multipart bodies. */
final class PageForms {
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option([^>]*)>");

    private PageForms() {}

    /** name=value pairs of the inputs, text areas and selects of the form posting to {@code action}. */
    static List<String[]> fields(String html, String action) {
        int start = html.indexOf("action=\"" + action);
        String form = html.substring(start, html.indexOf("</form>", start));
        List<String[]> out = new ArrayList<>();
        Matcher m = INPUT.matcher(form);
        while (m.find()) {
            String attrs = m.group(1);
            String name = attr(attrs, "name");
            String type = attr(attrs, "type");
            if (name == null || "file".equals(type) || ("checkbox".equals(type) && !attrs.contains("checked"))) {
                continue;
            }
            out.add(new String[] {name, unescape(attr(attrs, "value") == null ? "" : attr(attrs, "value"))});
        }
        Matcher t = TEXTAREA.matcher(form);
        while (t.find()) {
            out.add(new String[] {attr(t.group(1), "name"), unescape(t.group(2))});
        }
        Matcher s = SELECT.matcher(form);
        while (s.find()) {
            String value = "";
            Matcher o = OPTION.matcher(s.group(2));
            boolean first = true;
            while (o.find()) {
                if (first || o.group(1).contains("selected")) {
                    value = attr(o.group(1), "value") == null ? "" : attr(o.group(1), "value");
                }
                first = false;
            }
            out.add(new String[] {attr(s.group(1), "name"), unescape(value)});
        }
        return out;
    }

    static String urlEncoded(List<String[]> fields) {
        StringBuilder b = new StringBuilder();
        for (String[] f : fields) {
            b.append(b.isEmpty() ? "" : "&")
                    .append(java.net.URLEncoder.encode(f[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(f[1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** A browser session: cookies kept, logged in through the form, the CSRF token read from each page. */
    static final class Browser {
        private final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        private final String base;

        Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        Browser login(String user) throws Exception {
            String token = vn.giamngheo.Http.csrfToken(get("/login").body());
            HttpResponse<String> r = post(
                    "/login",
                    "username=" + user + "&password=" + vn.giamngheo.Http.DEMO_PASSWORD + "&_csrf="
                            + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
            if (r.statusCode() != 302) {
                throw new IllegalStateException("login failed: " + r.statusCode());
            }
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> multipart(
                String path,
                Map<String, String> fields,
                String fileField,
                String fileName,
                byte[] file,
                Map<String, String> headers)
                throws Exception {
            String boundary = "----plan" + System.nanoTime();
            var body = new java.io.ByteArrayOutputStream();
            for (var e : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                                + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (fileField != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            headers.forEach(r::header);
            return client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
