package vn.giamngheo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.Actor;

class WarmUpIdentityTest {

    @Test
    void acceptsOnlyThisStartsSecretFromTheLoopbackWhileTheGateIsOpen() {
        WarmUpIdentity identity = new WarmUpIdentity();
        String secret = identity.secret();

        assertThat(identity.authenticate(secret, "127.0.0.1")).isPresent();
        assertThat(identity.authenticate(secret, "0:0:0:0:0:0:0:1")).isPresent();
        assertThat(identity.authenticate(secret, "127.0.0.1").get().getName()).isEqualTo(Actor.WARM_UP);

        assertThat(identity.authenticate(secret, "10.0.0.7"))
                .as("another machine")
                .isEmpty();
        assertThat(identity.authenticate(secret, "192.168.1.20")).isEmpty();
        assertThat(identity.authenticate(secret, "localhost"))
                .as("a name, not an address")
                .isEmpty();
        assertThat(identity.authenticate(secret, null)).isEmpty();
        assertThat(identity.authenticate(secret, "")).isEmpty();
        assertThat(identity.authenticate(secret + "x", "127.0.0.1"))
                .as("a longer guess")
                .isEmpty();
        assertThat(identity.authenticate(secret.substring(1), "127.0.0.1")).isEmpty();
        assertThat(identity.authenticate("", "127.0.0.1")).isEmpty();
        assertThat(identity.authenticate(null, "127.0.0.1")).isEmpty();
        assertThat(identity.authenticate(new WarmUpIdentity().secret(), "127.0.0.1"))
                .as("another start's secret")
                .isEmpty();

        identity.close();
        assertThat(identity.isOpen()).isFalse();
        assertThat(identity.authenticate(secret, "127.0.0.1"))
                .as("after the warm-up")
                .isEmpty();
    }

    @Test
    void eachStartDrawsItsOwnSecret() {
        String a = new WarmUpIdentity().secret();
        String b = new WarmUpIdentity().secret();
        assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void theWarmUpReaderHasNoJurisdictionAndCannotBeAnAccountName() {
        Actor reader = Actor.warmUp();
        assertThat(reader.jurisdiction().paths()).isEmpty();
        assertThat(reader.jurisdiction().patterns()).isEmpty();
        assertThat(reader.jurisdiction().covers("/1/")).isFalse();
        assertThat(reader.permissions())
                .noneMatch(p -> p.name().endsWith("_EDIT") || p.name().endsWith("_DECIDE"));
        // the rule UserAccounts applies to every new account name
        assertThat(Actor.WARM_UP.matches("[A-Za-z0-9._-]{3,40}")).isFalse();
    }
}
