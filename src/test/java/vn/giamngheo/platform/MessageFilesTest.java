package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = MessageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
