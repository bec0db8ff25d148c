package vn.giamngheo.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.standard.PovertyStandards;
import vn.giamngheo.standard.ReasonWording;

/** The what-if page: a unit, a list year and a second standard; the comparison when all three are given. */
@Controller
class WhatIfPages {
    private final WhatIf whatIf;
    private final PovertyStandards standards;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReasonWording wording;

    WhatIfPages(
            WhatIf whatIf, PovertyStandards standards, CurrentUser currentUser, Clock clock, ReasonWording wording) {
        this.whatIf = whatIf;
        this.standards = standards;
        this.currentUser = currentUser;
        this.clock = clock;
        this.wording = wording;
    }

    @GetMapping("/what-if")
    String page(
            @RequestParam long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String standard,
            Model model,
            Locale locale) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", y);
        model.addAttribute("standard", standard);
        model.addAttribute("standards", standards.list());
        if (standard != null && !standard.isBlank()) {
            WhatIf.requireYear(y);
            WhatIf.Result result = whatIf.compare(currentUser.actor(), unitId, y, standard, null, 500);
            model.addAttribute("result", result);
            // each changed household's reasons in the reader's language, in the order of result.changed
            model.addAttribute(
                    "reasons",
                    result.changed().stream()
                            .map(c -> wording.reasons(c.explanation().reasons(), locale))
                            .toList());
        }
        return "review/what-if";
    }
}
