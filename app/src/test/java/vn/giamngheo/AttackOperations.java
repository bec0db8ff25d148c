package vn.giamngheo;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import tools.jackson.databind.JsonNode;

/**
 * The operations the attack suite calls, read from the application itself so that a new endpoint is
 * covered without editing the suite: the OpenAPI document for {@code /api/v1}, the request mappings
 * for pages.
 */
final class AttackOperations {

    enum Kind {
        ID,
        INTEGER,
        NUMBER,
        BOOLEAN,
        DATE,
        TEXT,
        ENUM
    }

    record Param(String name, boolean inPath, Kind kind, String example, boolean required) {}

    /** One operation: a JSON body is described by its top-level properties (name → kind). */
    record Op(String method, String path, boolean api, List<Param> params, Map<String, Kind> body, boolean hasBody) {
        boolean write() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Pages the suite must not call: they end the session or are the login form itself. */
    private static final Set<String> SKIPPED_PAGES = Set.of("/logout", "/login");

    private AttackOperations() {}

    static List<Op> fromOpenApi(JsonNode doc) {
        List<Op> ops = new ArrayList<>();
        JsonNode schemas = doc.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
                String method = m.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters").values()) {
                    String in = p.path("in").asString("");
                    if (!in.equals("path") && !in.equals("query")) {
                        continue;
                    }
                    JsonNode schema = resolve(p.path("schema"), schemas);
                    String name = p.path("name").asString();
                    if (schema.path("type").asString("").equals("object")) {
                        // a query object (paging) spreads into its properties
                        for (Map.Entry<String, JsonNode> prop :
                                schema.path("properties").properties()) {
                            JsonNode ps = resolve(prop.getValue(), schemas);
                            params.add(new Param(prop.getKey(), false, kind(prop.getKey(), ps), example(ps), false));
                        }
                        continue;
                    }
                    params.add(new Param(
                            name,
                            in.equals("path"),
                            kind(name, schema),
                            example(schema),
                            p.path("required").asBoolean(false)));
                }
                JsonNode content = op.path("requestBody").path("content");
                boolean hasBody = !content.isMissingNode() && content.size() > 0;
                Map<String, Kind> body = new java.util.LinkedHashMap<>();
                JsonNode json = content.path("application/json").path("schema");
                if (!json.isMissingNode()) {
                    JsonNode schema = resolve(json, schemas);
                    for (Map.Entry<String, JsonNode> prop :
                            schema.path("properties").properties()) {
                        body.put(prop.getKey(), kind(prop.getKey(), resolve(prop.getValue(), schemas)));
                    }
                }
                boolean multipartOnly =
                        hasBody && content.path("application/json").isMissingNode();
                ops.add(new Op(method, path.getKey(), true, params, body, hasBody && !multipartOnly));
            }
        }
        return ops;
    }

    static List<Op> fromPages(Map<RequestMappingInfo, HandlerMethod> mappings) {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")
                        || SKIPPED_PAGES.contains(pattern)
                        || pattern.contains("openapi")
                        || pattern.startsWith("/swagger")
                        || pattern.startsWith("/api-docs")) {
                    continue;
                }
                List<Param> params = pageParams(e.getValue());
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    ops.add(new Op(m.name(), pattern, false, params, Map.of(), false));
                }
            }
        }
        return ops;
    }

    private static List<Param> pageParams(HandlerMethod handler) {
        List<Param> params = new ArrayList<>();
        for (MethodParameter mp : handler.getMethodParameters()) {
            Class<?> type = mp.getParameterType();
            PathVariable pv = mp.getParameterAnnotation(PathVariable.class);
            RequestParam rp = mp.getParameterAnnotation(RequestParam.class);
            if (MultipartFile.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
                continue;
            }
            String name = pv != null
                    ? first(pv.name(), pv.value(), mp.getParameterName())
                    : rp != null ? first(rp.name(), rp.value(), mp.getParameterName()) : null;
            if (name == null) {
                continue;
            }
            boolean required = pv != null
                    || (rp.required()
                            && rp.defaultValue()
                                    .equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE));
            params.add(new Param(name, pv != null, kind(name, type), example(type), required));
        }
        return params;
    }

    private static String first(String... names) {
        for (String n : names) {
            if (n != null && !n.isEmpty()) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    static boolean idLike(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
    }

    private static Kind kind(String name, JsonNode schema) {
        String type = schema.path("type").asString("");
        if (schema.has("enum")) {
            return Kind.ENUM;
        }
        return switch (type) {
            case "integer" -> idLike(name) ? Kind.ID : Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "string" -> schema.path("format").asString("").equals("date") ? Kind.DATE : Kind.TEXT;
            case "array" -> idLike(name) ? Kind.ID : Kind.TEXT;
            default -> Kind.TEXT;
        };
    }

    private static String example(JsonNode schema) {
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0).asString();
        }
        return null;
    }

    private static Kind kind(String name, Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return idLike(name) ? Kind.ID : Kind.INTEGER;
        }
        if (type == double.class || type == Double.class) {
            return Kind.NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        if (List.class.isAssignableFrom(type)) {
            return idLike(name) ? Kind.ID : Kind.TEXT;
        }
        return Kind.TEXT;
    }

    private static String example(Class<?> type) {
        if (type.isEnum() && type.getEnumConstants().length > 0) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        return null;
    }

    /** A valid-looking value of a parameter; ids take {@code id}. */
    static String value(Param p, long id) {
        return switch (p.kind()) {
            case ID -> String.valueOf(id);
            case INTEGER ->
                p.name().toLowerCase().contains("year")
                        ? "2025"
                        : p.name().equals("page") ? "0" : p.name().equals("month") ? "1" : "10";
            case NUMBER -> "1";
            case BOOLEAN -> "false";
            case DATE -> "2025-01-01";
            case ENUM -> p.example() == null ? "A" : p.example();
            case TEXT -> "a";
        };
    }

    /** A sample of bad values for a parameter of this kind (percent-encoded for a URL). */
    static List<String> malformed(Kind kind) {
        String huge = "x".repeat(20_000);
        List<String> common = List.of("%00", "a%00b", huge, "%F0%9F%98%80");
        return switch (kind) {
            case ID, INTEGER, NUMBER ->
                concat(
                        common,
                        List.of("abc", "-1", "99999999999999999999", "%EF%BC%91", "1.5", "", "-9223372036854775808"));
            case BOOLEAN -> concat(common, List.of("maybe", ""));
            case DATE ->
                concat(common, List.of("2025-02-30", "99999-01-01", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95-01-01", ""));
            case ENUM, TEXT -> concat(common, List.of("", "%27%22%3C%3E"));
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The method name of a handler, for reports. */
    static String describe(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }
}
