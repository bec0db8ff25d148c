package vn.giamngheo.agency;

import java.util.regex.Pattern;
import vn.giamngheo.shared.TextFolding;

/**
 * The key under which a name or abbreviation is matched: folded (no accents, lower case), dashes
 * of every kind made one, spaces around "-" and "&" dropped, so "Phòng LĐ - TB&XH", "Phòng LĐ-TB &
 * XH" and "phong ld-tb&xh" are the same key.
 */
public final class AgencyNames {
    private static final Pattern DASHES = Pattern.compile("\\s*[-–—‑]\\s*");
    private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:()\"“”]");

    private AgencyNames() {}

    public static String key(String name) {
        String folded = TextFolding.fold(name);
        folded = PUNCTUATION.matcher(folded).replaceAll(" ");
        folded = DASHES.matcher(folded).replaceAll("-");
        folded = AMPERSAND.matcher(folded).replaceAll("&");
        return folded.replaceAll("\\s+", " ").trim();
    }
}
