package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.shared.TextFolding;

/**
 * The key under which unit names are compared: folded, punctuation and dashes gone, "&" and "và"
 * dropped, the abbreviations plans use written out, and a trailing level word ("huyện", "xã",
 * "tỉnh") dropped. So "Phòng LĐ-TB&XH", "Phòng Lao động - TBXH" and "Phòng Lao động – Thương binh và
 * Xã hội huyện" have one key, as have "NHCSXH", "Ngân hàng CSXH" and "Ngân hàng Chính sách xã hội".
 */
final class AgencyNameKey {
    /** Abbreviations that are unambiguous on their own. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ld", "lao dong"),
            Map.entry("tb", "thuong binh"),
            Map.entry("xh", "xa hoi"),
            Map.entry("tbxh", "thuong binh xa hoi"),
            Map.entry("ldtbxh", "lao dong thuong binh xa hoi"),
            Map.entry("nhcsxh", "ngan hang chinh sach xa hoi"),
            Map.entry("csxh", "chinh sach xa hoi"),
            Map.entry("bhxh", "bao hiem xa hoi"),
            Map.entry("bhyt", "bao hiem y te"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("nn", "nong nghiep"),
            Map.entry("ptnt", "phat trien nong thon"),
            Map.entry("tc", "tai chinh"),
            Map.entry("kh", "ke hoach"),
            Map.entry("gd", "giao duc"),
            Map.entry("tn", "tai nguyen"),
            Map.entry("mt", "moi truong"),
            Map.entry("vh", "van hoa"),
            Map.entry("bcd", "ban chi dao"),
            Map.entry("mtqg", "muc tieu quoc gia"),
            Map.entry("ctmtqg", "chuong trinh muc tieu quoc gia"),
            Map.entry("ttyt", "trung tam y te"),
            Map.entry("tyt", "tram y te"),
            Map.entry("lhpn", "lien hiep phu nu"),
            Map.entry("ccb", "cuu chien binh"),
            Map.entry("chqs", "chi huy quan su"),
            Map.entry("vksnd", "vien kiem sat nhan dan"),
            Map.entry("tand", "toa an nhan dan"),
            Map.entry("ldld", "lien doan lao dong"));

    /** Abbreviations that mean something only next to each other ("KT-HT", "GD&ĐT", "TC-KT"). */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"kt ht", "kinh te ha tang"},
            new String[] {"gd dt", "giao duc dao tao"},
            new String[] {"vh tt", "van hoa thong tin"},
            new String[] {"vh xh", "van hoa xa hoi"},
            new String[] {"tc kt", "tai chinh ke toan"},
            new String[] {"dc nn", "dia chinh nong nghiep"},
            new String[] {"ban qlda", "ban quan ly du an"});

    private static final Set<String> LEVEL_WORDS = Set.of("huyen", "xa", "tinh", "phuong", "thi tran");

    private AgencyNameKey() {}

    /** The key without the trailing level word: "Phòng Tài chính - Kế hoạch huyện" as "… Kế hoạch". */
    static String of(String name) {
        return withoutLevel(full(name));
    }

    /** The key with its level word kept, so "UBND huyện" and "UBND xã" stay apart. */
    static String full(String name) {
        String folded = TextFolding.fold(withoutParentheses(name));
        StringBuilder cleaned = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            cleaned.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        List<String> words = new ArrayList<>(List.of(cleaned.toString().trim().split("\\s+")));
        words.removeIf(w -> w.isEmpty() || w.equals("va"));
        String joined = " " + String.join(" ", words) + " ";
        for (String[] pair : PAIRS) {
            joined = joined.replace(" " + pair[0] + " ", " " + pair[1] + " ");
        }
        List<String> expanded = new ArrayList<>();
        for (String w : joined.trim().split(" ")) {
            expanded.add(WORDS.getOrDefault(w, w));
        }
        String key = String.join(" ", expanded);
        if (key.startsWith("co quan ")) {
            key = key.substring("co quan ".length());
        }
        return key;
    }

    private static String withoutLevel(String fullKey) {
        String key = fullKey;
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (String level : LEVEL_WORDS) {
                if (key.endsWith(" " + level)) {
                    key = key.substring(0, key.length() - level.length() - 1);
                    trimmed = true;
                }
            }
        }
        return key;
    }

    static String withoutParentheses(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
