package vn.giamngheo.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators and auditors, filtered by unit (its whole subtree), user and
 * dates. Entries are never edited: the page only reads.
 */
@Controller
class AuditPages {
    private final AuditLog audit;
    private final JdbcClient jdbc;

    AuditPages(AuditLog audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
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
        String path = unitId == null
                ? null
                : jdbc.sql("SELECT path FROM admin_unit WHERE id = :id")
                        .param("id", unitId)
                        .query(String.class)
                        .optional()
                        .orElse("/none/");
        List<AuditEntry> entries = audit.browse(new AuditQuery(path, username, from, to, page, 50));
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
