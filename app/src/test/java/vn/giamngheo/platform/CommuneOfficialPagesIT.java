package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;

/** What a commune official sees on the pages around the day's work, checked over HTTP. */
class CommuneOfficialPagesIT extends IntegrationTestBase {
    static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts accounts;

    /** The page's text as a person reads it: no tags, no attribute values (a date input holds ISO). */
    static String visible(String html) {
        return HtmlUtils.htmlUnescape(
                html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<[^>]*>", " "));
    }

    @Test
    void theApiMenuIsForThoseWhoReadTheAuditTrailNotForCommuneOfficials() {
        TestUnits.Commune c = new TestUnits(units).aCommune();
        TestUsers users = new TestUsers(accounts);
        String official = users.a(Role.COMMUNE_OFFICIAL, c.unit());
        String auditor = users.a(Role.AUDITOR, c.province());
        assertThat(new Http(port).login(official).get("/", null).body()).doesNotContain("href=\"/api/docs\"");
        assertThat(new Http(port).login(auditor).get("/", null).body()).contains("href=\"/api/docs\"");
    }

    @Test
    void theAgenciesPageOpensOnTheOfficialsOwnProvince() {
        TestUnits.Commune c = new TestUnits(units).aCommune();
        String official = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, c.unit());
        String page = new Http(port).login(official).get("/agencies", null).body();
        assertThat(visible(page)).contains(c.province().fullName());
    }

    @Test
    void aBadIdInAUnitsAddressIsWordedAsAnIdentifierNotAsAHousehold() {
        TestUnits.Commune c = new TestUnits(units).aCommune();
        String official = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, c.unit());
        Http.Response r = new Http(port).login(official).get("/units/abc", null);
        assertThat(r.status()).isEqualTo(400);
        String text = visible(r.body());
        assertThat(text).contains("mã số", "“abc”").doesNotContain("trường hộ");
    }

    @Test
    void unitPagesWriteTheirDatesAsDayMonthYear() {
        TestUnits.Commune c = new TestUnits(units).aCommune();
        AdminUnit village = c.village(3);
        units.retire(
                Actor.system("pages-it"), village.id(), LocalDate.of(2025, 6, 30), "Sáp nhập thôn", village.version());
        String official = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, c.unit());
        Http http = new Http(port).login(official);
        String detail = visible(http.get("/units/" + village.id(), null).body());
        assertThat(detail).contains("30/06/2025");
        assertThat(ISO_DAY.matcher(detail).find()).as(detail).isFalse();
        String children =
                visible(http.get("/units/" + c.id() + "/children", null).body());
        assertThat(children).contains("hết hiệu lực 30/06/2025");
        assertThat(ISO_DAY.matcher(children).find()).as(children).isFalse();
    }
}
