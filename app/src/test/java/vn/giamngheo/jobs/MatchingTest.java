package vn.giamngheo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.jobs.TestWorkers.aWorker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.Message;

class MatchingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final long HOME = 10;
    static final long NEXT_DOOR = 11;
    static final long TOWN = 12;
    static final long FAR = 13;

    /** Home and the town 9 km apart (home's people commute up to 15 km); the far commune 60 km away. */
    static final CommuteMap MAP = new CommuteMap(
            Set.of(new CommuteMap.Pair(HOME, NEXT_DOOR), new CommuteMap.Pair(NEXT_DOOR, HOME)),
            Map.of(
                    HOME, new CommuteMap.Point(19.90, 105.35, new BigDecimal("15")),
                    TOWN, new CommuteMap.Point(19.90, 105.436, null),
                    FAR, new CommuteMap.Point(20.40, 105.70, null)));

    static Matching.Opening vacancy(Long commune, String... skills) {
        return new Matching.Opening(1, commune, List.of(skills), ContractType.INDEFINITE, TODAY.plusDays(10), false);
    }

    static Matching.Candidate candidate(long id, WorkerData w, boolean skillsCause) {
        return new Matching.Candidate(id, HOME, w, skillsCause);
    }

    @Test
    void householdsPoorForLackOfSkillsComeFirstThenTheUnemployedThenSharedSkills() {
        var employedWithSkill = candidate(
                1,
                aWorker()
                        .employedAs("Làm ruộng", "Công nhân may")
                        .withSkills("May")
                        .data(),
                false);
        var unemployedNoSkill = candidate(2, aWorker().unemployed().data(), false);
        var unemployedWithSkill = candidate(
                3, aWorker().unemployed().withSkills("may công nghiệp").data(), false);
        var skillsCause = candidate(4, aWorker().unemployed().data(), true);

        List<Matching.Match> ranked = Matching.candidates(
                vacancy(HOME, "May"),
                List.of(employedWithSkill, unemployedNoSkill, unemployedWithSkill, skillsCause),
                MAP,
                TODAY);

        assertThat(ranked).extracting(Matching.Match::workerId).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ranked.get(0).reasons()).contains(Message.of("jobs.reason.priorityCause"));
        assertThat(ranked.get(1).sharedSkills()).containsExactly("May");
        assertThat(ranked.get(1).reasons()).contains(Message.of("jobs.reason.skills", "May"));
    }

    @Test
    void theCommutingReachComesFromNeighboursAndDistancesHeldAsData() {
        WorkerData w = aWorker().unemployed().data();
        assertThat(MAP.reach(HOME, NEXT_DOOR).kind()).isEqualTo(CommuteMap.Kind.NEIGHBOUR);
        CommuteMap.Reach town = MAP.reach(HOME, TOWN);
        assertThat(town.kind()).isEqualTo(CommuteMap.Kind.WITHIN_DISTANCE);
        assertThat(town.km()).isBetween(8.5, 9.5);
        assertThat(MAP.reach(HOME, FAR).kind()).isEqualTo(CommuteMap.Kind.TOO_FAR);
        assertThat(MAP.reach(HOME, null).kind()).isEqualTo(CommuteMap.Kind.UNKNOWN);

        assertThat(Matching.candidates(vacancy(FAR), List.of(candidate(1, w, false)), MAP, TODAY))
                .as("out of reach and not willing to move")
                .isEmpty();
        List<Matching.Match> movers = Matching.candidates(
                vacancy(FAR), List.of(candidate(1, aWorker().willingToMove().data(), false)), MAP, TODAY);
        assertThat(movers).hasSize(1);
        assertThat(movers.get(0)
                        .reasons()
                        .get(movers.get(0).reasons().size() - 1)
                        .code())
                .isEqualTo("jobs.reason.willingMove");
        List<Matching.Match> nearFirst = Matching.vacancies(
                candidate(1, aWorker().willingToMove().data(), false),
                List.of(
                        new Matching.Opening(7, FAR, List.of(), null, TODAY, false),
                        new Matching.Opening(8, TOWN, List.of(), null, TODAY, false),
                        new Matching.Opening(9, NEXT_DOOR, List.of(), null, TODAY, false)),
                MAP,
                TODAY);
        assertThat(nearFirst).extracting(Matching.Match::vacancyId).containsExactly(9L, 8L, 7L);
    }

    @Test
    void someoneWhoWillNotLeaveTheCommuneIsOfferedOnlyWorkInIt() {
        var w = candidate(1, aWorker().stayingHome().data(), false);
        assertThat(Matching.candidates(vacancy(NEXT_DOOR), List.of(w), MAP, TODAY))
                .isEmpty();
        assertThat(Matching.candidates(vacancy(HOME), List.of(w), MAP, TODAY)).hasSize(1);
    }

    @Test
    void theInactiveAndClosedVacanciesAreLeftOut() {
        var inactive = candidate(
                1, aWorker().inactive(LabourStatus.InactiveReason.STUDYING).data(), false);
        var employedContent = candidate(2, aWorker().employedAs("Thợ xây", null).data(), false);
        assertThat(Matching.candidates(vacancy(HOME), List.of(inactive, employedContent), MAP, TODAY))
                .isEmpty();
        var closed = new Matching.Opening(1, HOME, List.of(), null, TODAY.minusDays(1), false);
        assertThat(Matching.candidates(closed, List.of(candidate(3, aWorker().data(), false)), MAP, TODAY))
                .isEmpty();
        var closedEarly = new Matching.Opening(2, HOME, List.of(), null, TODAY.plusDays(5), true);
        assertThat(Matching.vacancies(candidate(3, aWorker().data(), false), List.of(closedEarly), MAP, TODAY))
                .isEmpty();
    }

    @Test
    void skillsMatchWithoutCaseOrDiacriticsAndTheQualificationFieldCounts() {
        WorkerData w = aWorker().withSkills("HÀN điện").data();
        assertThat(Matching.sharedSkills(w, List.of("hàn", "lái xe"))).containsExactly("hàn");
        WorkerData qualified = new WorkerData(
                1,
                0,
                "B",
                null,
                1990,
                "F",
                null,
                null,
                null,
                Schooling.Qualification.INTERMEDIATE,
                "Điện dân dụng",
                LabourStatus.UNEMPLOYED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(Matching.sharedSkills(qualified, List.of("dien dan dung"))).containsExactly("dien dan dung");
    }
}
