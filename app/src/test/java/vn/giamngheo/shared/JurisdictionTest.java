package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    void theWholeCountryIsTheRootSubtreeAndNoJurisdictionMatchesNothing() {
        assertThat(Jurisdiction.wholeCountry().patterns()).containsExactly("/%");
        assertThat(Jurisdiction.wholeCountry().covers("/1/2/")).isTrue();
        assertThat(Jurisdiction.subtrees(List.of()).patterns()).isEmpty();
        assertThat(Jurisdiction.subtrees(List.of("/1/", "/9/")).patterns()).containsExactly("/1/%", "/9/%");
    }

    @Test
    void aScopedStatementWithoutTheScopeTestIsRefusedBeforeItRuns() {
        JdbcClient never = null;
        assertThatThrownBy(() -> ScopedSql.of(never, Jurisdiction.wholeCountry(), "SELECT * FROM household h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> ScopedSql.of(never, Jurisdiction.wholeCountry(), "SELECT 1 WHERE true OR :scope IS NULL"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
