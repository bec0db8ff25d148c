/**
 * The audit trail: every change of data with who, when, what and the values before and after,
 * append-only (enforced by a database trigger), plus refused accesses outside a jurisdiction.
 * Other modules write through {@link vn.giamngheo.audit.AuditLog} inside their own transaction.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package vn.giamngheo.audit;

import org.springframework.modulith.ApplicationModule;
