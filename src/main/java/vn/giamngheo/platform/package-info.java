/**
 * Wiring without domain: the embedded PostgreSQL, the security filter chains, locale and error
 * handling, the clock, the page layout. Domain modules never depend on it.
 */
package vn.giamngheo.platform;
