package vn.giamngheo.adminunit;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.CliCommand;

/**
 * {@code java -jar giamngheo.jar units-reform [--country|--present] [--dry-run]}: the import of the
 * official lists of the 2025 reform ({@link ReformImport}) on the configured database, without the
 * web server listening to anyone (it starts on a free local port and
 * stops when done); prints the report.
 */
public final class ReformCommand implements CliCommand {
    static final String USAGE = """
            Usage: java -jar giamngheo.jar units-reform [--country | --present] [--dry-run]

            Imports the official administrative unit lists before and after 1 July 2025 with the
            succession of every old unit into the configured database (the embedded one in the
            data folder unless SPRING_DATASOURCE_URL is set). Idempotent.

              --country   both lists in full (default)
              --present   only the old units already in the database and their successors
              --dry-run   report what would change, store nothing
              --help      print this text
            """;

    @Override
    public String name() {
        return "units-reform";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ReformImport.Scope scope = ReformImport.Scope.COUNTRY;
        boolean dryRun = false;
        for (String a : args) {
            switch (a) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--country" -> scope = ReformImport.Scope.COUNTRY;
                case "--present" -> scope = ReformImport.Scope.PRESENT;
                case "--dry-run" -> dryRun = true;
                default -> {
                    err.println("units-reform: unknown argument " + a);
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        Class<?> application;
        try {
            application = Class.forName("vn.giamngheo.GiamNgheoApplication");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("server.port=0", "server.address=127.0.0.1")
                .run()) {
            ReformImport.Report r =
                    context.getBean(ReformImport.class).run(Actor.system("units-reform"), scope, dryRun);
            out.printf(
                    Locale.ROOT,
                    "units-reform %s%s: list 2024 known %d, matched by code %d, created %d; list 2025 known %d,"
                            + " provinces continued %d, created %d; retired %d; successions added %d;"
                            + " legal bases refined %d; villages moved %d; households moved %d; split communes waiting %d; %.1f s%n",
                    scope,
                    dryRun ? " (dry run, nothing stored)" : "",
                    r.oldKnown(),
                    r.oldMatched(),
                    r.oldCreated(),
                    r.newKnown(),
                    r.newContinuing(),
                    r.newCreated(),
                    r.retired(),
                    r.successions(),
                    r.basesRefined(),
                    r.villagesMoved(),
                    r.householdsMoved(),
                    r.splitCommunesWaiting(),
                    r.millis() / 1000.0);
            return 0;
        }
    }
}
