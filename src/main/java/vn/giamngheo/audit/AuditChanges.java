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
final class AuditChanges {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 140;

    /** One changed field; a value is null when the field was absent or empty on that side. */
    record Change(String field, String before, String after) {}

    private AuditChanges() {}

    static List<Change> of(String before, String after) {
        JsonNode b = read(before);
        JsonNode a = read(after);
        List<Change> changes = new ArrayList<>();
        if (!(b == null || b.isObject()) || !(a == null || a.isObject())) {
            if (!Objects.equals(text(b), text(a))) {
                changes.add(new Change("", text(b), text(a)));
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
            String x = text(b == null ? null : b.get(f));
            String y = text(a == null ? null : a.get(f));
            if (!Objects.equals(x, y)) {
                changes.add(new Change(f, x, y));
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
        if (s.isEmpty() || s.equals("[]") || s.equals("{}")) {
            return null;
        }
        return s.length() > LONGEST ? s.substring(0, LONGEST) + "…" : s;
    }
}
