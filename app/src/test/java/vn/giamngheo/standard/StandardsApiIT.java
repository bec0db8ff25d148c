package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;

/** The standards and classification API on the embedded PostgreSQL, through HTTP with Basic auth. */
class StandardsApiIT extends IntegrationTestBase {
    private static final String PASSWORD = "mat-khau-dai-1";
    private static final String H001 = "{\"ref\":\"H-001\",\"area\":\"RURAL\",\"incomePerCapita\":1420000,"
            + "\"deprivations\":[\"HEALTH_INSURANCE\",\"HOUSING_AREA\",\"WATER\"]}";
    private static final String H001_RESULT = "{\"ref\":\"H-001\",\"standard\":\"ND07_2021\",\"standardVersion\":1,"
            + "\"classification\":\"POOR\",\"deprivations\":[\"HEALTH_INSURANCE\",\"HOUSING_AREA\",\"WATER\"],"
            + "\"deprivedCount\":3,\"reasons\":[\"income 1,420,000 ≤ rural line 1,500,000\",\"3 indicators deprived ≥ 3\"],"
            + "\"warnings\":[]}";

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private AdminUnit province;
    private String officer;
    private String reviewer;

    @BeforeEach
    void aProvinceWithItsOfficerAndAVillageReviewer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Actor system = Actor.system("it");
        province = units.create(
                system,
                new NewAdminUnit(null, "T" + suffix, "Thử " + suffix, "Tỉnh", "PROVINCE", LocalDate.of(2025, 7, 1)));
        officer = "officer-" + suffix;
        reviewer = "reviewer-" + suffix;
        users.create(
                system,
                new NewUser(officer, "Cán bộ tỉnh", PASSWORD, Set.of(Role.PROVINCE_OFFICER), List.of(province.id())));
        users.create(
                system,
                new NewUser(reviewer, "Rà soát viên", PASSWORD, Set.of(Role.VILLAGE_REVIEWER), List.of(province.id())));
    }

    private RestClient as(String username) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(username, PASSWORD))
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    private ResponseEntity<String> post(String username, String uri, MediaType type, String body) {
        return as(username)
                .post()
                .uri(uri)
                .contentType(type)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    private ResponseEntity<String> get(String username, String uri) {
        return as(username).get().uri(uri).retrieve().toEntity(String.class);
    }

    private JsonNode tree(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    @Test
    void the_national_standards_are_seeded_and_listed() {
        ResponseEntity<String> response = get(reviewer, "/api/v1/standards");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(tree(response).findValuesAsString("id")).contains("QD59_2015", "ND07_2021", "ND351_2025");
    }

    @Test
    void a_standard_shows_its_values_with_their_provisional_flags() {
        JsonNode nd07 = tree(get(reviewer, "/api/v1/standards/ND07_2021"));
        JsonNode nd351 = tree(get(reviewer, "/api/v1/standards/ND351_2025"));

        assertThat(nd07.at("/lines/rural/line/value").asLong()).isEqualTo(1_500_000);
        assertThat(nd07.at("/lines/rural/line/provisional").asBoolean()).isFalse();
        assertThat(nd07.at("/lines/rural/middleUpper/confidence").asString()).isEqualTo("LIKELY");
        assertThat(nd07.at("/lines/rural/middleUpper/provisional").asBoolean()).isTrue();
        assertThat(nd07.at("/lines/urban/scoreAMax/value").asLong()).isEqualTo(175);
        assertThat(nd351.at("/lines/rural/middleUpper").isNull()).isTrue();
        assertThat(nd351.at("/status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void one_household_as_json_gives_one_result_object() {
        ResponseEntity<String> response =
                post(reviewer, "/api/v1/classifications?standard=ND07_2021", MediaType.APPLICATION_JSON, H001);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(response.getBody()).isEqualTo(H001_RESULT);
    }

    @Test
    void many_households_as_json_lines_give_result_and_error_lines_in_order() {
        String lines =
                H001 + "\n\n{\"ref\":\"H-002\",\"area\":\"RURAL\",\"size\":4}\n" + H001.replace("H-001", "H-003");

        ResponseEntity<String> response = post(
                reviewer,
                "/api/v1/classifications?standard=ND07_2021",
                MediaType.parseMediaType("application/x-ndjson"),
                lines);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().split("\n"))
                .containsExactly(
                        H001_RESULT,
                        "{\"ref\":\"H-002\",\"error\":\"line 3: field size: unknown field\"}",
                        H001_RESULT.replace("H-001", "H-003"));
    }

    @Test
    void a_household_that_cannot_be_read_is_a_400_naming_the_field() {
        ResponseEntity<String> response = post(
                reviewer,
                "/api/v1/classifications?standard=ND07_2021",
                MediaType.APPLICATION_JSON,
                "{\"ref\":\"H\",\"area\":\"RURAL\",\"members\":[{\"age\":\"old\"}]}");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(tree(response).at("/errors/0/field").asString()).isEqualTo("members[0].age");
    }

    @Test
    void an_unknown_standard_is_a_400() {
        ResponseEntity<String> response =
                post(reviewer, "/api/v1/classifications?standard=ND99", MediaType.APPLICATION_JSON, H001);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(tree(response).at("/errors/0/field").asString()).isEqualTo("standard");
    }

    @Test
    void a_province_derives_publishes_and_classifies_with_its_own_higher_standard() {
        String derive =
                "{\"provinceUnitId\":" + province.id() + ",\"name\":\"Chuẩn nghèo riêng\",\"legalBasis\":\"NQ thử\","
                        + "\"lines\":{\"RURAL\":{\"line\":2500000},\"URBAN\":{\"line\":3000000,\"middleUpper\":4000000}}}";
        String localId = "LOCAL_" + province.id() + "_ND07_2021";
        String household = "{\"ref\":\"H-9\",\"area\":\"RURAL\",\"incomePerCapita\":2000000,"
                + "\"deprivations\":[\"WATER\",\"SANITATION\",\"TELECOM\"]}";

        ResponseEntity<String> derived =
                post(officer, "/api/v1/standards/ND07_2021/derive", MediaType.APPLICATION_JSON, derive);
        assertThat(derived.getStatusCode().value()).isEqualTo(201);
        assertThat(tree(derived).at("/status").asString()).isEqualTo("DRAFT");
        assertThat(tree(derived).at("/lines/rural/scoreAMax").isNull()).isTrue();

        assertThat(post(officer, "/api/v1/classifications?standard=" + localId, MediaType.APPLICATION_JSON, household)
                        .getStatusCode()
                        .value())
                .as("a draft is not used for classification")
                .isEqualTo(400);

        ResponseEntity<String> published =
                post(officer, "/api/v1/standards/" + localId + "/publish", MediaType.APPLICATION_JSON, "");
        assertThat(published.getStatusCode().value()).isEqualTo(200);
        assertThat(tree(published).at("/status").asString()).isEqualTo("PUBLISHED");

        ResponseEntity<String> classified =
                post(reviewer, "/api/v1/classifications?standard=" + localId, MediaType.APPLICATION_JSON, household);
        assertThat(tree(classified).at("/classification").asString()).isEqualTo("POOR");
        assertThat(tree(classified).at("/standard").asString()).isEqualTo(localId);

        assertThat(post(officer, "/api/v1/standards/" + localId + "/publish", MediaType.APPLICATION_JSON, "")
                        .getStatusCode()
                        .value())
                .as("publishing twice")
                .isEqualTo(400);
    }

    @Test
    void a_correction_of_a_published_standard_is_a_new_version_and_the_old_one_stays() {
        String localId = "LOCAL_" + province.id() + "_QD59_2015";
        String derive = "{\"provinceUnitId\":" + province.id() + ",\"name\":\"Chuẩn riêng 2016\","
                + "\"lines\":{\"RURAL\":{\"lowerLine\":800000,\"line\":1100000},"
                + "\"URBAN\":{\"lowerLine\":1000000,\"line\":1400000}}}";
        assertThat(post(officer, "/api/v1/standards/QD59_2015/derive", MediaType.APPLICATION_JSON, derive)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        post(officer, "/api/v1/standards/" + localId + "/publish", MediaType.APPLICATION_JSON, "");
        String corrected = get(officer, "/api/v1/standards/" + localId)
                .getBody()
                .replace("\"name\":\"Chuẩn riêng 2016\"", "\"name\":\"Chuẩn riêng 2016 (đính chính)\"");

        ResponseEntity<String> draft =
                post(officer, "/api/v1/standards/" + localId + "/corrections", MediaType.APPLICATION_JSON, corrected);

        assertThat(draft.getStatusCode().value()).isEqualTo(200);
        assertThat(tree(draft).at("/version").asInt()).isEqualTo(2);
        assertThat(tree(draft).at("/status").asString()).isEqualTo("DRAFT");
        assertThat(tree(get(officer, "/api/v1/standards/" + localId))
                        .at("/name")
                        .asString())
                .isEqualTo("Chuẩn riêng 2016");
        assertThat(tree(get(officer, "/api/v1/standards/" + localId + "?version=2"))
                        .at("/name")
                        .asString())
                .isEqualTo("Chuẩn riêng 2016 (đính chính)");
        assertThat(tree(get(officer, "/api/v1/standards/" + localId + "/versions"))
                        .findValuesAsString("status"))
                .containsExactly("PUBLISHED", "DRAFT");
    }

    @Test
    void the_database_refuses_to_change_a_published_version() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE poverty_standard_version SET changed_by = 'x' "
                                + "WHERE standard_id = 'ND07_2021' AND version = 1")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is published");
    }

    @Test
    void deriving_a_standard_needs_the_standard_edit_permission() {
        String derive = "{\"provinceUnitId\":" + province.id() + ",\"name\":\"X\","
                + "\"lines\":{\"RURAL\":{\"line\":2500000},\"URBAN\":{\"line\":3000000}}}";

        assertThat(post(reviewer, "/api/v1/standards/ND351_2025/derive", MediaType.APPLICATION_JSON, derive)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void a_province_officer_cannot_correct_a_national_standard() {
        String definition = get(officer, "/api/v1/standards/ND351_2025").getBody();

        assertThat(post(officer, "/api/v1/standards/ND351_2025/corrections", MediaType.APPLICATION_JSON, definition)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }
}
