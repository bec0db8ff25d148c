package vn.giamngheo.platform;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import vn.giamngheo.shared.CliCommand;

/**
 * {@code java -jar giamngheo.jar database --data-dir DIR --port N}: the embedded PostgreSQL alone, for
 * several instances of the application to share on one machine (bench/two-instances.sh, decision
 * 1813). Runs until stopped (SIGTERM or Ctrl-C stops the server cleanly).
 */
public final class DatabaseCommand implements CliCommand {
    static final String USAGE = """
            Usage: java -jar giamngheo.jar database --data-dir DIR --port N

            Starts the embedded PostgreSQL on DIR/postgres, listening on localhost:N, and keeps it
            running until stopped. Instances of the application then use it as an external database:
              SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:N/giamngheo
              SPRING_DATASOURCE_USERNAME=postgres
              SPRING_DATASOURCE_PASSWORD=the content of DIR/postgres.password
            """;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Path dataDir = null;
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return 0;
            } else if (a.equals("--data-dir") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (a.equals("--port") && i + 1 < args.length) {
                try {
                    port = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("database: --port needs a number, not " + args[i]);
                    return 2;
                }
            } else {
                err.println("database: unknown argument " + a);
                err.print(USAGE);
                return 2;
            }
        }
        if (dataDir == null || port <= 0) {
            err.print(USAGE);
            return 2;
        }
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(dataDir, port);
        } catch (StartupProblem e) {
            err.println(e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println("PostgreSQL ready: jdbc:postgresql://localhost:" + server.port() + "/"
                + EmbeddedPostgresServer.DATABASE + " (user postgres, password in "
                + dataDir.resolve(DatabasePassword.FILE).toAbsolutePath() + ")");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
