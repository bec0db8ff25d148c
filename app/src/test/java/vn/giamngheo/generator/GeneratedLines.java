package vn.giamngheo.generator;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the generator in memory and hands each line to a consumer, without keeping the output. */
final class GeneratedLines {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private GeneratedLines() {}

    static void forEach(long households, long seed, int year, Consumer<String> line) {
        Generation.households(households, seed, year, new LineSink(line));
    }

    static void forEachParsed(long households, long seed, int year, Consumer<JsonNode> household) {
        forEach(households, seed, year, line -> household.accept(JSON.readTree(line)));
    }

    static byte[] bytes(long households, long seed, int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Generation.households(households, seed, year, out);
        return out.toByteArray();
    }

    /** The commune code of a ref: everything before the village number and the household number. */
    static String commune(String ref) {
        return ref.substring(0, ref.lastIndexOf('/', ref.lastIndexOf('/') - 1));
    }

    static String village(String ref) {
        return ref.substring(0, ref.lastIndexOf('/'));
    }

    /** Splits the byte stream into lines (UTF-8), checking that the last line is terminated. */
    private static final class LineSink extends OutputStream {
        private final Consumer<String> consumer;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream(4096);

        LineSink(Consumer<String> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                consumer.accept(current.toString(StandardCharsets.UTF_8));
                current.reset();
            } else {
                current.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    current.write(b, start, i - start);
                    consumer.accept(current.toString(StandardCharsets.UTF_8));
                    current.reset();
                    start = i + 1;
                }
            }
            current.write(b, start, off + len - start);
        }

        @Override
        public void flush() {
            if (current.size() > 0) {
                throw new AssertionError("output ends with an unterminated line");
            }
        }
    }
}
