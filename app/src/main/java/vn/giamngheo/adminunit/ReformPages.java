package vn.giamngheo.adminunit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.identity.CurrentUser;

/**
 * The 2025 reform for administrators: import the official lists (a dry run first shows what would
 * change), and the villages of split communes still waiting for their successor.
 */
@Controller
class ReformPages {
    private final ReformImport reform;
    private final SplitCommunes splits;
    private final ReformUsers reformUsers;
    private final CurrentUser currentUser;

    ReformPages(ReformImport reform, SplitCommunes splits, ReformUsers reformUsers, CurrentUser currentUser) {
        this.reform = reform;
        this.splits = splits;
        this.reformUsers = reformUsers;
        this.currentUser = currentUser;
    }

    @GetMapping("/units/reform-2025")
    String page(Model model) {
        model.addAttribute("waiting", splits.waiting(currentUser.actor()));
        model.addAttribute("scopes", ReformImport.Scope.values());
        model.addAttribute("stranded", reformUsers.stranded(currentUser.actor()));
        return "units/reform";
    }

    @PostMapping("/units/reform-2025/import")
    @PreAuthorize("hasAuthority('UNIT_EDIT')")
    String importLists(
            @RequestParam ReformImport.Scope scope, @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        model.addAttribute("report", reform.run(currentUser.actor(), scope, dryRun));
        return page(model);
    }

    /** The reform from lists the administrator uploads in the official files' format (decision 1930). */
    @PostMapping("/units/reform-2025/import-lists")
    @PreAuthorize("hasAuthority('UNIT_EDIT')")
    String importUploadedLists(
            @RequestParam("before") MultipartFile before,
            @RequestParam("after") MultipartFile after,
            @RequestParam("succession") MultipartFile succession,
            @RequestParam(name = "splits", required = false) MultipartFile splits,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model) {
        model.addAttribute(
                "report",
                reform.run(
                        currentUser.actor(),
                        ReformImport.Scope.COUNTRY,
                        dryRun,
                        ReformLists.fromFiles(before, after, succession, splits)));
        return page(model);
    }

    @PostMapping("/units/reform-2025/users/{userId}")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    String confirmUser(@PathVariable long userId, @RequestParam int version) {
        reformUsers.confirm(currentUser.actor(), userId, version);
        return "redirect:/units/reform-2025";
    }

    @PostMapping("/units/reform-2025/villages/{villageId}")
    @PreAuthorize("hasAuthority('UNIT_EDIT')")
    String assign(@PathVariable long villageId, @RequestParam long successorId) {
        splits.assign(currentUser.actor(), villageId, successorId);
        return "redirect:/units/reform-2025";
    }
}
