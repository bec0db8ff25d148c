package vn.giamngheo.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The calls of a name in the main sources, with their top-level arguments as written: enough of a
 * reader of Java to check what is passed to problems and refusals without compiling anything.
 */
final class SourceCalls {
    static final Path MAIN = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One call: where it is and its arguments (source text, trimmed). */
    record Call(String file, int line, String name, List<String> args) {
        @Override
        public String toString() {
            return file + ":" + line + " " + name + args;
        }
    }

    private SourceCalls() {}

    static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every call of {@code name} (e.g. "Message.of", "new NotFound") in the main sources. */
    static List<Call> of(String name) {
        Pattern call = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\s*\\(");
        List<Call> calls = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = withoutComments(read(file));
            Matcher m = call.matcher(text);
            while (m.find()) {
                List<String> args = arguments(text, m.end());
                if (args != null) {
                    int line = (int) text.substring(0, m.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count()
                            + 1;
                    calls.add(new Call(MAIN.relativize(file).toString(), line, name, args));
                }
            }
        }
        return calls;
    }

    /** The string literals an argument holds (the text between the quotes). */
    static List<String> literals(String arg) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(arg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Whether the argument is one string literal and nothing else. */
    static boolean isLiteral(String arg) {
        return LITERAL.matcher(arg).matches();
    }

    private static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = closingQuote(text, i);
                current.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '\'') {
                int end = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
                current.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        args.add(current.toString().strip());
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return null;
    }

    private static int closingQuote(String text, int open) {
        if (text.startsWith("\"\"\"", open)) {
            return text.indexOf("\"\"\"", open + 3) + 2;
        }
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = closingQuote(text, i);
                out.append(text, i, end + 1);
                i = end;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                for (int k = i; k < end + 2; k++) {
                    if (text.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = end + 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
