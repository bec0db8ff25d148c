/**
 * Users, roles and jurisdiction. A role grants permissions ({@link vn.giamngheo.identity.Role}); a
 * jurisdiction is a set of subtrees of the hierarchy. {@link vn.giamngheo.identity.CurrentUser}
 * turns the logged-in user into the {@link vn.giamngheo.shared.Actor} every facade takes.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package vn.giamngheo.identity;

import org.springframework.modulith.ApplicationModule;
