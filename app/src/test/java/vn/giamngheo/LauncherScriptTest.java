package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/giamngheo} (decision 1826), run against a stand-in for {@code java} that
 * records every call: what it prepares once, what it reuses, and that the command sees the same
 * arguments, standard input, output and exit code as {@code java -jar} would give it.
 */
class LauncherScriptTest {
    private static final Path SCRIPT =
            Path.of("..", "bin", "giamngheo").toAbsolutePath().normalize();

    /** A stand-in JVM: does what each preparation step would leave behind; the command echoes its input. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            { printf 'CALL'; for a in "$@"; do printf ' [%s]' "$a"; done; echo; } >> "$FAKE_LOG"
            case " $* " in
              *" -Djarmode=tools "*)
                while [ $# -gt 0 ]; do [ "$1" = --destination ] && dest=$2; shift; done
                [ "${FAKE_EXTRACT_EXIT:-0}" = 0 ] || exit "$FAKE_EXTRACT_EXIT"
                mkdir -p "$dest/lib" && echo thin > "$dest/giamngheo.jar"; exit 0 ;;
              *" generate "*)
                while [ $# -gt 0 ]; do [ "$1" = --out ] && out=$2; shift; done
                echo '{}' > "$out"; exit 0 ;;
              *" -Xshare:dump "*)
                for a in "$@"; do case "$a" in -XX:SharedArchiveFile=*) echo jsa > "${a#*=}" ;; esac; done; exit 0 ;;
              *" -XX:DumpLoadedClassList="*)
                for a in "$@"; do case "$a" in -XX:DumpLoadedClassList=*) echo list > "${a#*=}" ;; esac; done; exit 0 ;;
            esac
            echo RUN >> "$FAKE_LOG"
            cat
            exit 3
            """;

    @TempDir
    Path dir;

    Path jar;
    Path cache;
    Path log;
    Map<String, String> extra = Map.of();

    @BeforeEach
    void standIns() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.writeString(dir.resolve("giamngheo.jar"), "fat");
        cache = dir.resolve("cache");
        log = dir.resolve("calls.log");
    }

    @Test
    void firstRunPreparesOnceThenEveryRunStartsFromTheCacheWithTheSameArgumentsInputOutputAndExitCode()
            throws Exception {
        Run first = run("line one\nline two\n", "classify", "--standard", "ND07_2021", "--input", "a b.jsonl");
        assertThat(first.exit).isEqualTo(3);
        assertThat(first.out).isEqualTo("line one\nline two\n");
        assertThat(first.calls).anyMatch(c -> c.contains("[-Djarmode=tools]") && c.contains("[extract]"));
        assertThat(first.calls).anyMatch(c -> c.contains("[-Xshare:dump]"));
        String command = first.calls.get(first.calls.size() - 1);
        assertThat(command)
                .contains("[-XX:SharedArchiveFile=" + cache)
                .contains("classes.jsa]")
                .endsWith("/app/giamngheo.jar] [classify] [--standard] [ND07_2021] [--input] [a b.jsonl]");
        assertThat(first.err).contains("preparing the fast start");

        Run second = run("x\n", "classify", "--standard", "ND07_2021");
        assertThat(second.calls).as("nothing prepared again").hasSize(1);
        assertThat(second.calls.get(0))
                .contains("[-XX:SharedArchiveFile=")
                .endsWith("[classify] [--standard] [ND07_2021]");
        assertThat(second.out).isEqualTo("x\n");
        assertThat(second.exit).isEqualTo(3);
        assertThat(second.err).isEmpty();
    }

    @Test
    void aRebuiltJarIsPreparedAgainInAFolderOfItsOwn() throws Exception {
        run("", "classify", "--standard", "ND07_2021");
        Files.writeString(jar, "fat, rebuilt");
        Run after = run("", "classify", "--standard", "ND07_2021");
        assertThat(after.calls).anyMatch(c -> c.contains("[extract]"));
        try (var folders = Files.list(cache)) {
            assertThat(folders.count()).isEqualTo(2);
        }
    }

    @Test
    void whenThePreparationFailsTheJarRunsAsItIsAndTheNextRunTriesAgain() throws Exception {
        extra = Map.of("FAKE_EXTRACT_EXIT", "1");
        Run failed = run("in\n", "classify", "--standard", "ND07_2021");
        assertThat(failed.exit).isEqualTo(3);
        assertThat(failed.out).isEqualTo("in\n");
        assertThat(failed.calls.get(failed.calls.size() - 1))
                .isEqualTo("CALL [-jar] [" + jar + "] [classify] [--standard] [ND07_2021]");
        assertThat(failed.err).contains("could not be prepared");

        extra = Map.of();
        Run next = run("", "classify", "--standard", "ND07_2021");
        assertThat(next.calls).anyMatch(c -> c.contains("[extract]"));
        assertThat(next.calls.get(next.calls.size() - 1)).contains("[-XX:SharedArchiveFile=");
    }

    @Test
    void aRunThatFindsAnotherPreparingDoesNotWaitForIt() throws Exception {
        run("", "classify", "--standard", "ND07_2021");
        Path folder;
        try (var folders = Files.list(cache)) {
            folder = folders.findFirst().orElseThrow();
        }
        Files.delete(folder.resolve("ready"));
        Files.createDirectory(folder.resolve("lock"));
        Run meanwhile = run("", "classify", "--standard", "ND07_2021");
        assertThat(meanwhile.calls).containsExactly("CALL [-jar] [" + jar + "] [classify] [--standard] [ND07_2021]");
    }

    @Test
    void theWebApplicationIsStartedFromTheJarAsItIs() throws Exception {
        Run server = run("", "--server.port=8145");
        assertThat(server.calls).containsExactly("CALL [-jar] [" + jar + "] [--server.port=8145]");
        assertThat(Files.exists(cache)).isFalse();
        extra = Map.of("GIAMNGHEO_JAVA_OPTS", "-Xmx256m");
        Run bare = run("");
        assertThat(bare.calls).containsExactly("CALL [-Xmx256m] [-jar] [" + jar + "]");
    }

    private record Run(int exit, String out, String err, List<String> calls) {}

    private Run run(String input, String... args) throws Exception {
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of("/bin/sh", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.remove("GIAMNGHEO_JAVA_OPTS");
        env.put("JAVA_HOME", dir.resolve("jdk").toString());
        env.put("GIAMNGHEO_JAR", jar.toString());
        env.put("GIAMNGHEO_CACHE", cache.toString());
        env.put("FAKE_LOG", log.toString());
        env.putAll(extra);
        Path err = dir.resolve("err.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> calls = Files.exists(log)
                ? Files.readAllLines(log).stream()
                        .filter(l -> l.startsWith("CALL"))
                        .toList()
                : List.of();
        return new Run(p.exitValue(), out, Files.readString(err), calls);
    }
}
