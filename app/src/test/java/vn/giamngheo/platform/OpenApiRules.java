package vn.giamngheo.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The rules of Redocly's "recommended" set that matter for a generated client, checked on an OpenAPI
 * document as JSON: every operation has a summary, a security requirement naming declared schemes, a
 * 4xx and a 2xx response, a unique URL-safe operationId and its path parameters; every {@code $ref}
 * resolves; every component is used; no two paths are the same but for parameter names. Each
 * violation is one line naming the operation (or component) and the rule, as Redocly words it.
 */
final class OpenApiRules {
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9\\-._~]+");
    private static final String LOCAL_REF = "#/components/";

    private OpenApiRules() {}

    static List<String> violations(JsonNode document) {
        List<String> out = new ArrayList<>();
        Set<String> schemes = names(document.path("components").path("securitySchemes"));
        JsonNode globalSecurity = document.path("security");
        Map<String, String> operationIds = new HashMap<>();
        Map<String, String> shapes = new HashMap<>();
        Set<String> usedSchemes = new HashSet<>();
        usedSchemes.addAll(schemesOf(globalSecurity));
        for (String path : document.path("paths").propertyNames()) {
            JsonNode item = document.path("paths").path(path);
            String shape = PATH_PARAMETER.matcher(path).replaceAll("{}");
            String before = shapes.put(shape, path);
            if (before != null) {
                out.add(path + ": no-ambiguous-paths: same as " + before);
            }
            for (String method : item.propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode op = item.path(method);
                String where = method.toUpperCase() + " " + path;
                if (op.path("summary").asString("").isBlank()) {
                    out.add(where + ": operation-summary: no summary");
                }
                JsonNode security = op.has("security") ? op.path("security") : globalSecurity;
                if (!security.isArray() || security.isEmpty()) {
                    out.add(where + ": security-defined: no security requirement");
                }
                for (String scheme : schemesOf(op.path("security"))) {
                    usedSchemes.add(scheme);
                }
                for (String scheme : schemesOf(security)) {
                    if (!schemes.contains(scheme)) {
                        out.add(where + ": security-defined: scheme " + scheme + " is not declared");
                    }
                }
                Set<String> statuses = names(op.path("responses"));
                if (statuses.stream().noneMatch(s -> s.startsWith("4"))) {
                    out.add(where + ": operation-4xx-response: no 4xx response");
                }
                if (statuses.stream().noneMatch(s -> s.startsWith("2"))) {
                    out.add(where + ": operation-2xx-response: no 2xx response");
                }
                String id = op.path("operationId").asString("");
                if (id.isEmpty()) {
                    out.add(where + ": operation-operationId: no operationId");
                } else {
                    if (!URL_SAFE.matcher(id).matches()) {
                        out.add(where + ": operation-operationId-url-safe: " + id);
                    }
                    String other = operationIds.put(id, where);
                    if (other != null) {
                        out.add(where + ": operation-operationId-unique: " + id + " also names " + other);
                    }
                }
                Set<String> declared = new HashSet<>();
                collectPathParameters(document, item.path("parameters"), declared);
                collectPathParameters(document, op.path("parameters"), declared);
                Matcher m = PATH_PARAMETER.matcher(path);
                while (m.find()) {
                    if (!declared.contains(m.group(1))) {
                        out.add(where + ": path-parameters-defined: {" + m.group(1) + "} is not a parameter");
                    }
                }
            }
        }
        Set<String> refs = new HashSet<>();
        collectRefs(document, refs);
        for (String ref : refs) {
            if (!ref.startsWith(LOCAL_REF) || resolve(document, ref).isMissingNode()) {
                out.add(ref + ": no-unresolved-refs: does not resolve");
            }
        }
        JsonNode components = document.path("components");
        for (String kind : components.propertyNames()) {
            for (String name : components.path(kind).propertyNames()) {
                boolean used = kind.equals("securitySchemes")
                        ? usedSchemes.contains(name)
                        : refs.contains(LOCAL_REF + kind + "/" + name);
                if (!used) {
                    out.add(LOCAL_REF + kind + "/" + name + ": no-unused-components: never referenced");
                }
            }
        }
        return out;
    }

    private static Set<String> names(JsonNode object) {
        return new HashSet<>(object.propertyNames());
    }

    private static Set<String> schemesOf(JsonNode requirements) {
        Set<String> out = new HashSet<>();
        for (JsonNode requirement : requirements) {
            out.addAll(requirement.propertyNames());
        }
        return out;
    }

    private static void collectPathParameters(JsonNode document, JsonNode parameters, Set<String> into) {
        for (JsonNode p : parameters) {
            JsonNode parameter =
                    p.has("$ref") ? resolve(document, p.path("$ref").asString()) : p;
            if ("path".equals(parameter.path("in").asString(""))) {
                into.add(parameter.path("name").asString());
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                into.add(ref.asString());
            }
            for (String name : node.propertyNames()) {
                collectRefs(node.get(name), into);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collectRefs(element, into);
            }
        }
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        return ref.startsWith("#") ? document.at(ref.substring(1)) : MissingNode.getInstance();
    }
}
