package vn.giamngheo.standard.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giamngheo.shared.CliCommand;
import vn.giamngheo.standard.ReferenceStandards;
import vn.giamngheo.standard.StandardJson;

/** {@code classify} end to end through the CliCommand API, with stdin and stdout as streams. */
class ClassifyCommandTest {
    private static final String GOOD = "{\"ref\":\"H-001\",\"area\":\"RURAL\",\"incomePerCapita\":1420000,"
            + "\"deprivations\":[\"HEALTH_INSURANCE\",\"HOUSING_AREA\",\"WATER\"]}";
    private static final String GOOD_RESULT = "{\"ref\":\"H-001\",\"standard\":\"ND07_2021\",\"standardVersion\":1,"
            + "\"classification\":\"POOR\",\"deprivations\":[\"HEALTH_INSURANCE\",\"HOUSING_AREA\",\"WATER\"],"
            + "\"deprivedCount\":3,\"reasons\":[\"income 1,420,000 ≤ rural line 1,500,000\",\"3 indicators deprived ≥ 3\"],"
            + "\"warnings\":[]}";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return new ClassifyCommand()
                .run(
                        args,
                        in,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] outLines() {
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void the_command_is_registered_for_the_main_class_under_the_name_classify() {
        assertThat(StreamSupport.stream(ServiceLoader.load(CliCommand.class).spliterator(), false)
                        .map(CliCommand::name))
                .contains("classify");
    }

    @Test
    void stdin_lines_become_result_lines_on_stdout() {
        int code = run(GOOD + "\n", "--standard", "ND07_2021");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(GOOD_RESULT + "\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 lines, 1 classified, 0 errors");
    }

    @Test
    void unreadable_lines_give_error_lines_while_the_others_go_on() {
        String input = GOOD + "\n"
                + "{\"ref\":\"H-002\",\"area\":\"RURAL\",\"colour\":\"red\"}\n"
                + "not json at all\n"
                + "{\"ref\":\"H-003\",\"area\":\"RURAL\",\"incomePerCapita\":\"many\"}\n"
                + "{\"area\":\"URBAN\"}\n"
                + "{\"ref\":\"H-004\",\"area\":\"RURAL\",\"incomePerCapita\":1,\"deprivations\":[\"WASTE\"]}\n"
                + GOOD.replace("H-001", "H-005") + "\n";

        int code = run(input, "--standard=ND07_2021");

        assertThat(code).isZero();
        assertThat(outLines())
                .containsExactly(
                        GOOD_RESULT,
                        "{\"ref\":\"H-002\",\"error\":\"line 2: field colour: unknown field\"}",
                        "{\"ref\":null,\"error\":\"line 3: not valid JSON: Unrecognized token 'not': was expecting "
                                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false') (column 1)\"}",
                        "{\"ref\":\"H-003\",\"error\":\"line 4: field incomePerCapita: must be a whole number\"}",
                        "{\"ref\":null,\"error\":\"line 5: field ref: is required\"}",
                        "{\"ref\":\"H-004\",\"error\":\"line 6: field deprivations: WASTE is not an indicator of ND07_2021 "
                                + "(it uses EMPLOYMENT, DEPENDANTS, NUTRITION, HEALTH_INSURANCE, ADULT_EDUCATION, "
                                + "CHILD_SCHOOLING, HOUSING_QUALITY, HOUSING_AREA, WATER, SANITATION, TELECOM, INFO_ACCESS)\"}",
                        GOOD_RESULT.replace("H-001", "H-005"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("7 lines, 2 classified, 5 errors");
    }

    @Test
    void blank_lines_are_skipped_and_crlf_and_a_missing_final_newline_are_accepted() {
        int code = run("\n" + GOOD + "\r\n   \r\n\n" + GOOD, "--standard", "ND07_2021");

        assertThat(code).isZero();
        assertThat(outLines()).containsExactly(GOOD_RESULT, GOOD_RESULT);
    }

    @Test
    void empty_input_gives_empty_output() {
        assertThat(run("", "--standard", "QD59_2015")).isZero();
        assertThat(out.size()).isZero();
    }

    @Test
    void input_is_read_from_a_file_with_input(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("households.jsonl");
        Files.writeString(file, GOOD + "\n");

        assertThat(run("", "--standard", "ND07_2021", "--input", file.toString()))
                .isZero();
        assertThat(outLines()).containsExactly(GOOD_RESULT);
    }

    @Test
    void a_standard_exported_as_json_can_be_used_with_standard_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nd07.json");
        Files.writeString(
                file, StandardJson.write(ReferenceStandards.find("ND07_2021").orElseThrow()));

        assertThat(run(GOOD, "--standard-file", file.toString())).isZero();
        assertThat(outLines()).containsExactly(GOOD_RESULT);
    }

    @Test
    void an_unknown_standard_stops_the_command_with_exit_code_2() {
        assertThat(run(GOOD, "--standard", "ND99_2099")).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown standard ND99_2099; known: QD59_2015, ND07_2021, ND351_2025");
    }

    @Test
    void a_missing_input_file_stops_the_command_with_exit_code_2(@TempDir Path dir) {
        assertThat(run(
                        "",
                        "--standard",
                        "ND07_2021",
                        "--input",
                        dir.resolve("none.jsonl").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("no such file");
    }

    @Test
    void bad_arguments_stop_the_command_with_exit_code_2_and_the_usage() {
        assertThat(run("", "--standard")).isEqualTo(2);
        assertThat(run("", "--input", "x.jsonl")).isEqualTo(2);
        assertThat(run("", "--standard", "ND07_2021", "--verbose")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--standard needs a value")
                .contains("give either --standard or --standard-file")
                .contains("unknown argument --verbose")
                .contains("usage: classify");
    }

    @Test
    void help_prints_the_usage_and_succeeds() {
        assertThat(run("", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: classify");
    }

    @Test
    void a_line_longer_than_the_limit_is_an_error_line_and_reading_goes_on() throws IOException {
        String longLine = "{\"ref\":\"" + "x".repeat(200) + "\",\"area\":\"RURAL\"}";
        String input = GOOD + "\n" + longLine + "\n" + GOOD + "\n" + longLine;
        ByteArrayOutputStream results = new ByteArrayOutputStream();

        JsonLinesClassification.Summary summary = new JsonLinesClassification(
                        ReferenceStandards.find("ND07_2021").orElseThrow(), 1, 160)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), results);

        assertThat(results.toString(StandardCharsets.UTF_8).split("\n"))
                .containsExactly(
                        GOOD_RESULT,
                        "{\"ref\":null,\"error\":\"line 2: longer than 160 bytes\"}",
                        GOOD_RESULT,
                        "{\"ref\":null,\"error\":\"line 4: longer than 160 bytes\"}");
        assertThat(summary).isEqualTo(new JsonLinesClassification.Summary(4, 2, 2));
    }

    @Test
    void a_line_longer_than_the_read_buffer_is_skipped_without_holding_it_in_memory() throws IOException {
        String huge = "{\"ref\":\"" + "x".repeat(300_000) + "\"}";
        String input = huge + "\n" + GOOD + "\n" + huge;
        ByteArrayOutputStream results = new ByteArrayOutputStream();

        new JsonLinesClassification(ReferenceStandards.find("ND07_2021").orElseThrow(), 2, 1_000)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), results);

        assertThat(results.toString(StandardCharsets.UTF_8).split("\n"))
                .containsExactly(
                        "{\"ref\":null,\"error\":\"line 1: longer than 1000 bytes\"}",
                        GOOD_RESULT,
                        "{\"ref\":null,\"error\":\"line 3: longer than 1000 bytes\"}");
    }

    @Test
    void lines_spanning_many_read_buffers_are_put_back_together() throws IOException {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            input.append(GOOD.replace("H-001", "H-" + i)).append('\n');
        }
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        InputStream trickle = new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };

        new JsonLinesClassification(ReferenceStandards.find("ND07_2021").orElseThrow(), 1).run(trickle, results);

        String[] lines = results.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(5_000);
        assertThat(lines[4_999]).isEqualTo(GOOD_RESULT.replace("H-001", "H-4999"));
    }

    @Test
    void several_threads_write_the_results_in_input_order() throws IOException {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            input.append(i % 1000 == 7 ? "{\"ref\":\"bad-" + i + "\"}" : GOOD.replace("H-001", "H-" + i))
                    .append('\n');
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream oneThread = new ByteArrayOutputStream();
        ByteArrayOutputStream threeThreads = new ByteArrayOutputStream();

        new JsonLinesClassification(ReferenceStandards.find("ND07_2021").orElseThrow(), 1)
                .run(new ByteArrayInputStream(bytes), oneThread);
        JsonLinesClassification.Summary summary = new JsonLinesClassification(
                        ReferenceStandards.find("ND07_2021").orElseThrow(), 3)
                .run(new ByteArrayInputStream(bytes), threeThreads);

        assertThat(threeThreads.toString(StandardCharsets.UTF_8)).isEqualTo(oneThread.toString(StandardCharsets.UTF_8));
        assertThat(summary).isEqualTo(new JsonLinesClassification.Summary(20_000, 19_980, 20));
        assertThat(threeThreads.toString(StandardCharsets.UTF_8).split("\n")[7])
                .isEqualTo("{\"ref\":\"bad-7\",\"error\":\"line 8: field area: is required (RURAL or URBAN)\"}");
    }

    @Test
    void threads_must_be_a_sensible_number() {
        assertThat(run("", "--standard", "ND07_2021", "--threads", "0")).isEqualTo(2);
        assertThat(run(GOOD, "--standard", "ND07_2021", "--threads", "2")).isZero();
        assertThat(outLines()).containsExactly(GOOD_RESULT);
    }
}
