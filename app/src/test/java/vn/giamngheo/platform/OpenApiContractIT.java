package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;

/**
 * The OpenAPI document of {@code /api/v1} as a contract (docs/decisions/1122-openapi-contract.md):
 * valid under swagger-parser, and free of the violations of Redocly's recommended rules that a
 * generated client would trip over. The document is written to {@code target/openapi.json} so that
 * {@code .ci/openapi-lint} can run Redocly's own linter on it.
 */
class OpenApiContractIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    static String document(int port) {
        Http.Response r = new Http(port).get("/api/v1/openapi", null);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theDocumentIsValidUnderSwaggerParser() throws IOException {
        String json = document(port);
        Files.writeString(Path.of("target", "openapi.json"), json, StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes())
                .containsKeys(ApiContract.BASIC, ApiContract.SESSION);
    }

    @Test
    void everyOperationFollowsTheRecommendedRules() {
        JsonNode document = JsonMapper.builder().build().readTree(document(port));

        assertThat(OpenApiRules.violations(document)).isEmpty();
        assertThat(document.at("/components/schemas/ProblemError/properties").propertyNames())
                .contains("line", "ref", "field", "code", "args", "reason");
    }
}
