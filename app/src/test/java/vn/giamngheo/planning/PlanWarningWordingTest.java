package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.giamngheo.planning.extraction.PlanWarning;
import vn.giamngheo.planning.extraction.PlanWarning.Kind;

/** Each kind of plan warning: its English text read back, and worded in Vietnamese and in English. */
class PlanWarningWordingTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    private final PlanWarningWording wording = new PlanWarningWording(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** One warning of each kind with its English text (as the reader has always written it) and its Vietnamese. */
    private static final Map<PlanWarning, String[]> EVERY_KIND = new LinkedHashMap<>();

    static {
        add(PlanWarning.of(Kind.NO_NUMBER), "no plan number found", "không tìm thấy số kế hoạch");
        add(
                PlanWarning.of(Kind.BLANK_NUMBER, "KH-UBND"),
                "the plan number is blank (\"Số: /KH-UBND\")",
                "số kế hoạch để trống (“Số: /KH-UBND”)");
        add(PlanWarning.of(Kind.NO_DATE), "no date of issue found", "không tìm thấy ngày ban hành");
        add(PlanWarning.of(Kind.NO_ISSUER), "no issuing body found", "không tìm thấy cơ quan ban hành");
        add(
                PlanWarning.of(Kind.NO_TITLE),
                "no title (\"KẾ HOẠCH …\") found",
                "không tìm thấy tên văn bản (“KẾ HOẠCH …”)");
        add(
                PlanWarning.of(Kind.DUPLICATE_NUMBER, 12, "3", "II. NỘI DUNG"),
                "line 12: number 3 appears twice in part II. NỘI DUNG; both items are kept",
                "dòng 12: số 3 xuất hiện hai lần trong phần II. NỘI DUNG; giữ cả hai mục");
        add(
                PlanWarning.of(Kind.UNKNOWN_TABLE, 40, " STT Nội dung Ghi chú"),
                "line 40: a table that is not a known appendix was not read (header: STT Nội dung Ghi chú)",
                "dòng 40: bảng không thuộc phụ lục đã biết nên không được đọc (tiêu đề: STT Nội dung Ghi chú)");
        add(
                PlanWarning.of(Kind.ROW_NOT_READ, 41, "1 | Xã Thọ Lâm | x"),
                "line 41: table row not read, a number is not a number: 1 | Xã Thọ Lâm | x",
                "dòng 41: không đọc được hàng của bảng, có ô số không phải là số: 1 | Xã Thọ Lâm | x");
        add(PlanWarning.of(Kind.NO_TASKS), "no numbered tasks found", "không tìm thấy nhiệm vụ nào được đánh số");
        add(
                PlanWarning.of(Kind.NO_LEAD_OR_ASSIGNEE),
                "no lead or assignee stated",
                "không ghi đơn vị chủ trì hay đơn vị được giao");
        add(
                PlanWarning.of(Kind.NO_LEAD),
                "coordinating units named but no lead",
                "có đơn vị phối hợp nhưng không có đơn vị chủ trì");
        add(PlanWarning.of(Kind.NO_SCHEDULE), "no schedule stated", "không ghi thời gian thực hiện");
        add(
                PlanWarning.of(Kind.SEVERAL_SCHEDULES, "trong tháng 4/2022", "\"quý II/2022\", \"năm 2023\""),
                "several schedules: took \"trong tháng 4/2022\", also \"quý II/2022\", \"năm 2023\"",
                "có nhiều mốc thời gian: đã lấy “trong tháng 4/2022”, ngoài ra còn \"quý II/2022\", \"năm 2023\"");
        add(
                PlanWarning.of(Kind.UNMATCHED, "Công chức Văn hóa Chính sách"),
                "unmatched: Công chức Văn hóa Chính sách",
                "chưa khớp danh mục cơ quan: Công chức Văn hóa Chính sách");
    }

    private static void add(PlanWarning w, String english, String vietnamese) {
        EVERY_KIND.put(w, new String[] {english, vietnamese});
    }

    @Test
    void every_kind_keeps_its_english_text_and_reads_back_from_it() {
        EVERY_KIND.forEach((w, texts) -> {
            assertThat(w.text()).isEqualTo(texts[0]);
            assertThat(PlanWarning.read(texts[0])).as(texts[0]).contains(w);
        });
        EnumSet<Kind> covered = EnumSet.noneOf(Kind.class);
        EVERY_KIND.keySet().forEach(w -> covered.add(w.kind()));
        assertThat(covered).isEqualTo(EnumSet.allOf(Kind.class));
    }

    @Test
    void every_kind_is_worded_in_vietnamese_and_in_english() {
        EVERY_KIND.forEach((w, texts) -> {
            assertThat(wording.word(w.text(), VI)).isEqualTo(texts[1]);
            assertThat(wording.word(w.text(), Locale.ENGLISH)).isEqualTo(texts[0]);
        });
    }

    @Test
    void a_text_of_no_known_kind_is_shown_as_written() {
        assertThat(PlanWarning.read("kiểm tra lại phụ lục 2")).isEmpty();
        assertThat(wording.word("kiểm tra lại phụ lục 2", VI)).isEqualTo("kiểm tra lại phụ lục 2");
        assertThat(PlanWarning.read("no schedule stated yet")).isEmpty();
    }

    @Test
    void a_list_of_stored_warnings_is_worded_in_order() {
        assertThat(wording.word(java.util.List.of("no date of issue found", "unmatched: Ban Dân vận"), VI))
                .containsExactly("không tìm thấy ngày ban hành", "chưa khớp danh mục cơ quan: Ban Dân vận");
        assertThat(wording.word((java.util.List<String>) null, VI)).isEmpty();
    }
}
