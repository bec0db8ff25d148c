/**
 * Programs, their projects and sub-projects, the support contents and content groups, norms as
 * versioned data (fixed amounts or formulas over reference values), the append-only budget ledger
 * with its balances, and production projects with their recovery and rotation sub-ledger. Other
 * modules use it through {@link vn.giamngheo.funding.Catalogue}, {@link vn.giamngheo.funding.Ledger}
 * and {@link vn.giamngheo.funding.Projects}; a grant to a household (the support module) refers to a
 * content, its group, a norm and a ledger commitment by their ids. Decisions 1301–1305.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "identity", "shared"})
package vn.giamngheo.funding;

import org.springframework.modulith.ApplicationModule;
