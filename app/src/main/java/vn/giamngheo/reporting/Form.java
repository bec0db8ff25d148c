package vn.giamngheo.reporting;

import java.util.Arrays;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * The standard report forms (docs/domain/review-and-reporting.md §5; the report annexes of TT 07/2021/TT-BLĐTBXH
 * as amended by TT 02/2022): the path segment of {@code /api/v1/reports/{form}} and the cells they read.
 */
enum Form {
    /** (a) poor, near-poor and middle-living households and persons, with rates. */
    SUMMARY("summary", "SUMMARY", "tong-hop"),
    /** (b) flows (diễn biến) of poor and of near-poor households and persons. */
    FLOWS("flows", "FLOWS", "dien-bien"),
    /** (c) deprivation counts and rates by indicator for poor and for near-poor households. */
    DEPRIVATIONS("deprivations", "DEPRIVATIONS", "thieu-hut"),
    /** (d) target groups, ethnicity of the head, causes of poverty. */
    GROUPS("groups", "GROUPS", "nhom-doi-tuong"),
    /** (e) children under 16: health insurance, nutrition, schooling. */
    CHILDREN("children", "CHILDREN", "tre-em"),
    /** (f) the recognised lists in force, per commune, with a link to each. */
    LISTS("lists", "SUMMARY", "danh-sach"),
    /** (g) disbursement progress by source and sub-project, from the funding ledger. */
    DISBURSEMENT("disbursement", "NONE", "giai-ngan");

    final String slug;
    final String cells;
    /** The Vietnamese file name part (without accents), for downloads. */
    final String fileName;

    Form(String slug, String cells, String fileName) {
        this.slug = slug;
        this.cells = cells;
        this.fileName = fileName;
    }

    static Form of(String slug) {
        return Arrays.stream(values())
                .filter(f -> f.slug.equalsIgnoreCase(slug) || f.name().equalsIgnoreCase(slug))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("form", Message.of("reporting.unknownForm", slug)));
    }
}
