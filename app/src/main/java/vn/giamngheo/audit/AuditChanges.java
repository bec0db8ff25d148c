package vn.giamngheo.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's before and after as a person reads them: the fields that changed, each with its
 * value before and after (a nested value as short text), instead of two JSON documents.
 */
public final class AuditChanges {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 140;

    /**
     * One changed field; a value is null when the field was absent or empty on that side; {@code
     * nested}: a list or record changed (members, a survey), told as changed rather than dumped.
     */
    public record Change(String field, String before, String after, boolean nested) {}

    private AuditChanges() {}

    public static List<Change> of(String before, String after) {
        JsonNode b = read(before);
        JsonNode a = read(after);
        List<Change> changes = new ArrayList<>();
        if (!(b == null || b.isObject()) || !(a == null || a.isObject())) {
            if (!Objects.equals(text(b), text(a))) {
                changes.add(new Change("", text(b), text(a), false));
            }
            return changes;
        }
        Set<String> fields = new LinkedHashSet<>();
        if (b != null) {
            fields.addAll(b.propertyNames());
        }
        if (a != null) {
            fields.addAll(a.propertyNames());
        }
        for (String f : fields) {
            JsonNode bx = b == null ? null : b.get(f);
            JsonNode ay = a == null ? null : a.get(f);
            String x = text(bx);
            String y = text(ay);
            if (!Objects.equals(x, y)) {
                boolean nested = (bx != null && (bx.isObject() || bx.isArray()))
                        || (ay != null && (ay.isObject() || ay.isArray()));
                changes.add(nested ? new Change(f, null, null, true) : new Change(f, x, y, false));
            }
        }
        return changes;
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(json);
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        String s = n.isValueNode() ? n.asString() : n.toString();
        if (s.isEmpty() || s.equals("[]") || s.equals("{}") || s.equals("null")) {
            return null;
        }
        return s.length() > LONGEST ? s.substring(0, LONGEST) + "…" : s;
    }
}
