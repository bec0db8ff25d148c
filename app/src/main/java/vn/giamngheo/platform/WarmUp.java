package vn.giamngheo.platform;

import java.io.IOException;
import java.io.Writer;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.giamngheo.identity.WarmUpIdentity;

/**
 * Warms the instance before it reports ready, so the first users after a start do not pay for the
 * JIT and the template cache (measured: p99 1.1 s in the first minute, 27 ms once warm): every
 * template is parsed into Thymeleaf's cache, and the request path every page shares — Tomcat, the
 * security filters, the session table, Spring MVC, a page rendered, a refused API call, a static file
 * — is run a few hundred times through the loopback. It runs as the last start-up runner: the
 * readiness probe (which the balancer asks, decision 1813) says "ready" only after it. No user is
 * impersonated and no personal data is read: what it sends, anyone could send unauthenticated.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WarmUp implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final String THYMELEAF_LOG = "org.thymeleaf.TemplateEngine";
    /**
     * The logged-in pages of the daily mix (the household list and search, a household, the reports),
     * rendered as {@link WarmUpIdentity}'s reader: an empty jurisdiction, so the lists come back
     * empty and a household or a unit answers "not found" or "outside your area" — the same code,
     * queries and templates run as for an official, on no one's data.
     */
    static final List<String> LOGGED_IN = List.of(
            "/households?q=nguyen&page=0",
            "/households?q=tran&page=1",
            "/households",
            "/households/1",
            "/reports/summary?unitId=1&year=2026",
            "/reports/dashboard?unitId=1&year=2026",
            "/reviews/1/households/1",
            "/api/v1/households?q=le&size=25");

    private final ITemplateEngine templates;
    private final LoggingSystem logging;
    private final WarmUpIdentity identity;
    private final boolean enabled;
    private final Duration budget;
    private final int rounds;
    private volatile int port;
    /** Answers to the logged-in warm-up requests by status (for the tests: no 5xx, none sent to the login). */
    private final Map<Integer, Integer> loggedInAnswers = new ConcurrentHashMap<>();

    WarmUp(
            ITemplateEngine templates,
            LoggingSystem logging,
            WarmUpIdentity identity,
            @Value("${giamngheo.warm-up.enabled:true}") boolean enabled,
            @Value("${giamngheo.warm-up.budget:PT15S}") Duration budget,
            @Value("${giamngheo.warm-up.rounds:300}") int rounds) {
        this.templates = templates;
        this.logging = logging;
        this.identity = identity;
        this.enabled = enabled;
        this.budget = budget;
        this.rounds = rounds;
    }

    @EventListener
    void on(WebServerInitializedEvent e) {
        if (e.getApplicationContext().getServerNamespace() == null) {
            port = e.getWebServer().getPort();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (enabled) {
                warmUp();
            }
        } finally {
            identity.close(); // whatever happened: no warm-up request is accepted once the start goes on
        }
    }

    private void warmUp() {
        long begun = System.nanoTime();
        // the templates are parsed beside the requests: two cores, and the pages need them parsed anyway
        CompletableFuture<Integer> parsed = CompletableFuture.supplyAsync(this::parseTemplates, runnable -> {
            Thread thread = new Thread(runnable, "warm-up-templates");
            thread.setDaemon(true);
            thread.start();
        });
        int requests = port > 0 ? exerciseRequestPath(begun) : 0;
        int templatesParsed = parsed.join();
        log.info(
                "Warmed up in {} ms: {} templates parsed, {} requests through the loopback (logged-in answers {})",
                (System.nanoTime() - begun) / 1_000_000,
                templatesParsed,
                requests,
                loggedInAnswers);
    }

    /** How the logged-in warm-up requests were answered, by HTTP status. */
    Map<Integer, Integer> loggedInAnswers() {
        return Map.copyOf(loggedInAnswers);
    }

    /**
     * Each template once, with an empty model: the parse is cached even when rendering then fails for
     * want of a model or a request, which Thymeleaf would log as an error — quiet while it runs.
     */
    private int parseTemplates() {
        int n = 0;
        logging.setLogLevel(THYMELEAF_LOG, LogLevel.OFF);
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
            for (Resource r : found) {
                String url = r.getURL().toString();
                String name = url.substring(url.lastIndexOf("templates/") + "templates/".length(), url.length() - 5);
                try {
                    templates.process(name, new Context(Locale.forLanguageTag("vi")), Writer.nullWriter());
                } catch (RuntimeException expected) {
                    // no model, no request: most pages stop rendering early, after their parse was kept
                }
                n++;
            }
        } catch (IOException e) {
            log.warn("Templates not listed for the warm-up: {}", e.getMessage());
        } finally {
            logging.setLogLevel(THYMELEAF_LOG, null);
        }
        return n;
    }

    private int exerciseRequestPath(long begun) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        // logged-in requests carry no cookie: each is its own login, and leaves no session
        HttpClient loggedIn =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        List<String> anonymous = List.of("/login", "/login?error", "/api/v1/households?q=warm", "/");
        String secret = identity.secret();
        int sent = 0;
        for (int i = 0; i < rounds; i++) {
            for (int j = 0; j < anonymous.size() + LOGGED_IN.size(); j++) {
                // the first round goes through whatever the budget: each page rendered once is most of it
                if (i > 0 && System.nanoTime() - begun > budget.toNanos()) {
                    return sent;
                }
                boolean asWarmUp = j >= anonymous.size();
                HttpRequest.Builder request = HttpRequest.newBuilder(
                                URI.create(base + (asWarmUp ? LOGGED_IN.get(j - anonymous.size()) : anonymous.get(j))))
                        .timeout(Duration.ofSeconds(i == 0 ? 60 : 10));
                if (asWarmUp) {
                    request.header(WarmUpIdentity.HEADER, secret);
                }
                try {
                    HttpResponse<Void> answer = (asWarmUp ? loggedIn : client)
                            .send(request.build(), HttpResponse.BodyHandlers.discarding());
                    if (asWarmUp) {
                        loggedInAnswers.merge(answer.statusCode(), 1, Integer::sum);
                    }
                    sent++;
                } catch (java.net.ConnectException e) {
                    return sent; // nothing listens: nothing to warm
                } catch (IOException slow) {
                    // a timeout on a busy machine: the next request is warmer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return sent;
                }
            }
        }
        return sent;
    }
}
