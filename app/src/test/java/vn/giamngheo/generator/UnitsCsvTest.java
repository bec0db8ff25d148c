package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giamngheo.shared.CsvReader;

/** The units CSV holds exactly the places the households' refs point to, in the import's format. */
class UnitsCsvTest {
    @ParameterizedTest
    @ValueSource(longs = {500, 30_000, 140_000})
    void theUnitsListEveryCommuneAndVillageThatRefsPointToAndNothingElse(long n) throws IOException {
        StringWriter csv = new StringWriter();
        Generation.units(n, csv);
        List<CsvReader.Row> rows = new CsvReader(new StringReader(csv.toString())).readAll();
        assertThat(rows.get(0).fields()).containsExactly("code", "name", "kind", "level", "parent_code", "valid_from");

        Map<String, String> levelByCode = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String code = row.get(0);
            String level = row.get(3);
            String parent = row.get(4);
            assertThat(levelByCode.put(code, level))
                    .as("duplicate code " + code)
                    .isNull();
            assertThat(row.get(1)).as(code).isNotBlank();
            assertThat(level).isIn("PROVINCE", "DISTRICT", "COMMUNE", "VILLAGE");
            String expectedParentLevel = switch (level) {
                case "DISTRICT" -> "PROVINCE";
                case "COMMUNE" -> "DISTRICT";
                case "VILLAGE" -> "COMMUNE";
                default -> null;
            };
            if (expectedParentLevel == null) {
                assertThat(parent).isEmpty();
            } else {
                assertThat(levelByCode.get(parent))
                        .as("parent of " + code + " listed before it")
                        .isEqualTo(expectedParentLevel);
                assertThat(code).startsWith(parent + "/");
            }
        }
        Set<String> villagesUsed = new HashSet<>();
        GeneratedLines.forEach(n, 5, 2025, line -> {
            int start = line.indexOf("\"ref\":\"") + 7;
            String ref = line.substring(start, line.indexOf('"', start));
            villagesUsed.add(GeneratedLines.village(ref));
            assertThat(levelByCode.get(GeneratedLines.commune(ref))).isEqualTo("COMMUNE");
        });
        Set<String> villagesListed = new HashSet<>();
        levelByCode.forEach((code, level) -> {
            if (level.equals("VILLAGE")) {
                villagesListed.add(code);
            }
        });
        assertThat(villagesListed).isEqualTo(villagesUsed);
    }

    @ParameterizedTest
    @ValueSource(longs = {2_000})
    void townsHaveResidentialGroupsAndCommunesHaveVillages(long n) throws IOException {
        StringWriter csv = new StringWriter();
        Generation.units(n, csv);
        assertThat(csv.toString())
                .contains("thanh-hoa/tho-xuan/tt-lam-son,Lam Sơn,Thị trấn,COMMUNE,thanh-hoa/tho-xuan,")
                .contains("kon-tum/ngoc-hoi/dak-ang,Đăk Ang,Xã,COMMUNE,kon-tum/ngoc-hoi,")
                .contains("kon-tum/ngoc-hoi/dak-ang/01,1,Thôn,VILLAGE,kon-tum/ngoc-hoi/dak-ang,")
                .contains(",Tổ dân phố,VILLAGE,thanh-hoa/tho-xuan/tt-lam-son,")
                .contains("thai-nguyen,Thái Nguyên,Tỉnh,PROVINCE,,");
    }
}
