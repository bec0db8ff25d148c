package vn.giamngheo.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.shared.UnitPaths;

/**
 * The audit trail for administrators and auditors, filtered by unit (its whole subtree), user and
 * dates. Entries are never edited: the page only reads.
 */
@Controller
class AuditPages {
    private final AuditLog audit;
    private final UnitPaths unitPaths;

    AuditPages(AuditLog audit, UnitPaths unitPaths) {
        this.audit = audit;
        this.unitPaths = unitPaths;
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
        String path = unitId == null ? null : unitPaths.path(unitId).orElse("/none/");
        model.addAttribute("entries", audit.browse(new AuditQuery(path, username, from, to, page, 50)));
        model.addAttribute("unitId", unitId);
        model.addAttribute("username", username);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", page);
        return "admin/audit";
    }
}
