package vn.giamngheo.review;

import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.Message;

/**
 * One recorded step change of a campaign: who, when, from, to, forward or back, and why — the reason
 * an official typed, or (a failed village meeting) the reason the system states, kept as a message in
 * the step data so it is worded in the reader's language.
 */
public record StepChange(Step from, Step to, String direction, String reason, String data, Instant at, String by) {
    static final String BECAUSE = "because";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The reason the system stated, or null when an official gave it (or none was needed). */
    public Message because() {
        if (data == null || !data.contains(BECAUSE)) {
            return null;
        }
        Object value = JSON.readValue(data, Map.class).get(BECAUSE);
        return value instanceof Map<?, ?> map && map.get("code") instanceof String code
                ? Message.of(code, map.get("args") instanceof java.util.List<?> args ? args.toArray() : new Object[0])
                : null;
    }
}
