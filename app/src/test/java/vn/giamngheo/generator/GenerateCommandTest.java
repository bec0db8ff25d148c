package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.shared.CliCommand;

/** The {@code generate} command line: what it writes, and how it refuses bad arguments. */
class GenerateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new GenerateCommand()
                .run(
                        args,
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCommandIsRegisteredAsAServiceNamedGenerate() {
        assertThat(StreamSupport.stream(ServiceLoader.load(CliCommand.class).spliterator(), false)
                        .map(CliCommand::name))
                .contains("generate");
    }

    @Test
    void householdsGoToStandardOutputByDefault() {
        assertThat(run("--households", "25", "--seed", "3")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(25).allMatch(l -> l.startsWith("{\"ref\":\""));
        assertThat(text).endsWith("}\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theOutputIsTheSameAsTheLibraryGivesForTheSameArguments() {
        assertThat(run("--households=300", "--seed=-8", "--year=2024")).isZero();
        assertThat(out.toByteArray()).isEqualTo(GeneratedLines.bytes(300, -8, 2024));
    }

    @Test
    void outAndUnitsWriteFilesAndASummary(@TempDir Path dir) throws IOException {
        Path households = dir.resolve("h.jsonl");
        Path units = dir.resolve("units.csv");
        assertThat(run("--households", "1000", "--out", households.toString(), "--units", units.toString()))
                .isZero();
        assertThat(Files.readAllLines(households)).hasSize(1000);
        assertThat(Files.readString(units)).startsWith("code,name,kind,level,parent_code,valid_from\n");
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("1,000 households")
                .contains(households.toString());
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--households N")
                .contains("--seed S")
                .contains("--units FILE")
                .contains("thanh-hoa/tho-xuan/xuan-bai/03/0042")
                .contains("synthetic provinces \"Tỉnh Tổng hợp NN\"")
                .contains("(codes tinh-tong-hop-NN)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--seed 1                       | --households N is required",
                "--households                   | --households needs a value",
                "--households ten               | --households expects a whole number, not 'ten'",
                "--households -5                | --households must be between 0 and 100000000, not -5",
                "--households 10 --year 1999    | --year must be between 2021 and 2035, not 1999",
                "--households 10 --colour red   | unknown option --colour",
                "--households 10 extra          | unexpected argument 'extra'",
                "--households 10 --households 2 | --households is given twice",
                "--households 10 --out a --units a | --out and --units name the same file"
            })
    void badArgumentsAreRefusedWithAClearMessageAndExitCodeTwo(String args, String message) {
        assertThat(run(args.trim().split(" +"))).isEqualTo(GenerateCommand.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message).contains("--help");
        assertThat(out.size()).isZero();
    }

    @Test
    void anUnwritableOutputFileFailsWithExitCodeOne(@TempDir Path dir) {
        Path missingFolder = dir.resolve("no/such/folder/h.jsonl");
        assertThat(run("--households", "10", "--out", missingFolder.toString())).isEqualTo(GenerateCommand.EXIT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("cannot write")
                .contains("h.jsonl");
    }

    @Test
    void aFullDiskFailsWithExitCodeOne() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
        assertThat(run("--households", "20000", "--out", full.toString())).isEqualTo(GenerateCommand.EXIT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("cannot write")
                .contains("No space left");
    }

    @Test
    void aClosedStandardOutputStopsTheRunWithExitCodeOne() {
        long[] accepted = {0};
        OutputStream closesEarly = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (accepted[0] > 3_000_000) {
                    throw new IOException("Broken pipe");
                }
                accepted[0] += len;
            }
        };
        int code = new GenerateCommand()
                .run(
                        new String[] {"--households", "1000000"},
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(closesEarly, false, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(GenerateCommand.EXIT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output");
        assertThat(accepted[0]).isLessThan(10_000_000);
    }
}
