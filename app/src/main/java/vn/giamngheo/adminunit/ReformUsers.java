package vn.giamngheo.adminunit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.identity.UserAccount;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Permission;

/**
 * Accounts whose jurisdiction is a unit that ended (a commune merged on 1 July 2025, a district):
 * they keep seeing that unit's history and nothing after it, until an administrator confirms their
 * move to the proposed successors — never silently. A commune's proposal is its successors; a
 * district has none of its own, so its proposal is the new communes that received its communes.
 */
@Service
public class ReformUsers {
    private final UserAccounts users;
    private final AdminUnits units;

    ReformUsers(UserAccounts users, AdminUnits units) {
        this.users = users;
        this.units = units;
    }

    /** An account of ended units with the units proposed in their place. */
    public record Stranded(UserAccount user, List<AdminUnit> ended, List<AdminUnit> proposed) {}

    public List<Stranded> stranded(Actor actor) {
        if (!actor.can(Permission.USER_ADMIN)) {
            return List.of();
        }
        List<Stranded> result = new ArrayList<>();
        for (UserAccount user : users.list(actor)) {
            List<AdminUnit> ended = user.jurisdictionUnitIds().stream()
                    .map(units::get)
                    .filter(AdminUnit::retired)
                    .toList();
            if (!ended.isEmpty()) {
                result.add(new Stranded(user, ended, proposed(user)));
            }
        }
        return result;
    }

    /** Moves the account to the proposed units in place of its ended ones (the administrator's confirmation). */
    @Transactional
    public UserAccount confirm(Actor actor, long userId, int expectedVersion) {
        UserAccount user = users.get(actor, userId);
        List<AdminUnit> proposed = proposed(user);
        if (proposed.isEmpty()) {
            throw InvalidInput.of("userId", Message.of("adminunit.noSuccessorToPropose", user.username()));
        }
        Set<Long> ids = new LinkedHashSet<>();
        user.jurisdictionUnitIds().stream()
                .filter(id -> !units.get(id).retired())
                .forEach(ids::add);
        proposed.forEach(u -> ids.add(u.id()));
        return users.update(
                actor, userId, user.fullName(), user.enabled(), user.roles(), List.copyOf(ids), expectedVersion);
    }

    private List<AdminUnit> proposed(UserAccount user) {
        Set<Long> ids = new LinkedHashSet<>();
        for (long id : user.jurisdictionUnitIds()) {
            AdminUnit unit = units.get(id);
            if (!unit.retired()) {
                continue;
            }
            List<AdminUnit> sources = "DISTRICT".equals(unit.level()) ? units.children(id) : List.of(unit);
            for (AdminUnit source : sources) {
                // through every later reorganisation to the units in force
                ids.addAll(units.currentSuccessorIds(source.id()));
            }
        }
        return ids.stream().map(units::get).toList();
    }
}
