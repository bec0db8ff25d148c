package vn.giamngheo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditChangesTest {
    @Test
    void onlyTheFieldsThatChangedAreShownAndNestedValuesAreToldAsChanged() {
        var changes = AuditChanges.of(
                "{\"headName\":\"Lê Văn A\",\"phone\":null,\"members\":[{\"name\":\"A\"}],\"version\":1}",
                "{\"headName\":\"Lê Văn A\",\"phone\":\"0912 345 678\",\"members\":[{\"name\":\"B\"}],\"version\":2}");
        assertThat(changes)
                .containsExactly(
                        new AuditChanges.Change("phone", null, "0912 345 678", false),
                        new AuditChanges.Change("members", null, null, true),
                        new AuditChanges.Change("version", "1", "2", false));
    }

    @Test
    void aCreationListsEveryFieldGivenAndTextThatIsNotJsonStaysText() {
        assertThat(AuditChanges.of(null, "{\"code\":\"XB-1\"}"))
                .containsExactly(new AuditChanges.Change("code", null, "XB-1", false));
        assertThat(AuditChanges.of(null, "POOR")).containsExactly(new AuditChanges.Change("", null, "POOR", false));
    }
}
