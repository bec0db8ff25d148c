/**
 * Read-only reporting: standard report forms, dashboards, Alkire–Foster multidimensional poverty
 * measures and exports, over recognised review results.
 */
package vn.giamngheo.reporting;
