package vn.giamngheo.review;

import java.util.List;

/**
 * A review list ready to be printed or exported: the unit it belongs to, the year and standard, and
 * its rows. {@code districtName} is null for units reorganised into the two-level hierarchy of
 * 1 July 2025.
 */
public record ReviewListDocument(
        String title,
        String communeName,
        String districtName,
        String provinceName,
        int listYear,
        String standardName,
        String kind,
        boolean publicPosting,
        List<ReviewListRow> rows) {}
