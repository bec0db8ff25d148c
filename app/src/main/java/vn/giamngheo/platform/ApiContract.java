package vn.giamngheo.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * What every operation of {@code /api/v1} shares, declared once in the OpenAPI document so that a
 * generated client knows it: how to authenticate (HTTP Basic for scripts, the session cookie of the
 * pages), and the RFC 9457 problem details the API answers with ({@link ApiErrors}). Summaries stay on
 * each operation. See docs/decisions/1122-openapi-contract.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {
    static final String BASIC = "basicAuth";
    static final String SESSION = "sessionCookie";

    static {
        // A JSON value taken or given as it is (a survey's input): any JSON, not Jackson's node type.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
    }

    @Bean
    OpenApiCustomizer sharedSecurityAndProblems() {
        return ApiContract::declare;
    }

    /**
     * operationIds from the controller and its method ({@code AdminUnitApi.search} →
     * {@code adminUnitSearch}): stable from one build to the next, unlike springdoc's numbered
     * {@code get_3}, so the method names of a generated client stay put.
     */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> operation.operationId(operationId(
                handler.getBeanType().getSimpleName(), handler.getMethod().getName()));
    }

    static String operationId(String controller, String method) {
        String resource = controller.endsWith("Api") ? controller.substring(0, controller.length() - 3) : controller;
        return Character.toLowerCase(resource.charAt(0))
                + resource.substring(1)
                + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    static void declare(OpenAPI api) {
        api.info(new Info()
                .title("giamngheo API")
                .version("v1")
                .description("Sustainable poverty reduction for Vietnamese local governments. Every read and"
                        + " write is limited to the caller's jurisdiction; errors are RFC 9457 problem"
                        + " details with stable codes, worded by Accept-Language (Vietnamese by default)."));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components
                .addSecuritySchemes(
                        BASIC,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("Scripts: user name and password of an account"))
                .addSecuritySchemes(
                        SESSION,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("JSESSIONID")
                                .description("Pages: the session of a logged-in user; changes also need the"
                                        + " X-CSRF-TOKEN header of the page"));
        api.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)));
        ApiProblems.declare(components);
        api.tags(ApiTags.merged(api.getTags()));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> shareResponses(path, method, operation)));
    }

    /**
     * The problem responses an operation can give, added where the operation does not document its
     * own: 401 and 403 always (authentication; permission or jurisdiction), 400 when it takes input,
     * 404 when it names a record in its path, 409 when it changes a record that carries a version.
     */
    static void shareResponses(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean namesRecord = path.contains("{");
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        for (Map.Entry<String, String> shared : ApiProblems.RESPONSES.entrySet()) {
            String status = shared.getKey();
            boolean applies = switch (status) {
                case "400" -> takesInput;
                case "404" -> namesRecord;
                case "409" -> changes && namesRecord;
                default -> true;
            };
            if (applies && !responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().$ref(ApiProblems.ref(shared.getValue())));
            } else if (responses.containsKey(status) && responses.get(status).get$ref() == null) {
                ApiResponse own = responses.get(status);
                if (own.getContent() == null || own.getContent().isEmpty()) {
                    own.content(new Content()
                            .addMediaType(ApiProblems.MEDIA_TYPE, new MediaType().schema(ApiProblems.schemaRef())));
                }
            }
        }
    }
}
