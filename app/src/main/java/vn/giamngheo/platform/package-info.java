/**
 * Wiring without domain: the embedded PostgreSQL, the security filter chains, locale and error
 * handling, the clock, the page layout. Domain modules never depend on it; it reads two of them for
 * pages every user sees: the home page's to-do list (reporting) and the words of codes (standard).
 */
@ApplicationModule(
        allowedDependencies = {"adminunit", "agency", "audit", "identity", "reporting", "shared", "standard"})
package vn.giamngheo.platform;

import org.springframework.modulith.ApplicationModule;
