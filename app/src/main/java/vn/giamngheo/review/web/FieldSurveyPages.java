package vn.giamngheo.review.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.FieldSurvey;
import vn.giamngheo.shared.NotFound;

/**
 * The offline survey's pages (decision 1701): one installable page under {@code /field/} that a
 * service worker keeps on the phone, drawn by script from what the phone holds (IndexedDB); its
 * words come with it, from the message bundles, so it speaks Vietnamese without a connection.
 */
@Controller
class FieldSurveyPages {
    /** Files of the installable app, served from {@code /field/} so the service worker's scope is the app. */
    private static final Map<String, MediaType> FILES = Map.of(
            "sw.js",
            MediaType.parseMediaType("text/javascript;charset=UTF-8"),
            "manifest.webmanifest",
            MediaType.parseMediaType("application/manifest+json;charset=UTF-8"),
            "icon-192.png",
            MediaType.IMAGE_PNG,
            "icon-512.png",
            MediaType.IMAGE_PNG);

    private final CurrentUser currentUser;
    private final FieldSurvey field;
    private final MessageSource messages;
    private final JsonMapper json;

    FieldSurveyPages(CurrentUser currentUser, FieldSurvey field, MessageSource messages, JsonMapper json) {
        this.currentUser = currentUser;
        this.field = field;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/field/")
    String app(Model model, Locale locale) {
        model.addAttribute("user", currentUser.actor().username());
        model.addAttribute("keepDays", field.keepDays());
        model.addAttribute("words", json.writeValueAsString(words(locale)));
        model.addAttribute("fields", json.writeValueAsString(FieldLists.all()));
        return "field/app";
    }

    @GetMapping("/field")
    String appWithoutSlash() {
        return "redirect:/field/";
    }

    /**
     * Who is logged in and the token a write needs: the app asks before sending what the phone
     * holds. Open to anyone and answering an empty name when nobody is logged in, so the question
     * neither redirects nor opens a session (one opened here raced the login page's own).
     */
    @GetMapping(value = "/field/session", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> session(java.security.Principal principal, jakarta.servlet.http.HttpServletRequest request) {
        if (principal == null || principal instanceof AnonymousAuthenticationToken) {
            return Map.of("username", "");
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return Map.of(
                "username", currentUser.actor().username(),
                "csrfHeader", csrf.getHeaderName(),
                "csrfToken", csrf.getToken());
    }

    @GetMapping("/field/{file:sw\\.js|manifest\\.webmanifest|icon-192\\.png|icon-512\\.png}")
    ResponseEntity<byte[]> file(@PathVariable String file) throws IOException {
        MediaType type = FILES.get(file);
        if (type == null) {
            throw new NotFound("File", file);
        }
        try (InputStream in = new ClassPathResource("field/" + file).getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(type)
                    // the worker and manifest are checked for updates on each visit; icons may stay a day
                    .cacheControl(
                            file.endsWith(".png")
                                    ? CacheControl.maxAge(java.time.Duration.ofDays(1))
                                    : CacheControl.noCache())
                    .body(in.readAllBytes());
        }
    }

    /** The message keys the app shows, with their templates for the reader's language. */
    private Map<String, String> words(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : FieldWords.KEYS) {
            out.put(key, messages.getMessage(key, null, key, locale));
        }
        for (String prefix : FieldWords.PREFIXED.keySet()) {
            for (String code : FieldWords.PREFIXED.get(prefix)) {
                out.put(prefix + code, messages.getMessage(prefix + code, null, code, locale));
            }
        }
        return out;
    }
}
