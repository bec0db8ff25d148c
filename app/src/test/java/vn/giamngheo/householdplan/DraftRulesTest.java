package vn.giamngheo.householdplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftRulesTest {
    private static final List<Suggestion> MAPPING = List.of(
            new Suggestion(1, "DEPRIVATION", "HOUSING_QUALITY", SolutionKind.SUPPORT, "NHA_SUA", "Sửa nhà", 1, true),
            new Suggestion(2, "DEPRIVATION", "HOUSING_QUALITY", SolutionKind.LOAN, "VAY_NHA", "Vay làm nhà", 2, true),
            new Suggestion(3, "DEPRIVATION", "HOUSING_AREA", SolutionKind.LOAN, "VAY_NHA", "Vay làm nhà", 1, true),
            new Suggestion(4, "DEPRIVATION", "EMPLOYMENT", SolutionKind.JOB, "VIEC_LAM", "Kết nối việc làm", 1, true),
            new Suggestion(5, "CAUSE", "SKILLS", SolutionKind.JOB, "VIEC_LAM", "Kết nối việc làm", 2, true),
            new Suggestion(6, "CAUSE", "SKILLS", SolutionKind.TRAINING, "NGHE", "Học nghề", 1, true),
            new Suggestion(7, "DEPRIVATION", "SANITATION", SolutionKind.OTHER, null, "Làm nhà tiêu", 1, true),
            new Suggestion(8, "CAUSE", "CAPITAL", SolutionKind.LOAN, "RETIRED_LOAN", "Vay vốn", 1, true));
    private static final Set<String> CATALOGUE = Set.of("NHA_SUA", "VAY_NHA", "VIEC_LAM", "NGHE");

    @Test
    void eachDeprivationSuggestsItsSolutionsInTheMappingsOrder() {
        List<Solution> draft = DraftRules.draft(List.of("HOUSING_QUALITY"), List.of(), MAPPING, CATALOGUE);

        assertThat(draft).extracting(Solution::contentCode).containsExactly("NHA_SUA", "VAY_NHA");
        assertThat(draft).allSatisfy(s -> assertThat(s.addresses()).containsExactly("HOUSING_QUALITY"));
        assertThat(draft).noneMatch(Solution::done);
    }

    @Test
    void aContentSuggestedTwiceAppearsOnceNamingAllItAddresses() {
        List<Solution> draft = DraftRules.draft(
                List.of("HOUSING_AREA", "HOUSING_QUALITY", "EMPLOYMENT"), List.of("SKILLS"), MAPPING, CATALOGUE);

        assertThat(draft).extracting(Solution::contentCode).containsExactly("VIEC_LAM", "NHA_SUA", "VAY_NHA", "NGHE");
        Solution loan = draft.stream()
                .filter(s -> "VAY_NHA".equals(s.contentCode()))
                .findFirst()
                .orElseThrow();
        assertThat(loan.addresses()).containsExactly("HOUSING_QUALITY", "HOUSING_AREA");
        Solution job = draft.get(0);
        assertThat(job.kind()).isEqualTo(SolutionKind.JOB);
        assertThat(job.addresses()).containsExactly("EMPLOYMENT", "CAUSE:SKILLS");
    }

    @Test
    void aContentNotInTheCatalogueOnTheDayIsKeptAsHelpWithoutAContent() {
        List<Solution> draft = DraftRules.draft(List.of(), List.of("CAPITAL"), MAPPING, CATALOGUE);

        assertThat(draft).hasSize(1);
        assertThat(draft.get(0).contentCode()).isNull();
        assertThat(draft.get(0).description()).isEqualTo("Vay vốn");
        assertThat(draft.get(0).addresses()).containsExactly("CAUSE:CAPITAL");
    }

    @Test
    void helpOutsideTheCatalogueIsKeptByItsDescription() {
        List<Solution> draft = DraftRules.draft(List.of("SANITATION"), List.of(), MAPPING, CATALOGUE);

        assertThat(draft).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SolutionKind.OTHER);
            assertThat(s.description()).isEqualTo("Làm nhà tiêu");
        });
    }

    @Test
    void noDeprivationAndNoCauseGiveAnEmptyDraftAndUnknownCodesAreIgnored() {
        assertThat(DraftRules.draft(List.of(), List.of(), MAPPING, CATALOGUE)).isEmpty();
        assertThat(DraftRules.draft(List.of("NOT_AN_INDICATOR"), List.of("NOPE"), MAPPING, CATALOGUE))
                .isEmpty();
    }
}
