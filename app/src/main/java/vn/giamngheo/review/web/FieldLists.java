package vn.giamngheo.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.standard.ExchangeFields;

/**
 * The field list as the offline survey app draws its form from it (docs/decisions/1160): each
 * household, member and dwelling field with its kind and the codes it takes. The page carries it
 * (the service worker keeps the page), so the app holds no list of its own and works offline.
 */
final class FieldLists {
    private FieldLists() {}

    static Map<String, Object> all() {
        Map<String, Object> lists = new LinkedHashMap<>();
        lists.put("household", fields(ExchangeFields.HOUSEHOLD));
        lists.put("member", fields(ExchangeFields.MEMBER));
        lists.put("dwelling", fields(ExchangeFields.DWELLING));
        return lists;
    }

    private static List<Map<String, Object>> fields(List<ExchangeFields.Field> fields) {
        return fields.stream()
                .map(f -> Map.<String, Object>of(
                        "name", f.name(), "kind", f.kind().name(), "codes", f.codeNames()))
                .toList();
    }
}
