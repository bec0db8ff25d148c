package vn.giamngheo.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/** User administration pages: list, create, change roles and jurisdiction, set a password. */
@Controller
class UserPages {
    private final UserAccounts accounts;
    private final CurrentUser currentUser;

    UserPages(UserAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list(currentUser.actor()));
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String username,
            @RequestParam String fullName,
            @RequestParam String password,
            @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) List<String> unitIds,
            RedirectAttributes redirect) {
        Set<Role> roleSet = roles(roles);
        UserAccount created =
                accounts.create(currentUser.actor(), new NewUser(username, fullName, password, roleSet, ids(unitIds)));
        redirect.addFlashAttribute("message", created.username());
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.get(currentUser.actor(), id));
        model.addAttribute("roles", Role.values());
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable long id,
            @RequestParam String fullName,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) List<String> unitIds,
            @RequestParam int version) {
        Set<Role> roleSet = roles(roles);
        accounts.update(currentUser.actor(), id, fullName, enabled, roleSet, ids(unitIds), version);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String password(@PathVariable long id, @RequestParam String password) {
        accounts.setPassword(currentUser.actor(), id, password);
        return "redirect:/admin/users/" + id;
    }

    /** The roles ticked; none ticked may arrive as no parameter, an empty one ({@code roles=}) or a blank. */
    static Set<Role> roles(List<Role> ticked) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (ticked != null) {
            ticked.stream().filter(java.util.Objects::nonNull).forEach(roles::add);
        }
        return roles;
    }

    /**
     * The units picked (their ids, from the unit picker's checkboxes); anything else — a name typed
     * where an id was expected — is refused with a clear message, never a 500.
     */
    private static List<Long> ids(List<String> values) {
        List<Long> ids = new java.util.ArrayList<>();
        if (values == null) {
            return ids;
        }
        for (String v : values) {
            for (String token : v.split("[,;\\s]+")) {
                if (token.isBlank()) {
                    continue;
                }
                if (!token.matches("\\d{1,18}")) {
                    throw InvalidInput.of("unitIds", Message.of("identity.unitNotPicked", token));
                }
                ids.add(Long.valueOf(token));
            }
        }
        return ids;
    }
}
