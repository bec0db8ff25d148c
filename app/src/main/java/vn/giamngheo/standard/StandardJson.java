package vn.giamngheo.standard;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.JsonText;
import vn.giamngheo.shared.Message;

/**
 * A standard as JSON: the same shape in the shipped reference data, in the database's {@code jsonb}
 * column and in the API. Strict: an unknown field is an error, so a misspelt correction is refused
 * rather than silently ignored. Plain Jackson, no Spring.
 */
public final class StandardJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private StandardJson() {}

    /** One standard (a JSON object) or several (an array), each checked with {@link PovertyStandard#validated()}. */
    public static List<PovertyStandard> read(InputStream json) throws IOException {
        try {
            JsonNode tree = MAPPER.readTree(json);
            List<PovertyStandard> standards = tree.isArray()
                    ? MAPPER.treeToValue(tree, new TypeReference<List<PovertyStandard>>() {})
                    : List.of(MAPPER.treeToValue(tree, PovertyStandard.class));
            standards.forEach(PovertyStandard::validated);
            return standards;
        } catch (JacksonException e) {
            throw InvalidInput.of(path(e), Message.of("standard.jsonValue"));
        }
    }

    public static PovertyStandard readOne(String json) {
        try {
            PovertyStandard standard = MAPPER.readValue(json, PovertyStandard.class);
            if (standard == null) {
                throw InvalidInput.of("", Message.of("input.unreadable"));
            }
            return standard.validated();
        } catch (JacksonException e) {
            throw InvalidInput.of(path(e), Message.of("standard.jsonValue"));
        }
    }

    public static String write(PovertyStandard standard) {
        return MAPPER.writeValueAsString(standard);
    }

    private static String path(JacksonException e) {
        String path = JsonText.fieldPath(e);
        return path.isEmpty() ? "(standard)" : path;
    }
}
