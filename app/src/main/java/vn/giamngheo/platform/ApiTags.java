package vn.giamngheo.platform;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several controllers share one tag (the review's steps, documents and imports are all "Reviews"),
 * each with its own description; OpenAPI allows a tag name once, so their descriptions are joined.
 */
final class ApiTags {
    private ApiTags() {}

    static List<Tag> merged(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag kept = byName.get(tag.getName());
            if (kept == null) {
                byName.put(tag.getName(), new Tag().name(tag.getName()).description(tag.getDescription()));
            } else if (tag.getDescription() != null && !tag.getDescription().isBlank()) {
                kept.description(
                        kept.getDescription() == null || kept.getDescription().isBlank()
                                ? tag.getDescription()
                                : kept.getDescription() + "; " + tag.getDescription());
            }
        }
        return new ArrayList<>(byName.values());
    }
}
