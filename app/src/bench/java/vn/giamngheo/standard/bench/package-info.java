/**
 * JMH benchmarks of the classifier (docs/benchmarks.md), compiled and run only with {@code ./mvnw -Pbench test}.
 * Figures are kept in {@code docs/benchmarks.md}; nothing here is a test.
 */
package vn.giamngheo.standard.bench;
