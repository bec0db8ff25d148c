package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.review.web.HouseholdCertificates;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.standard.HouseholdClass;

/** The household page's certificate link is read inside the reader's jurisdiction, not the page's say-so. */
class HouseholdCertificateScopeIT extends SupportFixtures {
    @Autowired
    HouseholdCertificates certificates;

    @Test
    void theCertificateLinkIsFoundInsideTheJurisdictionAndNothingOutsideIt() {
        Place p = place(1, Map.of("C", HouseholdClass.POOR));
        TestUnits.Commune other = new TestUnits(units).aCommune();
        assertThat(certificates.of(
                        Jurisdiction.subtrees(
                                java.util.List.of(p.commune().unit().path())),
                        p.id("C")))
                .singleElement()
                .satisfies(l -> assertThat(l.householdClass()).isEqualTo("POOR"));
        assertThat(certificates.of(
                        Jurisdiction.subtrees(java.util.List.of(other.unit().path())), p.id("C")))
                .isEmpty();
    }
}
