/**
 * Reading a plan's structure straight from its document: header (number, date, issuer, title, the
 * documents it implements), numbered tasks with lead, coordinating and collective units and a
 * structured schedule, reporting duties and appendix tables. Pure Java (Apache POI for .docx), no
 * Spring and no database; unit names are matched through an {@link
 * vn.giamngheo.planning.extraction.AgencyResolver} port. Whatever cannot be placed is reported in
 * the extraction's {@code unmatched} and {@code warnings}, never dropped.
 */
package vn.giamngheo.planning.extraction;
