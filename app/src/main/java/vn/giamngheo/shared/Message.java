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
     * Days and instants become text here, as Vietnamese pages write them (01/07/2025, 01/07/2025 14:05
     * in Vietnam's time): a message is often stored as JSON and read back later, where a date would
     * come back as ISO text ("2025-07-01") no wording could recognise any more.
     */
    private static Object printable(Object arg) {
        if (arg instanceof java.util.Map<?, ?> map && map.get("code") instanceof String code) {
            return new Message(code, map.get("args") instanceof List<?> list ? List.copyOf(list) : List.of());
        }
        if (arg instanceof java.time.LocalDate day) {
            return DAY.format(day);
        }
        if (arg instanceof java.time.LocalDateTime time) {
            return MINUTE.format(time);
        }
        if (arg instanceof java.time.Instant instant) {
            return MINUTE.format(instant.atZone(VIETNAM));
        }
        if (arg instanceof java.time.ZonedDateTime || arg instanceof java.time.OffsetDateTime) {
            return MINUTE.format(((java.time.temporal.TemporalAccessor) arg));
        }
        return arg == null ? "" : arg;
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
