/**
 * Read-only reporting over recognised review results (docs/decisions/0601-reporting.md; docs/domain/review-and-reporting.md §5): the
 * standard report forms on screen, in Excel and in PDF from kept cells that each recognition updates
 * by delta in its own transaction, the dashboard, Alkire–Foster multidimensional poverty measures
 * (docs/domain/poverty-standards.md §6) with drill-down, DHIS2 exports (ADX, CSV) and small-cell suppression.
 */
@ApplicationModule(
        allowedDependencies = {"adminunit", "audit", "funding", "identity", "planning", "review", "shared", "standard"})
package vn.giamngheo.reporting;

import org.springframework.modulith.ApplicationModule;
