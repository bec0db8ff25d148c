package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.identity.WarmUpIdentity;
import vn.giamngheo.shared.Actor;

/** The start-up warm-up renders the logged-in pages and leaves nothing a user could see. */
class WarmUpIT extends IntegrationTestBase {
    @Autowired
    WarmUp warmUp;

    @Autowired
    WarmUpIdentity identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoggedInPagesWereRenderedAsTheWarmUpReaderWithoutAuditEntriesOrSessions() {
        var answers = warmUp.loggedInAnswers();
        // every logged-in page of the mix was let in (the list answers 200 with an empty list) and
        // none was sent to the login page or failed
        assertThat(answers).containsKey(200);
        assertThat(answers.keySet()).noneMatch(status -> status >= 500);
        assertThat(answers.keySet()).doesNotContain(302, 401);
        assertThat(answers.values().stream().mapToInt(Integer::intValue).sum())
                .isGreaterThanOrEqualTo(WarmUp.LOGGED_IN.size());

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :name")
                        .param("name", Actor.WARM_UP)
                        .query(Long.class)
                        .single())
                .as("audit entries under the warm-up's name")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :name")
                        .param("name", Actor.WARM_UP)
                        .query(Long.class)
                        .single())
                .as("sessions of the warm-up")
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM spring_session_attributes WHERE position(convert_to(:name, 'UTF8') IN attribute_bytes) > 0")
                        .param("name", Actor.WARM_UP)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(identity.isOpen()).as("the gate, once the instance is ready").isFalse();
    }
}
