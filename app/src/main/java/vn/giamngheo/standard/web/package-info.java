/**
 * The JSON API of the standards module under {@code /api/v1}: the standards with their values and
 * provisional flags, deriving and publishing local standards, and classifying households in the
 * exchange format (one JSON object, or JSON Lines).
 */
package vn.giamngheo.standard.web;
