/**
 * Demo reviews for the first start of the demo dataset: deterministic generated households for the
 * demo communes, the 2023 baseline (lists for 2024), a regular round in March 2024 and the 2024
 * periodic review taken to recognition, so lists, flows and certificates can be seen at once.
 */
package vn.giamngheo.review.demo;
