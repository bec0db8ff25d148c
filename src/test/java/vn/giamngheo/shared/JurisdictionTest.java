package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
    @Test
    void aSubtreeCoversItsRootAndEverythingBelowButNotItsSiblings() {
        Jurisdiction commune = Jurisdiction.subtrees(List.of("/1/2/5/"));
        assertThat(commune.covers("/1/2/5/")).isTrue();
        assertThat(commune.covers("/1/2/5/165/")).isTrue();
        assertThat(commune.covers("/1/2/8/")).isFalse();
        assertThat(commune.covers("/1/2/")).isFalse();
        assertThat(commune.covers("/1/2/55/")).isFalse();
    }

    @Test
    void theWholeCountryAddsNoConditionAndNoJurisdictionMatchesNothing() {
        assertThat(Jurisdiction.wholeCountry().sqlCondition("u.path")).isEqualTo("true");
        assertThat(Jurisdiction.subtrees(List.of()).sqlCondition("u.path")).isEqualTo("false");
        Jurisdiction two = Jurisdiction.subtrees(List.of("/1/", "/9/"));
        assertThat(two.sqlCondition("u.path")).isEqualTo("(u.path LIKE ANY (ARRAY[:jurisdictionPaths]))");
        assertThat(two.sqlParameters().get(Jurisdiction.PARAM)).isEqualTo(List.of("/1/%", "/9/%"));
    }
}
