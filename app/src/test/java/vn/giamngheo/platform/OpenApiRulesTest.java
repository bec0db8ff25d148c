package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rule checker of the contract test finds what it is meant to find, on small documents. */
class OpenApiRulesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode doc(String json) {
        return JSON.readTree(json.replace('\'', '"'));
    }

    private static final String GOOD = """
            {'openapi':'3.1.0','security':[{'basic':[]}],
             'components':{'securitySchemes':{'basic':{'type':'http','scheme':'basic'}},
               'schemas':{'Unit':{'type':'object'}},
               'responses':{'NotFound':{'description':'no such unit'}}},
             'paths':{'/units/{id}':{'get':{'operationId':'getUnit','summary':'One unit',
               'parameters':[{'name':'id','in':'path','required':true,'schema':{'type':'integer'}}],
               'responses':{'200':{'description':'ok','content':{'application/json':{'schema':{'$ref':'#/components/schemas/Unit'}}}},
                            '404':{'$ref':'#/components/responses/NotFound'}}}}}}
            """;

    @Test
    void aDocumentFollowingTheRulesHasNoViolation() {
        assertThat(OpenApiRules.violations(doc(GOOD))).isEmpty();
    }

    @Test
    void aMissingSummaryAndA4xxResponseAreFound() {
        String bad = GOOD.replace("'summary':'One unit',", "")
                .replaceAll(",\\s*'404':\\{'\\$ref':'#/components/responses/NotFound'}", "");
        assertThat(OpenApiRules.violations(doc(bad)))
                .containsExactlyInAnyOrder(
                        "GET /units/{id}: operation-summary: no summary",
                        "GET /units/{id}: operation-4xx-response: no 4xx response",
                        "#/components/responses/NotFound: no-unused-components: never referenced");
    }

    @Test
    void noSecurityOrAnUndeclaredSchemeIsFound() {
        assertThat(OpenApiRules.violations(doc(GOOD.replace("'security':[{'basic':[]}],", ""))))
                .contains(
                        "GET /units/{id}: security-defined: no security requirement",
                        "#/components/securitySchemes/basic: no-unused-components: never referenced");
        assertThat(OpenApiRules.violations(doc(GOOD.replace("[{'basic':[]}]", "[{'cookie':[]}]"))))
                .contains("GET /units/{id}: security-defined: scheme cookie is not declared");
    }

    @Test
    void anUnresolvedRefAnUndeclaredPathParameterAndARepeatedOperationIdAreFound() {
        String bad = GOOD.replace("schemas/Unit'", "schemas/Unknown'")
                .replace("'name':'id'", "'name':'unitId'")
                .replace(
                        "'paths':{",
                        "'paths':{'/units/{unitId}':{'delete':{'operationId':'getUnit','summary':'x',"
                                + "'parameters':[{'name':'unitId','in':'path','required':true}],"
                                + "'responses':{'204':{'description':'gone'},'404':{'$ref':'#/components/responses/NotFound'}}}},");
        assertThat(OpenApiRules.violations(doc(bad)))
                .contains(
                        "#/components/schemas/Unknown: no-unresolved-refs: does not resolve",
                        "#/components/schemas/Unit: no-unused-components: never referenced",
                        "GET /units/{id}: path-parameters-defined: {id} is not a parameter",
                        "GET /units/{id}: operation-operationId-unique: getUnit also names DELETE /units/{unitId}",
                        "/units/{id}: no-ambiguous-paths: same as /units/{unitId}");
    }
}
