package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The application as a separate process (for kill -9 and environment tests), on the test classpath. */
public final class AppProcess {
    private AppProcess() {}

    public static Process start(Map<String, String> environment, File log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), GiamNgheoApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(environment);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log);
        return pb.start();
    }

    /** Waits until /actuator/health answers UP, failing early if the process dies. */
    public static void awaitHealth(Http http, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("application process died during start")
                    .isTrue();
            try {
                if (http.get("/actuator/health", null).body().contains("UP")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the application did not become healthy within 120 s");
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
