package vn.giamngheo.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Bounds every request body by what its endpoint needs (documents are megabytes, household imports
 * may be gigabytes, anything else little) and refuses the NUL character (U+0000) in parameters and
 * JSON bodies: PostgreSQL cannot store it in text, and no Vietnamese text has it; and digits other
 * than 0–9 in addresses. Runs before
 * security and the controllers, so an oversized body is refused before it is read. A refusal is
 * handed to {@link ErrorPages} as an input problem: problem details on the API, a page elsewhere.
 */
class RequestLimits extends OncePerRequestFilter {
    /** The request attribute holding the problem for {@link ErrorPages}. */
    static final String PROBLEM = RequestLimits.class.getName() + ".problem";

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    /** Endpoints that take documents (plans, evidence, submitted reports). */
    static final List<String> DOCUMENT_PATHS = List.of(
            "/plans/upload",
            "/api/v1/plans",
            "/api/v1/plans/import",
            "/api/v1/plans/*/attachments",
            "/tasks/*/progress",
            "/api/v1/tasks/*/progress",
            "/obligations/*/submit",
            "/api/v1/reporting-obligations/*/submissions");

    /** Endpoints that stream whole files of households or units. */
    static final List<String> IMPORT_PATHS = List.of(
            "/api/v1/reviews/*/households",
            "/reviews/*/import",
            "/api/v1/classifications",
            "/api/v1/admin-units/import");

    private final long bodyLimit;
    private final long documentLimit;
    private final long importLimit;

    RequestLimits(DataSize body, DataSize document, DataSize imports) {
        this.bodyLimit = body.toBytes();
        this.documentLimit = document.toBytes();
        this.importLimit = imports.toBytes();
    }

    /** The largest body the path accepts. */
    long limitFor(String path) {
        if (IMPORT_PATHS.stream().anyMatch(p -> PATHS.match(p, path))) {
            return importLimit;
        }
        if (DOCUMENT_PATHS.stream().anyMatch(p -> PATHS.match(p, path))) {
            return documentLimit;
        }
        return bodyLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, 413, InvalidInput.of("", Message.of("input.tooLarge", megabytes(limit))));
            return;
        }
        if (hasOtherDigits(path)) {
            refuse(request, response, 400, InvalidInput.of("", Message.of("input.wrongType")));
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
            refuse(request, response, 400, InvalidInput.of("", Message.of("input.nul")));
            return;
        }
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
                for (String v : p.getValue()) {
                    if (v.indexOf('\0') >= 0 || p.getKey().indexOf('\0') >= 0) {
                        refuse(request, response, 400, InvalidInput.of(p.getKey(), Message.of("input.nul")));
                        return;
                    }
                }
            }
        }
        if (type.startsWith("multipart/") && declared < 0 && limit < importLimit) {
            refuse(request, response, 411, InvalidInput.of("", Message.of("input.lengthRequired")));
            return;
        }
        if ((type.startsWith("application/json") || type.contains("+json")) && limit < importLimit) {
            byte[] body = readAtMost(request.getInputStream(), limit);
            if (body == null) {
                refuse(request, response, 413, InvalidInput.of("", Message.of("input.tooLarge", megabytes(limit))));
                return;
            }
            if (hasNul(body)) {
                refuse(request, response, 400, InvalidInput.of("", Message.of("input.nul")));
                return;
            }
            chain.doFilter(new CachedBody(request, body), response);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new BoundedBody(request, limit), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, InvalidInput e)
            throws IOException {
        request.setAttribute(PROBLEM, e);
        response.sendError(status);
    }

    /**
     * Digits other than 0–9 in an address: Java reads {@code １} (full-width) or {@code ١} (Arabic-Indic)
     * as 1, so {@code /api/v1/admin-units/１} would name unit 1 under another spelling.
     */
    static boolean hasOtherDigits(String path) {
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        return decoded.codePoints().anyMatch(c -> c > 127 && Character.isDigit(c));
    }

    static long megabytes(long bytes) {
        return Math.max(1, bytes >> 20);
    }

    /** The body, or {@code null} when it is longer than {@code limit}. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A raw NUL byte, or JSON's escape of it ({@code \u0000}) not itself escaped. */
    static boolean hasNul(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == 0) {
                return true;
            }
            if (json[i] == '\\') {
                if (i + 5 < json.length
                        && json[i + 1] == 'u'
                        && json[i + 2] == '0'
                        && json[i + 3] == '0'
                        && json[i + 4] == '0'
                        && json[i + 5] == '0') {
                    return true;
                }
                i++; // an escaped character: "\\u0000" is a backslash and the text u0000
            }
        }
        return false;
    }

    /** A JSON body already read (and checked), given again to the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new Stream(new ByteArrayInputStream(body));
        }

        @Override
        public BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(
                    new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(charset)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** A body sent without a length, cut off with an error when it passes the limit. */
    private static final class BoundedBody extends HttpServletRequestWrapper {
        private final long limit;

        BoundedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new Stream(in) {
                long read;

                @Override
                protected void count(long n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new BodyTooLarge(limit);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /** A body longer than its endpoint accepts. */
    static final class BodyTooLarge extends IOException {
        final long limit;

        BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    private static class Stream extends ServletInputStream {
        private final InputStream in;

        Stream(InputStream in) {
            this.in = in;
        }

        protected void count(long n) throws IOException {}

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking reads only");
        }
    }
}
