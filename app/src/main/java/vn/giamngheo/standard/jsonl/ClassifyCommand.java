package vn.giamngheo.standard.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.shared.CliCommand;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.ReferenceStandards;
import vn.giamngheo.standard.StandardJson;

/**
 * {@code java -jar giamngheo.jar classify --standard ID [--input FILE]}: reads household lines
 * (stdin without {@code --input}) and writes one result or error line per non-blank line to stdout.
 * Runs before Spring starts and without the database, so it knows the national standards as
 * shipped ({@link ReferenceStandards}); {@code --standard-file} classifies with a standard exported
 * as JSON (a local one, or a corrected version). Exit code 0 when it ran, even with error lines;
 * 2 when it cannot run (bad arguments, unknown standard, unreadable file); 1 when writing fails.
 */
public final class ClassifyCommand implements CliCommand {
    static final String USAGE = """
            usage: classify --standard ID [--input FILE]
                   classify --standard-file STANDARD.json [--input FILE]
              --standard ID      one of %s
              --standard-file F  a standard as JSON (as GET /api/v1/standards/{id} shows it)
              --input FILE       household lines (JSON Lines, UTF-8); stdin when absent
              --threads N        classifying threads (default: the number of processors)
            Writes one result line per household line to stdout (blank lines are skipped),
            an error line {"ref":...,"error":...} for a line that cannot be read.""";

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("classify: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        if (options.help()) {
            out.println(usage());
            return 0;
        }
        Optional<PovertyStandard> standard = standard(options, err);
        if (standard.isEmpty()) {
            return 2;
        }
        InputStream input = in;
        if (options.input() != null) {
            try {
                input = Files.newInputStream(Path.of(options.input()));
            } catch (NoSuchFileException e) {
                err.println("classify: cannot read " + options.input() + ": no such file");
                return 2;
            } catch (IOException | RuntimeException e) {
                err.println("classify: cannot read " + options.input() + ": " + e.getMessage());
                return 2;
            }
        }
        try (InputStream source = input) {
            JsonLinesClassification.Summary summary =
                    new JsonLinesClassification(standard.get(), options.threads()).run(source, out);
            if (out.checkError()) {
                err.println("classify: writing the results failed");
                return 1;
            }
            err.println("classify: " + summary.lines() + " lines, " + summary.classified() + " classified, "
                    + summary.errors() + " errors (" + standard.get().id() + " version "
                    + standard.get().version()
                    + ")");
            return 0;
        } catch (IOException e) {
            err.println("classify: " + e.getMessage());
            return 1;
        }
    }

    private static Optional<PovertyStandard> standard(Options options, PrintStream err) {
        if (options.standardFile() != null) {
            try (InputStream json = Files.newInputStream(Path.of(options.standardFile()))) {
                List<PovertyStandard> read = StandardJson.read(json);
                if (read.size() != 1) {
                    err.println(
                            "classify: " + options.standardFile() + " holds " + read.size() + " standards, not one");
                    return Optional.empty();
                }
                return Optional.of(read.get(0));
            } catch (IOException e) {
                err.println("classify: cannot read " + options.standardFile() + ": " + e.getMessage());
            } catch (InvalidInput e) {
                err.println("classify: " + options.standardFile() + " is not a valid standard: " + e.getMessage());
            }
            return Optional.empty();
        }
        Optional<PovertyStandard> found = ReferenceStandards.find(options.standard());
        if (found.isEmpty()) {
            err.println("classify: unknown standard " + options.standard() + "; known: "
                    + String.join(", ", ReferenceStandards.ids())
                    + " (for a local standard, save GET /api/v1/standards/{id} and use --standard-file)");
        }
        return found;
    }

    private static String usage() {
        return USAGE.formatted(String.join(", ", ReferenceStandards.ids()));
    }

    /** The command's arguments: {@code --name value} or {@code --name=value}. */
    record Options(String standard, String standardFile, String input, int threads, boolean help) {
        static Options parse(String[] args) {
            String standard = null;
            String standardFile = null;
            String input = null;
            int threads = Runtime.getRuntime().availableProcessors();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "-h", "--help" -> {
                        return new Options(null, null, null, 1, true);
                    }
                    case "--standard", "--standard-file", "--input", "--threads" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(arg + " needs a value");
                            }
                            value = args[++i];
                        }
                        if (value.isBlank()) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        switch (arg) {
                            case "--standard" -> standard = value;
                            case "--standard-file" -> standardFile = value;
                            case "--threads" -> threads = threads(value);
                            default -> input = value;
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if ((standard == null) == (standardFile == null)) {
                throw new IllegalArgumentException("give either --standard or --standard-file");
            }
            return new Options(standard, standardFile, input, threads, false);
        }

        private static int threads(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1 && n <= 64) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--threads needs a number from 1 to 64, not " + value);
        }
    }
}
