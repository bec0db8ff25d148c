package vn.giamngheo.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.UserAccount;
import vn.giamngheo.reporting.Todo;

/**
 * Login page and the home page: the units the user works in, with their place in the hierarchy,
 * and for each what there is to do ({@link Todo}).
 */
@Controller
class HomePage {
    private final CurrentUser currentUser;
    private final AdminUnits units;
    private final Agencies agencies;
    private final Todo todo;
    private final Clock clock;

    HomePage(CurrentUser currentUser, AdminUnits units, Agencies agencies, Todo todo, Clock clock) {
        this.todo = todo;
        this.clock = clock;
        this.currentUser = currentUser;
        this.units = units;
        this.agencies = agencies;
    }

    /** One unit of the user's jurisdiction as the home page shows it. */
    record JurisdictionUnit(AdminUnit unit, String ancestry, int childCount, int agencyCount) {}

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        UserAccount account = currentUser.account();
        boolean everywhere = currentUser.actor().jurisdiction().everywhere();
        List<JurisdictionUnit> jurisdiction = new ArrayList<>();
        for (Long id : account.jurisdictionUnitIds()) {
            AdminUnit unit = units.get(id);
            List<AdminUnit> above = new ArrayList<>(units.ancestry(unit));
            above.remove(above.size() - 1);
            Collections.reverse(above);
            jurisdiction.add(new JurisdictionUnit(
                    unit,
                    above.stream().map(AdminUnit::fullName).collect(Collectors.joining(", ")),
                    units.children(id).size(),
                    agencies.ofUnit(id).size()));
        }
        model.addAttribute("account", account);
        model.addAttribute("everywhere", everywhere);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("roots", everywhere ? units.roots() : List.of());
        LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.VIETNAM));
        model.addAttribute("today", today);
        // the whole country has no single to-do list: an administrator opens a unit's dashboard instead
        model.addAttribute(
                "todo", everywhere ? Map.of() : todo.of(currentUser.actor(), account.jurisdictionUnitIds(), today));
        return "home";
    }
}
