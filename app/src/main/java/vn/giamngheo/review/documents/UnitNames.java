package vn.giamngheo.review.documents;

import java.util.List;
import java.util.Locale;

/**
 * Administrative unit names as documents print them. A name may arrive bare ("Thọ Xuân") or with
 * its kind ("Phường Ba Đình", "Thị trấn Sa Pa"); headings need the kind ("ỦY BAN NHÂN DÂN XÃ THỌ
 * XUÂN") and the place line of a date needs the bare name ("Thọ Xuân, ngày …").
 */
final class UnitNames {
    static final Locale VI = Locale.forLanguageTag("vi");

    private static final List<String> COMMUNE_KINDS = List.of("xã", "phường", "thị trấn", "đặc khu");
    private static final List<String> DISTRICT_KINDS = List.of("huyện", "quận", "thị xã", "thành phố");
    private static final List<String> PROVINCE_KINDS = List.of("tỉnh", "thành phố");

    private UnitNames() {}

    /** "xã Thọ Xuân" from "Thọ Xuân"; "Phường Ba Đình" stays as it is. */
    static String commune(String name) {
        return withKind(name, COMMUNE_KINDS, "xã");
    }

    static String district(String name) {
        return withKind(name, DISTRICT_KINDS, "huyện");
    }

    static String province(String name) {
        return withKind(name, PROVINCE_KINDS, "tỉnh");
    }

    /** "Xã: Thọ Xuân", "Phường: Ba Đình" for the unit line of a list. */
    static String communeLabelled(String name) {
        return labelled(name, COMMUNE_KINDS, "xã");
    }

    static String districtLabelled(String name) {
        return labelled(name, DISTRICT_KINDS, "huyện");
    }

    static String provinceLabelled(String name) {
        return labelled(name, PROVINCE_KINDS, "tỉnh");
    }

    /** The name without its kind, for "Thọ Xuân, ngày …". */
    static String bare(String name) {
        String text = PdfText.of(name).trim();
        String lower = text.toLowerCase(VI);
        for (List<String> kinds : List.of(COMMUNE_KINDS, DISTRICT_KINDS, PROVINCE_KINDS)) {
            for (String kind : kinds) {
                if (lower.startsWith(kind + " ")) {
                    return text.substring(kind.length() + 1).trim();
                }
            }
        }
        return text;
    }

    static String upper(String text) {
        return PdfText.of(text).toUpperCase(VI);
    }

    private static String labelled(String name, List<String> kinds, String defaultKind) {
        String text = PdfText.of(name).trim();
        String lower = text.toLowerCase(VI);
        String kind = defaultKind;
        String bare = text;
        for (String candidate : kinds) {
            if (lower.startsWith(candidate + " ")) {
                kind = candidate;
                bare = text.substring(candidate.length() + 1).trim();
                break;
            }
        }
        return kind.substring(0, 1).toUpperCase(VI) + kind.substring(1) + ": " + bare;
    }

    private static String withKind(String name, List<String> kinds, String defaultKind) {
        String text = PdfText.of(name).trim();
        String lower = text.toLowerCase(VI);
        for (String kind : kinds) {
            if (lower.startsWith(kind + " ")) {
                return text;
            }
        }
        return text.isEmpty() ? "" : defaultKind + " " + text;
    }
}
