package vn.giamngheo.planning;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Reads a reviewed plan from its JSON, answering a value of the wrong type ("kind": "WEEKLY",
 * "month": "tư") with the field it is in, as a validation problem rather than a parse error.
 */
@Component
class DraftReader {
    private final JsonMapper json;

    DraftReader(JsonMapper json) {
        this.json = json;
    }

    PlanDraft read(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidInput.of("body", Message.of("plan.bodyMissing"));
        }
        try {
            PlanDraft d = json.readValue(body, PlanDraft.class);
            if (d == null) {
                throw InvalidInput.of("body", Message.of("plan.bodyNotObject"));
            }
            return d;
        } catch (JacksonException e) {
            throw InvalidInput.of(
                    InvalidInput.Problem.of(field(e), "plan.bodyUnreadable").at(line(e), ""));
        }
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    static String field(JacksonException e) {
        StringBuilder f = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                f.append(f.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                f.append('[').append(r.getIndex()).append(']');
            }
        }
        return f.isEmpty() ? "body" : f.toString();
    }

    private static int line(JacksonException e) {
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                return r.getIndex() + 1;
            }
        }
        return 0;
    }
}
