/**
 * Documents of the household review, as pure functions of plain records with no Spring and no
 * database: the poor and near-poor household certificate (Mẫu 03) and the review lists as PDF with
 * an embedded Unicode font so Vietnamese prints correctly, the lists as Excel, and the Excel survey
 * template together with a streaming reader that turns a filled template into exchange-format JSON
 * lines (see docs/domain/household-format.md) for the review's strict parser.
 */
package vn.giamngheo.review.documents;
