/**
 * Plans (kế hoạch), their tasks, schedules, targets and helper assignments. The document import
 * reads an official's .docx, .md or .txt plan into an extraction for review; nothing is saved until
 * the official has corrected and confirmed it.
 */
package vn.giamngheo.planning;
