/**
 * The review's JSON API under {@code /api/v1/reviews} and its pages (Thymeleaf and htmx): campaigns,
 * steps, requests, meetings, posting and complaints, the survey form, imports, flows and lists.
 */
package vn.giamngheo.review.web;
