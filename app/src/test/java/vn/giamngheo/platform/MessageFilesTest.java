package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageFilesTest {
    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vi = keys("i18n/messages_vi.properties");
        Set<String> en = keys("i18n/messages_en.properties");
        assertThat(vi).isNotEmpty();
        assertThat(en).containsExactlyInAnyOrderElementsOf(vi);
        assertThat(keys("i18n/messages.properties")).containsExactlyInAnyOrderElementsOf(vi);
    }

    /**
     * The bundles merge as a union of lines (.gitattributes): two branches that word the same key
     * differently would leave it twice, and the last one would silently win.
     */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String resource :
                List.of("i18n/messages.properties", "i18n/messages_vi.properties", "i18n/messages_en.properties")) {
            List<String> keys;
            try (var in = MessageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                keys = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).trim())
                        .toList();
            }
            assertThat(keys).as(resource).doesNotHaveDuplicates();
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = MessageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
