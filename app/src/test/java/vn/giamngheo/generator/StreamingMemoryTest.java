package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Output is streamed: memory does not grow with the number of households. */
class StreamingMemoryTest {
    @Test
    void aMillionHouseholdsStreamThroughA256MegabyteHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        GenerateCommand.class.getName(),
                        "--households",
                        "1000000",
                        "--seed",
                        "11"))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = process.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(lines).isEqualTo(1_000_000);
    }
}
