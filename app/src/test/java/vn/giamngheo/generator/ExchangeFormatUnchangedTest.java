package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.ExchangeFormat;

/**
 * The exchange format on the wire did not change when the household model became one (decision
 * 1110). The household lines of the tests of that time (exchange/lines-of-the-tests.jsonl, good and
 * bad ones) and 300 generated households were read and written back by the code before the change
 * (exchange/read-and-written-before.jsonl: the line as written again, or the first problem); today's
 * code must read and write them the same, and the generator must still write the same bytes.
 */
class ExchangeFormatUnchangedTest {
    @Test
    void theGeneratorWritesTheSameBytesAsBefore() throws IOException {
        assertThat(new String(GeneratedLines.bytes(300, 11, 2025), StandardCharsets.UTF_8))
                .isEqualTo(resource("generated-300-seed-11-2025.jsonl"));
    }

    @Test
    void everyLineIsReadAndWrittenBackAsBefore() throws IOException {
        List<String> lines = new ArrayList<>(lines("lines-of-the-tests.jsonl"));
        lines.addAll(lines("generated-300-seed-11-2025.jsonl"));
        // Problems became codes worded per locale (decision 0103): a refused line must still be refused
        // on the same field; its English sentence is no longer part of the comparison.
        List<String> before = lines("read-and-written-before.jsonl").stream()
                .map(l ->
                        l.startsWith("ERROR ") ? l.substring(0, l.indexOf(": ")).replace("(line)", "") : l)
                .toList();
        assertThat(lines).hasSize(before.size()).hasSizeGreaterThan(300);
        List<String> now =
                lines.stream().map(ExchangeFormatUnchangedTest::readAndWritten).toList();
        assertThat(now).containsExactlyElementsOf(before);
        assertThat(now.stream().filter(l -> l.startsWith("ERROR"))).isNotEmpty();
        assertThat(now.stream().filter(l -> l.contains("\"laborCapacity\":"))).isNotEmpty();
    }

    private static String readAndWritten(String line) {
        try {
            return ExchangeFormat.write(ExchangeFormat.parse(line));
        } catch (InvalidInput e) {
            InvalidInput.Problem p = e.problems().get(0);
            return "ERROR " + p.field();
        }
    }

    private static List<String> lines(String name) throws IOException {
        return List.of(resource(name).split("\n"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExchangeFormatUnchangedTest.class.getResourceAsStream("/exchange/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
