package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

class MpiQueryTest {
    private static final List<String> TWELVE = FormLayouts.INDICATORS;

    @Test
    void equalWeightsOverTheStandardsIndicatorsByDefault() {
        MpiQuery q = MpiQuery.parse(null, null, null, null, TWELVE);
        assertThat(q.ks()).containsExactly(0.33);
        assertThat(q.codes()).isEqualTo(TWELVE);
        assertThat(q.weights()).hasSize(12).containsOnly(1.0 / 12);
        assertThat(q.by()).isEqualTo(MpiQuery.By.NONE);
        assertThat(q.persons()).isFalse();
    }

    @Test
    void givenWeightsChooseTheIndicatorsAndAreNormalised() {
        MpiQuery q = MpiQuery.parse("0.25,0.5", "WATER:2,SANITATION:1,TELECOM:1", "childUnit", "PERSON", TWELVE);
        assertThat(q.ks()).containsExactly(0.25, 0.5);
        assertThat(q.codes()).containsExactly("WATER", "SANITATION", "TELECOM");
        assertThat(q.weights()).containsExactly(0.5, 0.25, 0.25);
        assertThat(q.by()).isEqualTo(MpiQuery.By.CHILD_UNIT);
        assertThat(q.persons()).isTrue();
        assertThat(q.codesArray()).isEqualTo("{WATER,SANITATION,TELECOM}");
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> MpiQuery.parse("1.5", null, null, null, TWELVE))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("k");
        assertThatThrownBy(() -> MpiQuery.parse(null, "RICE:1", null, null, TWELVE))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("weights");
        assertThatThrownBy(() -> MpiQuery.parse(null, null, "colour", null, TWELVE))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("by");
        assertThatThrownBy(() -> MpiQuery.parse(null, null, null, "VILLAGE", TWELVE))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unit");
    }

    @Test
    void formsAreFoundByTheirPathSegment() {
        assertThat(Form.of("flows")).isEqualTo(Form.FLOWS);
        assertThat(Form.of("SUMMARY")).isEqualTo(Form.SUMMARY);
        assertThatThrownBy(() -> Form.of("weather")).isInstanceOf(InvalidInput.class);
        assertThat(IndicatorExport.dataElement("POOR.ESCAPED|HH")).isEqualTo("GN_POOR_ESCAPED_HH");
        assertThat(IndicatorExport.dataElement("RATE:GROUP:NO_LABOUR|POOR")).isEqualTo("GN_RATE_GROUP_NO_LABOUR_POOR");
    }
}
