package vn.giamngheo.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem, refusal or notice as a value: a stable code and its arguments, worded in the reader's
 * language only at the edge (pages, problem details, files) from the {@code problem.<code>} keys of
 * {@code messages_vi} / {@code messages_en}. The code is part of the API: machines read it, people read
 * the wording. Decision 0103. Serializable: problems travel in a redirect's flash attributes, which
 * live in the session table (decision 1810).
 */
public record Message(String code, List<Object> args) implements java.io.Serializable {
    public Message {
        Objects.requireNonNull(code, "code");
        args = args == null
                ? List.of()
                : List.copyOf(args.stream().map(Message::printable).toList());
    }

    public static Message of(String code, Object... args) {
        return new Message(code, args == null ? List.of() : Arrays.asList(args));
    }

    /** The key in the message bundles. */
    public String key() {
        return "problem." + code;
    }

    /**
     * Arguments are kept as printable values (never null, which the bundles would print as "null"); a
     * message read back from JSON (a stored import error) arrives as a map and becomes a message again.
     */
    private static Object printable(Object arg) {
        if (arg instanceof java.util.Map<?, ?> map && map.get("code") instanceof String code) {
            return new Message(code, map.get("args") instanceof List<?> list ? List.copyOf(list) : List.of());
        }
        return arg == null ? "" : arg;
    }

    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
