package vn.giamngheo.shared;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * A command run by {@code java -jar giamngheo.jar NAME …} without starting the web server or the
 * database (for example {@code classify}). Implementations are listed in
 * {@code META-INF/services/vn.giamngheo.shared.CliCommand}.
 */
public interface CliCommand {
    String name();

    /** Runs with the arguments after the command name; returns the process exit code. */
    int run(String[] args, InputStream in, PrintStream out, PrintStream err);
}
