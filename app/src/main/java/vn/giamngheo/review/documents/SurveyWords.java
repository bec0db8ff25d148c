package vn.giamngheo.review.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Vietnamese words of the survey template, from the message bundle: the template is a
 * Vietnamese document whatever the reader's language, and its columns are built once, before any
 * request, so they read the bundle rather than a locale's message source.
 */
final class SurveyWords {
    private static final Properties VI = load();

    private SurveyWords() {}

    /** The Vietnamese text of a key, or null when the bundle has none. */
    static String vi(String key) {
        return VI.getProperty(key);
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = SurveyWords.class.getResourceAsStream("/i18n/messages_vi.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
