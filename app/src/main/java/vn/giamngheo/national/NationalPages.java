package vn.giamngheo.national;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.standard.PovertyStandards;
import vn.giamngheo.standard.ReasonWording;

/**
 * The national what-if and national analytics pages, for whole-country users: the latest finished
 * run's figures, the run waiting or in progress, and a form to request a new one.
 */
@Controller
class NationalPages {
    private static final int PAGE = 100;
    private final NationalRuns runs;
    private final NationalResults results;
    private final PovertyStandards standards;
    private final CurrentUser currentUser;
    private final ReasonWording wording;
    private final Clock clock;

    NationalPages(
            NationalRuns runs,
            NationalResults results,
            PovertyStandards standards,
            CurrentUser currentUser,
            ReasonWording wording,
            Clock clock) {
        this.runs = runs;
        this.results = results;
        this.standards = standards;
        this.currentUser = currentUser;
        this.wording = wording;
        this.clock = clock;
    }

    @GetMapping("/national/what-if")
    String whatIf(@RequestParam(defaultValue = "0") int offset, Model model, Locale locale) {
        Actor actor = currentUser.actor();
        NationalRuns.requireCountry(actor);
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("standards", standards.list());
        model.addAttribute("open", runs.open("WHAT_IF").orElse(null));
        runs.latestFinished("WHAT_IF").ifPresent(r -> {
            model.addAttribute("run", r);
            model.addAttribute("byProvince", results.whatIfByProvince(r.id()));
            NationalResults.Changes changes = results.changes(actor, r.id(), PAGE, offset);
            model.addAttribute("changes", changes);
            model.addAttribute(
                    "reasons",
                    changes.items().stream()
                            .map(c -> wording.reasons(c.explanation().reasons(), locale))
                            .toList());
            model.addAttribute("offset", Math.max(0, offset));
            model.addAttribute("page", PAGE);
        });
        return "national/what-if";
    }

    @GetMapping("/national/analytics")
    String analytics(
            @RequestParam(required = false) Double k,
            @RequestParam(defaultValue = "PROVINCE") String dimension,
            @RequestParam(defaultValue = "PROVINCES") String kind,
            Model model) {
        Actor actor = currentUser.actor();
        NationalRuns.requireCountry(actor);
        String d = NationalApi.dimension(dimension);
        String kd = NationalApi.kind(kind);
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("standards", standards.list());
        model.addAttribute("dimensions", NationalApi.DIMENSIONS.subList(1, NationalApi.DIMENSIONS.size()));
        model.addAttribute("dimension", d);
        model.addAttribute("kind", kd);
        model.addAttribute("openMpi", runs.open("MPI").orElse(null));
        model.addAttribute("openDuplicates", runs.open("DUPLICATES").orElse(null));
        runs.latestFinished("MPI").ifPresent(r -> {
            double kk = NationalApi.k(r, k);
            model.addAttribute("mpiRun", r);
            model.addAttribute("k", kk);
            List<NationalResults.MpiGroup> country = results.mpiGroups(r.id(), kk, "COUNTRY");
            model.addAttribute("country", country.isEmpty() ? null : country.get(0));
            model.addAttribute("indicators", results.mpiIndicators(r.id(), kk, "COUNTRY", "VN"));
            model.addAttribute("groups", results.mpiGroups(r.id(), kk, d));
        });
        runs.latestFinished("DUPLICATES").ifPresent(r -> {
            model.addAttribute("dupRun", r);
            model.addAttribute("dupCounts", results.duplicateCounts(r.id()));
            model.addAttribute("duplicates", results.duplicates(actor, r.id(), kd, PAGE, 0));
        });
        return "national/analytics";
    }

    @PostMapping("/national/runs")
    String request(
            @RequestParam String job,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String k) {
        NationalRun run = runs.request(currentUser.actor(), new NationalRuns.Request(job, year, standard, null, k));
        return "redirect:" + (run.job().equals("WHAT_IF") ? "/national/what-if" : "/national/analytics");
    }
}
