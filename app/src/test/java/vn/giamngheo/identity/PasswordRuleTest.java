package vn.giamngheo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

class PasswordRuleTest {
    static String code(String password, String... personal) {
        return PasswordRule.problems(password, personal).stream()
                .map(InvalidInput.Problem::code)
                .findFirst()
                .orElse("ok");
    }

    @Test
    void aShortPasswordIsRefusedForItsLength() {
        assertThat(code("abc")).isEqualTo("identity.passwordTooShort");
        assertThat(code(null)).isEqualTo("identity.passwordTooShort");
    }

    @Test
    void commonPasswordsRepeatsSequencesAndKeyboardRowsAreRefused() {
        for (String weak : new String[] {
            "aaaaaaaaaa", "1234567890", "qwertyuiop", "password123", "password1234", "123456789a", "iloveyou12"
        }) {
            assertThat(code(weak)).as(weak).isEqualTo("identity.passwordCommon");
        }
    }

    @Test
    void theUsersOwnNameIsNoPassword() {
        assertThat(code("nguyenvanan1", "nguyenvanan1")).isEqualTo("identity.passwordCommon");
    }

    @Test
    void longPassphrasesPass() {
        for (String good : new String[] {"giamngheo-demo", "dung-mat-khau-1", "mat-khau-dai-1", "mot-mat-khau-dai"}) {
            assertThat(code(good)).as(good).isEqualTo("ok");
        }
    }

    @Test
    void anEndlessPasswordIsRefused() {
        assertThat(code("Xq7-".repeat(60))).isEqualTo("identity.passwordTooLong");
    }
}
