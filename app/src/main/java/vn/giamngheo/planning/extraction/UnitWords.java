package vn.giamngheo.planning.extraction;

import java.util.List;
import java.util.Set;

/**
 * The words {@link UnitPhrases} reads units by, folded (no marks) unless said otherwise. Kept apart
 * so that the vocabulary can grow as more plans are read without touching the reading.
 */
final class UnitWords {

    /** Words that open a unit's name. */
    static final List<String> HEADS =
            split("uy ban|ubnd|ubmttq|hoi dong|hdnd|ngan hang|nhcsxh|bao hiem|bhxh|trung tam|van phong|"
                    + "cong chuc|huyen doan|huyen uy|tinh uy|dang uy|mttq|mat tran|chi cuc|cong an|toa an|"
                    + "lien doan|thanh vien|co quan|benh vien|kho bac|doan thanh nien|chinh quyen|cap uy|btv|"
                    + "bcd|ttyt|tyt|phong|ban|tram|thon");

    /** Heads that open a name only before a capitalised word ("Hội Nông dân", not "hội nghị"). */
    static final List<String> NAMED_HEADS = split("hoi|so|vien|cuc|thuong truc|chu tich");

    /** Kinds of unit after "các" that make a collective ("các xã, thị trấn", "các đơn vị liên quan"). */
    static final Set<String> KINDS =
            Set.copyOf(split("co quan|don vi|phong|ban|nganh|xa|thi tran|phuong|dia phuong|doan the|to chuc|cong chuc|"
                    + "thon|lang|ban nganh|so|hoi|chi|dang bo|thanh vien|cap|cap uy|huyen|doanh nghiep|can bo|"
                    + "co so|truong|tram|ngan hang|d/c|dong chi|uy vien|hop tac xa|ban chi dao"));

    /** Lower-case verbs and prepositions that end a list of units. */
    static final List<String> STOPS =
            split("chu tri|phoi hop|trien khai|thuc hien|to chuc|tham muu|huong dan|chi dao|xay dung|"
                    + "theo doi|kiem tra|giam sat|don doc|tang cuong|day manh|tuyen truyen|ra soat|tham dinh|"
                    + "quan triet|ban hanh|thu hoi|quyet dinh|phe duyet|tong hop|tiep tuc|van dong|giup do|"
                    + "ho tro|bo tri|danh gia|xem xet|co trach nhiem|can cu|nang cao|chu dong|kip thoi|cung cap|"
                    + "phat dong|tich cuc|long ghep|thuong xuyen|dinh ky|hang nam|bao cao|de nghi|tiep nhan|"
                    + "phan bo|huy dong|dam bao|bao dam|khuyen khich|nhan rong|dang ky|cap nhat|phat hien|xu ly|"
                    + "ung dung|tap trung|uu tien|quan ly|dieu tra|su dung|thanh lap|kien toan|khen thuong|"
                    + "bieu duong|so ket|tong ket|giai quyet|dieu chinh|de xuat|kien nghi|tap huan|boi duong|"
                    + "dao tao|phat trien|cap phat|quan tam|tham gia|dong thoi|phan cong|lam dau moi|nham");

    /** One-syllable stops, with their marks: folded "de" is also "đề", "la" also "lá". */
    static final Set<String> SHORT_STOPS =
            Set.copyOf(split("là|làm|tại|để|cho|về|đến|trong|theo|khi|sau|trước|qua|với|từ|vào|trên|như|bằng|lập|nắm|"
                    + "chịu|giao|gắn|tạo|in|cùng|được|phải|cần|sẽ|đã|đang|ngay|nếu|thì|mà|trình|đúng"));

    private UnitWords() {}

    private static List<String> split(String words) {
        return List.of(words.split("\\|"));
    }
}
