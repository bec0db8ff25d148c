package vn.giamngheo.review;

import java.util.List;

/**
 * A list of a campaign as the documents (Excel, PDF) print it: the contract with {@code
 * review.documents}. {@code districtName} is null where the commune is directly under its province.
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
