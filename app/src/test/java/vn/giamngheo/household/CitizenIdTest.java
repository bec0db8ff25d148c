package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenIdTest {
    @Test
    void aWellFormedNumberConsistentWithBirthYearAndSexIsAccepted() {
        // 038 Thanh Hóa, 1 = female born 1900–1999, 85 = 1985
        assertThat(CitizenId.problem("038185000123", 1985, "F")).isEmpty();
        // 2 = male born 2000–2099
        assertThat(CitizenId.problem("062203000001", 2003, "M")).isEmpty();
    }

    @Test
    void wrongLengthLettersAndUnknownProvincesAreRefused() {
        assertThat(CitizenId.problem("03818500012", null, null))
                .get()
                .asString()
                .contains("household.citizenIdDigits");
        assertThat(CitizenId.problem("03818500012a", null, null))
                .get()
                .asString()
                .contains("household.citizenIdDigits");
        assertThat(CitizenId.problem("097185000123", null, null))
                .get()
                .asString()
                .contains("household.citizenIdProvince");
        assertThat(CitizenId.problem("000185000123", null, null))
                .get()
                .asString()
                .contains("household.citizenIdProvince");
    }

    @Test
    void aNumberThatContradictsTheMembersBirthYearOrSexIsRefused() {
        assertThat(CitizenId.problem("038185000123", 1986, "F"))
                .get()
                .asString()
                .contains("household.citizenIdYear[1985, 1986]");
        assertThat(CitizenId.problem("038185000123", 1985, "M"))
                .get()
                .asString()
                .contains("household.citizenIdSex");
    }

    @Test
    void publicListsShowOnlyTheLastFourDigits() {
        assertThat(CitizenId.masked("038185000123")).isEqualTo("********0123");
    }
}
