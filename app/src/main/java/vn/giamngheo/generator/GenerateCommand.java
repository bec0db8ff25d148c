package vn.giamngheo.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import vn.giamngheo.shared.CliCommand;

/**
 * {@code java -jar giamngheo.jar generate --households N [--seed S] [--year Y] [--out FILE] [--units
 * FILE]}: synthetic households as JSON Lines, deterministic for the same arguments.
 */
public final class GenerateCommand implements CliCommand {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final long MAX_HOUSEHOLDS = 100_000_000L;
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2035;

    static final String USAGE = """
            Usage: java -jar giamngheo.jar generate --households N [options]

            Writes N synthetic households as JSON Lines in the household exchange format
            (one household a line, UTF-8). The same arguments always give the same bytes.

              --households N   number of households, 0 to 100000000 (required)
              --seed S         any 64-bit integer (default 1); another seed, other households
              --year Y         review year %d-%d (default 2025): ages and poverty as in that year;
                               the same seed in another year shows the same people
              --out FILE       write to FILE instead of standard output
              --units FILE     also write the administrative units used, as admin-unit CSV
                               (code,name,kind,level,parent_code,valid_from)
              --help           print this text

            Households sit in the demo provinces (Thanh Hóa, Kon Tum, Thái Nguyên). Beyond
            %,d households, synthetic districts "Huyện Tổng hợp NN" of 25 communes
            ("Xã/Thị trấn Tổng hợp NNN") are added to Thanh Hóa until it holds %,d
            households; beyond %,d households, synthetic provinces "Tỉnh Tổng hợp NN"
            (codes tinh-tong-hop-NN) follow, each built the same way up to about %,d
            households. The places depend on N only, never on the seed. A household's ref is
            <province>/<district>/<commune>/<village>/<number>, e.g.
            thanh-hoa/tho-xuan/xuan-bai/03/0042; the first four parts are the village's code.
            """;

    private static String usage() {
        return String.format(
                Locale.ROOT,
                USAGE,
                FIRST_YEAR,
                LAST_YEAR,
                Places.demoCapacity(),
                Places.thanhHoaCapacity(),
                Places.thanhHoaFullAt(),
                Places.PROVINCE_HOUSEHOLDS);
    }

    /** Parsed arguments. */
    record Options(long households, long seed, int year, Path out, Path units) {}

    /** A bad command line, with the message to show. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                out.print(usage());
                return EXIT_OK;
            }
        }
        Options options;
        try {
            options = parse(args);
        } catch (UsageError e) {
            err.println("generate: " + e.getMessage());
            err.println("Try 'generate --help'.");
            return EXIT_USAGE;
        }
        long started = System.nanoTime();
        Generation.Summary summary;
        try {
            if (options.units() != null) {
                try (Writer units = Files.newBufferedWriter(options.units(), StandardCharsets.UTF_8)) {
                    Generation.units(options.households(), units);
                }
            }
            if (options.out() == null) {
                summary = Generation.households(options.households(), options.seed(), options.year(), out);
            } else {
                try (OutputStream file = Files.newOutputStream(options.out())) {
                    summary = Generation.households(options.households(), options.seed(), options.year(), file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("generate: cannot write: " + describe(cause));
            return EXIT_FAILED;
        }
        if (out.checkError()) {
            err.println("generate: standard output could not be written");
            return EXIT_FAILED;
        }
        if (options.out() != null) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(
                    Locale.ROOT,
                    "generate: %,d households, %,d bytes in %.1f s (%,.0f households/s) -> %s%n",
                    summary.households(),
                    summary.bytes(),
                    seconds,
                    summary.households() / Math.max(seconds, 1e-9),
                    options.out());
        }
        return EXIT_OK;
    }

    static Options parse(String[] args) throws UsageError {
        Long households = null;
        Long seed = null;
        Integer year = null;
        Path out = null;
        Path units = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!name.equals("--households")
                    && !name.equals("--seed")
                    && !name.equals("--year")
                    && !name.equals("--out")
                    && !name.equals("--units")) {
                throw new UsageError(
                        arg.startsWith("-") ? "unknown option " + name : "unexpected argument '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageError(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--households" -> households = once(households, name, number(name, value, 0, MAX_HOUSEHOLDS));
                case "--seed" -> seed = once(seed, name, number(name, value, Long.MIN_VALUE, Long.MAX_VALUE));
                case "--year" -> year = once(year, name, (int) number(name, value, FIRST_YEAR, LAST_YEAR));
                case "--out" -> out = once(out, name, path(name, value));
                default -> units = once(units, name, path(name, value));
            }
        }
        if (households == null) {
            throw new UsageError("--households N is required");
        }
        if (out != null && out.equals(units)) {
            throw new UsageError("--out and --units name the same file");
        }
        return new Options(households, seed == null ? 1 : seed, year == null ? 2025 : year, out, units);
    }

    private static <T> T once(T previous, String name, T value) throws UsageError {
        if (previous != null) {
            throw new UsageError(name + " is given twice");
        }
        return value;
    }

    private static long number(String name, String value, long min, long max) throws UsageError {
        long n;
        try {
            n = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageError(name + " expects a whole number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new UsageError(name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    private static Path path(String name, String value) throws UsageError {
        if (value.isBlank()) {
            throw new UsageError(name + " needs a file name");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageError(name + ": '" + value + "' is not a valid file name");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder for " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** For running without the application jar's launcher (benchmarks, tests in a separate JVM). */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false);
        int code = new GenerateCommand().run(args, System.in, out, System.err);
        out.flush();
        System.exit(code);
    }
}
