package vn.giamngheo.generator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Plausible Vietnamese full names by naming custom. A name is three indexes into the lists of its
 * style (family, middle, given), so members can share a family name and nothing is allocated per
 * person; the parts are kept as UTF-8 bytes for the writer. Lists and weights are ordinary
 * knowledge of common names, not statistics.
 */
final class NameBook {
    /** Naming customs: Kinh-like three-part names, Mông clan names, and the "A …"/"Y …" of Kon Tum. */
    enum Style {
        KINH,
        MUONG,
        TAY_NUNG,
        DAO,
        MONG,
        HIGHLANDS
    }

    private record Parts(
            byte[][] family,
            Draws.Table familyWeights,
            byte[][] maleMiddle,
            Draws.Table maleMiddleWeights,
            byte[][] femaleMiddle,
            Draws.Table femaleMiddleWeights,
            byte[][] maleGiven,
            byte[][] femaleGiven) {}

    private static final String[] KINH_MALE_GIVEN = {
        "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khánh", "Kiên", "Long",
        "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Toàn",
        "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Lực", "Hưng", "Thịnh", "Khoa"
    };
    private static final String[] KINH_FEMALE_GIVEN = {
        "An", "Anh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ",
        "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thu",
        "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Nga", "Lý", "Hoài"
    };
    private static final String[] KINH_MALE_MIDDLE = {
        "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Đình", "Ngọc", "Thanh", "Mạnh", "Duy"
    };
    private static final Draws.Table KINH_MALE_MIDDLE_W = new Draws.Table(45, 8, 7, 5, 5, 5, 5, 5, 4, 4, 4, 3);
    private static final String[] KINH_FEMALE_MIDDLE = {
        "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Kim", "Hồng", "Thùy", "Mai"
    };
    private static final Draws.Table KINH_FEMALE_MIDDLE_W = new Draws.Table(55, 7, 6, 6, 5, 5, 5, 4, 4, 3);

    private static final Parts KINH_PARTS = kinhLike(
            new String[] {
                "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Phan",
                "Trịnh", "Mai", "Lưu", "Hà", "Đinh", "Lý", "Đào"
            },
            new Draws.Table(38, 11, 9.5, 7, 5, 4, 2.5, 2.5, 2, 1.5, 1.5, 1.2, 1.2, 1.2, 1, 1, 1, 1, 0.6, 0.8));
    private static final Parts MUONG_PARTS = kinhLike(
            new String[] {"Bùi", "Đinh", "Quách", "Hà", "Phạm", "Trương", "Cao", "Nguyễn"},
            new Draws.Table(35, 25, 10, 10, 8, 5, 4, 3));
    private static final Parts TAY_NUNG_PARTS = kinhLike(
            new String[] {"Hoàng", "Nông", "Lường", "Ma", "La", "Lăng", "Vi", "Lục", "Đàm", "Dương", "Triệu", "Hà"},
            new Draws.Table(20, 15, 8, 10, 8, 5, 6, 6, 5, 7, 4, 6));
    private static final Parts DAO_PARTS = kinhLike(
            new String[] {"Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chảo"}, new Draws.Table(30, 25, 20, 15, 6, 4));
    private static final Parts MONG_PARTS = new Parts(
            bytes("Vàng", "Lý", "Giàng", "Sùng", "Thào", "Hầu", "Mùa", "Lầu", "Hoàng"),
            new Draws.Table(20, 15, 15, 12, 12, 8, 8, 5, 5),
            bytes("A", "Văn", "Seo", "Mí"),
            new Draws.Table(45, 35, 15, 5),
            bytes("Thị"),
            new Draws.Table(1),
            bytes("Páo", "Dế", "Chử", "Sềnh", "Pó", "Chính", "Tủa", "Lử", "Dình", "Sáng", "Chá", "Phử"),
            bytes("Mỷ", "Dua", "Pà", "Mái", "Say", "Súa", "Dí", "Sua", "Chía", "Dở", "Mẩy"));
    /** Xơ Đăng, Giẻ Triêng, Ba Na: a one-word given name after "A" (men) or "Y" (women). */
    private static final Parts HIGHLANDS_PARTS = new Parts(
            new byte[0][],
            null, // no family name
            bytes("A"),
            new Draws.Table(1),
            bytes("Y"),
            new Draws.Table(1),
            bytes(
                    "Hùng", "Thuấn", "Bôn", "Dũng", "Nhoi", "Rơ", "Phăm", "Kiên", "Sang", "Tuấn", "Đen", "Lưu",
                    "Thương", "Brôi", "Khum", "Hyen", "Blơi", "Tâm", "Nhất", "Ngọc", "Quyết", "Mrông"),
            bytes(
                    "Blưu", "Hơn", "Ngọc", "Nhung", "Đào", "Sương", "Hiền", "Ly", "Thu", "Nga", "Bích", "Rơm", "Thanh",
                    "Lin", "Xuân", "Hơ", "Pứt", "Nhiên", "Mai", "Kim", "Gai"));

    private NameBook() {}

    static Style styleOf(String ethnicity) {
        return switch (ethnicity) {
            case "Kinh" -> Style.KINH;
            case "Mường" -> Style.MUONG;
            case "Tày", "Nùng" -> Style.TAY_NUNG;
            case "Dao" -> Style.DAO;
            case "Mông" -> Style.MONG;
            default -> Style.HIGHLANDS;
        };
    }

    static int family(SplittableRandom r, Style style) {
        Parts p = parts(style);
        return p.family().length == 0 ? 0 : p.familyWeights().draw(r);
    }

    static int middle(SplittableRandom r, Style style, boolean male) {
        Parts p = parts(style);
        return (male ? p.maleMiddleWeights() : p.femaleMiddleWeights()).draw(r);
    }

    static int given(SplittableRandom r, Style style, boolean male) {
        Parts p = parts(style);
        return r.nextInt(male ? p.maleGiven().length : p.femaleGiven().length);
    }

    /** Writes the full name as a JSON string. */
    static void write(JsonLineWriter w, Style style, boolean male, int family, int middle, int given) {
        Parts p = parts(style);
        w.openString();
        if (p.family().length > 0) {
            w.raw(p.family()[family]);
            w.space();
        }
        w.raw(male ? p.maleMiddle()[middle] : p.femaleMiddle()[middle]);
        w.space();
        w.raw(male ? p.maleGiven()[given] : p.femaleGiven()[given]);
        w.closeString();
    }

    private static Parts parts(Style style) {
        return switch (style) {
            case KINH -> KINH_PARTS;
            case MUONG -> MUONG_PARTS;
            case TAY_NUNG -> TAY_NUNG_PARTS;
            case DAO -> DAO_PARTS;
            case MONG -> MONG_PARTS;
            case HIGHLANDS -> HIGHLANDS_PARTS;
        };
    }

    private static Parts kinhLike(String[] families, Draws.Table weights) {
        return new Parts(
                bytes(families),
                weights,
                bytes(KINH_MALE_MIDDLE),
                KINH_MALE_MIDDLE_W,
                bytes(KINH_FEMALE_MIDDLE),
                KINH_FEMALE_MIDDLE_W,
                bytes(KINH_MALE_GIVEN),
                bytes(KINH_FEMALE_GIVEN));
    }

    private static byte[][] bytes(String... texts) {
        byte[][] out = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
