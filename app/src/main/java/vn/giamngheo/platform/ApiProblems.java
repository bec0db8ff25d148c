package vn.giamngheo.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problem details of {@link ApiErrors} as OpenAPI components: the {@code Problem} schema
 * (with {@code errors[]}: line, record, field, stable code, arguments and wording, decision 0103) and
 * one shared response per status.
 */
final class ApiProblems {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";
    static final String ERROR_SCHEMA = "ProblemError";
    static final String INPUT_PROBLEM = "InputProblem";

    /** Status → name of the shared response in {@code components.responses}, in document order. */
    static final Map<String, String> RESPONSES = orderedResponses();

    private ApiProblems() {}

    private static Map<String, String> orderedResponses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("400", "InvalidInput");
        m.put("401", "NotAuthenticated");
        m.put("403", "Forbidden");
        m.put("404", "NotFound");
        m.put("409", "Conflict");
        return m;
    }

    static String ref(String response) {
        return "#/components/responses/" + response;
    }

    static Schema<?> schemaRef() {
        return new Schema<>().$ref("#/components/schemas/" + SCHEMA);
    }

    static void declare(Components components) {
        keepGeneratedProblemApart(components);
        components.addSchemas(ERROR_SCHEMA, errorSchema()).addSchemas(SCHEMA, problemSchema());
        components
                .addResponses(
                        "InvalidInput",
                        problem(
                                "The input cannot be accepted; every problem is listed and nothing is stored",
                                example(
                                        400,
                                        "Invalid input",
                                        "Dòng 3, hộ H-002, trường members[0].birthYear: năm sinh không hợp lệ",
                                        List.of(Map.of(
                                                "line", 3,
                                                "ref", "H-002",
                                                "field", "members[0].birthYear",
                                                "code", "household.birthYear",
                                                "args", List.of("1890"),
                                                "reason", "năm sinh không hợp lệ")))))
                .addResponses(
                        "NotAuthenticated",
                        new ApiResponse()
                                .description("Not authenticated: send HTTP Basic credentials or the session cookie")
                                .addHeaderObject(
                                        "WWW-Authenticate",
                                        new Header()
                                                .description("The Basic challenge")
                                                .schema(new StringSchema().example("Basic realm=\"giamngheo\""))))
                .addResponses(
                        "Forbidden",
                        problem(
                                "Outside the caller's jurisdiction or not permitted to the caller's roles (audited)",
                                example(403, "Outside your jurisdiction", "Ngoài địa bàn được giao", List.of())))
                .addResponses(
                        "NotFound",
                        problem("No such record", example(404, "Not Found", "Không tìm thấy bản ghi", List.of())))
                .addResponses(
                        "Conflict",
                        problem(
                                "Someone else saved the record after the version sent; reload and apply again",
                                example(409, "Changed by someone else", "Bản ghi đã được người khác sửa", List.of())));
    }

    /**
     * springdoc names the schema of {@code shared.InvalidInput.Problem} (listed by import jobs)
     * {@code Problem} too; it becomes {@code InputProblem} so that the two never overwrite each other.
     */
    private static void keepGeneratedProblemApart(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(SCHEMA)) {
            return;
        }
        components.addSchemas(INPUT_PROBLEM, components.getSchemas().remove(SCHEMA));
        components.getSchemas().values().forEach(ApiProblems::relink);
    }

    private static void relink(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (("#/components/schemas/" + SCHEMA).equals(schema.get$ref())) {
            schema.set$ref("#/components/schemas/" + INPUT_PROBLEM);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiProblems::relink);
        }
        relink(schema.getItems());
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(ApiProblems::relink);
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            relink(values);
        }
    }

    private static ApiResponse problem(String description, Example example) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                MEDIA_TYPE, new MediaType().schema(schemaRef()).addExamples("problem", example)));
    }

    private static Example example(int status, String title, String detail, List<Map<String, Object>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", "/api/v1/households/42");
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return new Example().value(body);
    }

    private static Schema<?> problemSchema() {
        Schema<?> s = new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().description("A URI naming the kind of problem"))
                .addProperty("title", new StringSchema().description("Short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty(
                        "detail",
                        new StringSchema().description("The first problem, worded in the language of Accept-Language"))
                .addProperty("instance", new StringSchema().description("The request path"))
                .addProperty(
                        "code",
                        new StringSchema().description("Stable machine-readable code of the problem, when it has one"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))
                                .description("Every problem found in the input (400 only)"));
        s.setRequired(List.of("status"));
        return s;
    }

    private static Schema<?> errorSchema() {
        Schema<?> s = new ObjectSchema()
                .description("One problem with the input: where it is and what it is (decision 0103)")
                .addProperty(
                        "line",
                        new IntegerSchema().description("1-based line of a file; 0 when the input has no lines"))
                .addProperty(
                        "ref", new StringSchema().description("The record: a household's ref or code; empty when none"))
                .addProperty("field", new StringSchema().description("The field, e.g. members[0].birthYear"))
                .addProperty(
                        "code", new StringSchema().description("Stable code of the problem, e.g. household.birthYear"))
                .addProperty(
                        "args",
                        new ArraySchema()
                                .items(new Schema<>().description("An argument of the wording"))
                                .description("The arguments the wording takes"))
                .addProperty("reason", new StringSchema().description("The problem worded in the request's language"));
        s.setRequired(List.of("line", "field", "code", "reason"));
        return s;
    }
}
