package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Wording;
import vn.giamngheo.standard.HouseholdClass;

/** A content bound to an area: refused until the household's unit (or one above it) is designated, by decision. */
class AreaEligibilityIT extends SupportFixtures {
    @Autowired
    AreaDesignations areas;

    @Autowired
    Wording wording;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Test
    void aContentBoundToPoorCommunesIsGrantedOnlyWhereADesignationIsInForce() {
        Place p = place(2, Map.of("P", HouseholdClass.POOR));
        // a content no other test grants: its rule is changed for this test and restored after it
        SupportContent info = content("THONG_TIN_DA6");
        ContentRule rule = grants.rule(info.id()).orElseThrow();
        areas.setRuleAreas(SYSTEM, info.id(), List.of("POOR_COMMUNE", "EXTREMELY_DIFFICULT_COMMUNE"), rule.version());
        try {
            assertThat(grants.rule(info.id()).orElseThrow().areas())
                    .containsExactly("POOR_COMMUNE", "EXTREMELY_DIFFICULT_COMMUNE");
            NewGrant g = grant(p.id("P"), null, info, "CENTRAL_RECURRENT", LocalDate.of(2025, 3, 1), 1_000_000);
            InvalidInput none = catchThrowableOfType(InvalidInput.class, () -> grants.propose(SYSTEM, g));
            assertThat(none.problems()).extracting(x -> x.code()).containsExactly("support.areaNotDesignated");
            assertThat(wording.problem(none.problems().get(0), Locale.forLanguageTag("vi")))
                    .contains("xã nghèo / xã đặc biệt khó khăn", "01/03/2025");

            // the province was designated, but only until the end of 2024
            areas.add(
                    SYSTEM,
                    List.of(new AreaDesignations.NewDesignation(
                            p.commune().province().id(),
                            null,
                            "EXTREMELY_DIFFICULT_COMMUNE",
                            "99/QĐ-TTg (thử)",
                            LocalDate.of(2021, 6, 1),
                            LocalDate.of(2021, 6, 4),
                            LocalDate.of(2024, 12, 31),
                            null)));
            InvalidInput ended = catchThrowableOfType(InvalidInput.class, () -> grants.propose(SYSTEM, g));
            assertThat(ended.problems()).extracting(x -> x.code()).containsExactly("support.areaNotInForce");
            assertThat(wording.problem(ended.problems().get(0), Locale.forLanguageTag("vi")))
                    .contains("99/QĐ-TTg (thử)", "31/12/2024");

            // the commune itself, a poor commune from 2025: the proposal goes through
            AreaDesignation poor = areas.add(
                            SYSTEM,
                            List.of(new AreaDesignations.NewDesignation(
                                    null,
                                    p.commune().unit().code(),
                                    "POOR_COMMUNE",
                                    "100/QĐ-TTg (thử)",
                                    null,
                                    LocalDate.of(2025, 1, 1),
                                    null,
                                    "Nhập theo quyết định")))
                    .get(0);
            assertThat(grants.propose(SYSTEM, g).state()).isEqualTo(GrantState.PROPOSED);

            // overlapping the live one: refused by the database, and a batch stores nothing
            int before = count(p);
            InvalidInput overlap = catchThrowableOfType(
                    InvalidInput.class,
                    () -> areas.add(
                            SYSTEM,
                            List.of(
                                    new AreaDesignations.NewDesignation(
                                            p.commune().village(1).id(),
                                            null,
                                            "ETHNIC_MOUNTAIN_AREA",
                                            "101/QĐ-TTg (thử)",
                                            null,
                                            LocalDate.of(2025, 1, 1),
                                            null,
                                            null),
                                    new AreaDesignations.NewDesignation(
                                            p.commune().id(),
                                            null,
                                            "POOR_COMMUNE",
                                            "102/QĐ-TTg (thử)",
                                            null,
                                            LocalDate.of(2026, 1, 1),
                                            null,
                                            null))));
            assertThat(overlap.problems()).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo("support.areaOverlap");
                assertThat(x.line()).isEqualTo(2);
            });
            assertThat(count(p)).isEqualTo(before);
            InvalidInput bad = catchThrowableOfType(
                    InvalidInput.class,
                    () -> areas.add(
                            SYSTEM,
                            List.of(new AreaDesignations.NewDesignation(
                                    p.commune().id(), null, "VUNG_KHAC", " ", null, null, null, null))));
            assertThat(bad.problems())
                    .extracting(x -> x.field() + ":" + x.code())
                    .containsExactlyInAnyOrder(
                            "kind:support.areaKindUnknown",
                            "decision:support.decisionRequired",
                            "validFrom:support.required");

            // an official of another commune may not designate this one; a stale version is a conflict
            TestUnits.Commune other = new TestUnits(units).aCommune();
            var outsider = currentUser.actorFor(new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, other.unit()));
            assertThatThrownBy(() -> areas.add(
                            outsider,
                            List.of(new AreaDesignations.NewDesignation(
                                    p.commune().id(),
                                    null,
                                    "POOR_COMMUNE",
                                    "1/QĐ",
                                    null,
                                    LocalDate.of(2030, 1, 1),
                                    null,
                                    null))))
                    .isInstanceOf(OutsideJurisdiction.class);
            assertThatThrownBy(() -> areas.voidIt(SYSTEM, poor.id(), "Nhập nhầm", poor.version() + 1))
                    .isInstanceOf(ConcurrentEdit.class);
            AreaDesignation voided = areas.voidIt(SYSTEM, poor.id(), "Nhập nhầm", poor.version());
            assertThat(voided.voided()).isTrue();
            assertThat(catchThrowableOfType(InvalidInput.class, () -> grants.propose(SYSTEM, g))
                            .problems())
                    .extracting(x -> x.code())
                    .containsExactly("support.areaNotInForce");
        } finally {
            areas.setRuleAreas(
                    SYSTEM,
                    info.id(),
                    List.of(),
                    grants.rule(info.id()).orElseThrow().version());
        }
    }

    private int count(Place p) {
        return jdbc.sql("""
                        SELECT count(*) FROM support_area_designation d JOIN admin_unit u ON u.id = d.unit_id
                        WHERE u.path LIKE (SELECT path FROM admin_unit WHERE id = :c) || '%'
                        """).param("c", p.commune().id()).query(Integer.class).single();
    }
}
