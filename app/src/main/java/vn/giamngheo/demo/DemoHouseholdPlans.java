package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.householdplan.EscapeLists;
import vn.giamngheo.householdplan.HouseholdPlan;
import vn.giamngheo.householdplan.HouseholdPlans;
import vn.giamngheo.householdplan.PlanEdit;
import vn.giamngheo.householdplan.Solution;
import vn.giamngheo.planning.HelperAssignment;
import vn.giamngheo.planning.Helpers;
import vn.giamngheo.planning.ObligationView;
import vn.giamngheo.shared.Actor;

/**
 * After the demo's reviews (order 20, 40) and the reform (order 30): plans for 2024 for the poor
 * households of Xuân Bái's lists in force that year, helped by the agency and the steering-committee
 * member seed 004 Appendix 2 assigns to Xuân Bái (demo/helpers.txt, loaded by the planning module),
 * with consent, solutions from the drafts, visits, and the 2024 "able to escape" list submitted; its
 * hit rate then reads the 2024 review. Drafts for the current year show the board's overdue visits.
 * Names of helpers are the seed's; consent days, visits and targets are illustrative.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoHouseholdPlans implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoHouseholdPlans.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final int YEAR = 2024;
    private final AdminUnits units;
    private final HouseholdPlans plans;
    private final EscapeLists escapes;
    private final Helpers helpers;

    DemoHouseholdPlans(AdminUnits units, HouseholdPlans plans, EscapeLists escapes, Helpers helpers) {
        this.units = units;
        this.plans = plans;
        this.escapes = escapes;
        this.helpers = helpers;
    }

    @Override
    public void run(ApplicationArguments args) {
        AdminUnit xuanBai = units.findByCode(DemoPlaces.XUAN_BAI).orElse(null);
        if (xuanBai == null) {
            return;
        }
        List<Long> poor = plans.listedOn(LOADER, xuanBai.id(), YEAR, "POOR");
        if (poor.isEmpty() || !plans.ofHousehold(LOADER, poor.get(0)).isEmpty()) {
            return;
        }
        List<HelperAssignment> assigned = helpers.inSubtree(LOADER, xuanBai.id(), YEAR).stream()
                .filter(h -> h.householdId() == null)
                .toList();
        int made = 0;
        for (int i = 0; i < poor.size(); i++) {
            HouseholdPlan draft = plans.draft(LOADER, poor.get(i), YEAR);
            HelperAssignment helper = assigned.isEmpty() ? null : assigned.get(i % assigned.size());
            boolean thisYear = i % 5 < 3;
            HouseholdPlan saved = plans.update(LOADER, draft.id(), edit(draft, helper, thisYear ? YEAR : YEAR + 1));
            saved = plans.addVisit(
                    LOADER,
                    saved.id(),
                    saved.version(),
                    LocalDate.of(YEAR, 4, 10 + i % 15),
                    i % 4 == 0 ? "AT_RISK" : "SOME_PROGRESS",
                    "Thăm hộ, trao đổi về tiến độ thực hiện giải pháp (dữ liệu mẫu)",
                    helper == null ? null : helper.helperName(),
                    LocalDate.of(YEAR, 8, 10 + i % 15));
            plans.addVisit(
                    LOADER,
                    saved.id(),
                    saved.version(),
                    LocalDate.of(YEAR, 8, 10 + i % 15),
                    i % 4 == 0 ? "AT_RISK" : "ON_TRACK",
                    "Thăm hộ lần hai (dữ liệu mẫu)",
                    helper == null ? null : helper.helperName(),
                    LocalDate.of(YEAR, 11, 20));
            made++;
        }
        submit(xuanBai);
        int current = currentYearDrafts(xuanBai);
        log.info("Demo: {} household plans for {} in Xuân Bái, {} drafts for the current year", made, YEAR, current);
    }

    private static List<PlanEdit.SolutionInput> kept(HouseholdPlan draft) {
        return draft.solutions().stream()
                .map(s -> new PlanEdit.SolutionInput(
                        s.kind().name(), s.contentCode(), s.description(), s.addresses(), s.done()))
                .toList();
    }

    private static PlanEdit edit(HouseholdPlan draft, HelperAssignment helper, int target) {
        List<PlanEdit.SolutionInput> solutions = new ArrayList<>();
        for (Solution s : draft.solutions()) {
            solutions.add(new PlanEdit.SolutionInput(
                    s.kind().name(), s.contentCode(), s.description(), s.addresses(), solutions.size() % 2 == 0));
        }
        if (solutions.isEmpty()) {
            solutions.add(new PlanEdit.SolutionInput(
                    "LOAN", "VAY_HO_NGHEO", "Vay vốn tín dụng chính sách để sản xuất", List.of(), false));
        }
        boolean agency = helper != null && helper.agencyId() != null;
        return new PlanEdit(
                draft.causes(),
                target,
                true,
                helper == null ? null : agency ? "AGENCY" : "CADRE",
                helper == null ? null : helper.helperName(),
                helper == null ? null : helper.agencyId(),
                null,
                helper != null,
                helper == null ? null : LocalDate.of(YEAR, 2, 20),
                null,
                "Kế hoạch mẫu (dữ liệu minh họa)",
                solutions,
                draft.version());
    }

    /** The 2024 list, as the commune's report owed by 20/3 when the seed plan's obligation exists. */
    private void submit(AdminUnit xuanBai) {
        Long obligation = escapes.obligations(LOADER, xuanBai.id(), YEAR).stream()
                .filter(o -> o.due().getMonthValue() == 3)
                .map(ObligationView::id)
                .findFirst()
                .orElse(null);
        escapes.submit(LOADER, xuanBai.id(), YEAR, obligation, Locale.forLanguageTag("vi"));
    }

    /** Drafts for this year's current lists of the commune where Xuân Bái's households now live. */
    private int currentYearDrafts(AdminUnit xuanBai) {
        int year = plans.today().getYear();
        List<Long> successors = units.successorIds(xuanBai.id());
        long commune = successors.size() == 1 ? successors.get(0) : xuanBai.id();
        List<Long> poor = plans.listedOn(LOADER, xuanBai.id(), year, "POOR");
        int n = 0;
        for (Long h : poor.subList(0, Math.min(6, poor.size()))) {
            try {
                HouseholdPlan draft = plans.draft(LOADER, h, year);
                PlanEdit e = new PlanEdit(
                        draft.causes(),
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        LocalDate.of(year, 1, 15 + n),
                        null,
                        kept(draft),
                        draft.version());
                plans.update(LOADER, draft.id(), e);
                n++;
            } catch (RuntimeException notOnTheListsNow) {
                log.debug("Demo: no {} plan for household {} in unit {}", year, h, commune);
            }
        }
        return n;
    }
}
