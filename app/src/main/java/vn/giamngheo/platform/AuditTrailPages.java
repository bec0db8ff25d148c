package vn.giamngheo.platform;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditChanges;
import vn.giamngheo.audit.AuditEntry;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.audit.AuditQuery;
import vn.giamngheo.identity.CurrentUser;

/**
 * The audit trail for administrators and auditors, filtered by unit (its whole subtree), user and
 * dates, within the reader's jurisdiction. Here rather than in {@code audit} because it needs the
 * current user, and {@code identity} itself writes to the trail.
 */
@Controller
class AuditTrailPages {
    private final AuditLog audit;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    AuditTrailPages(AuditLog audit, AdminUnits units, CurrentUser currentUser) {
        this.audit = audit;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String browse(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        // an unknown unit selects nothing rather than everything
        String path =
                unitId == null ? null : units.find(unitId).map(AdminUnit::path).orElse("/none/");
        List<AuditEntry> entries =
                audit.browse(currentUser.actor(), new AuditQuery(path, username, from, to, page, 50));
        java.util.Map<Long, List<AuditChanges.Change>> changes = new java.util.HashMap<>();
        for (AuditEntry e : entries) {
            changes.put(e.id(), AuditChanges.of(e.before(), e.after()));
        }
        model.addAttribute("entries", entries);
        model.addAttribute("changes", changes);
        model.addAttribute("unitId", unitId);
        model.addAttribute("username", username);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", page);
        return "admin/audit";
    }
}
