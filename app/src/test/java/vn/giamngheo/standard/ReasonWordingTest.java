package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.standard.Indicator.HEALTH_INSURANCE;
import static vn.giamngheo.standard.Indicator.WATER;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.giamngheo.standard.Reason.DeprivationCount;
import vn.giamngheo.standard.Reason.IncomeVersusLine;
import vn.giamngheo.standard.Reason.LineKind;
import vn.giamngheo.standard.Reason.MiddleBandUnknown;
import vn.giamngheo.standard.Reason.NoIncome;
import vn.giamngheo.standard.Reason.NoScoreThreshold;
import vn.giamngheo.standard.Reason.RecognisedBefore;
import vn.giamngheo.standard.Reason.ScoreCannotTellBand;
import vn.giamngheo.standard.Reason.ScoreVersusThreshold;

/** Each kind of reason and warning worded from the application's message files, in Vietnamese and in English. */
class ReasonWordingTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale EN = Locale.ENGLISH;
    private final ReasonWording wording = new ReasonWording(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static final IncomeVersusLine UNDER_THE_LINE =
            new IncomeVersusLine(1_420_000, Area.RURAL, LineKind.LINE, Figure.firm(1_500_000));
    private static final IncomeVersusLine ABOVE_A_LIKELY_BAND =
            new IncomeVersusLine(3_100_000, Area.URBAN, LineKind.MIDDLE_UPPER, Figure.likely(3_000_000));
    private static final IncomeVersusLine QD59_NEAR_POOR_LINE =
            new IncomeVersusLine(850_000, Area.RURAL, LineKind.NEAR_POOR_LINE, Figure.firm(1_000_000));
    private static final IncomeVersusLine QD59_POOR_LINE_PROVISIONAL =
            new IncomeVersusLine(950_000, Area.URBAN, LineKind.POOR_LINE, Figure.provisional(900_000));
    private static final ScoreVersusThreshold SCORE_UNDER =
            new ScoreVersusThreshold(132.5, Area.RURAL, Figure.firm(140), Figure.firm(1_500_000));
    private static final ScoreVersusThreshold SCORE_ABOVE_PROVISIONAL =
            new ScoreVersusThreshold(180, Area.URBAN, Figure.provisional(175), Figure.firm(2_000_000));

    /** One of every kind, for the checks that must hold for all of them. */
    static final List<Reason> EVERY_REASON = List.of(
            UNDER_THE_LINE,
            ABOVE_A_LIKELY_BAND,
            QD59_NEAR_POOR_LINE,
            QD59_POOR_LINE_PROVISIONAL,
            SCORE_UNDER,
            SCORE_ABOVE_PROVISIONAL,
            new DeprivationCount(3, 3, IndicatorSet.EMPTY),
            new DeprivationCount(1, 3, IndicatorSet.EMPTY),
            new DeprivationCount(1, 3, IndicatorSet.of(HEALTH_INSURANCE, WATER)),
            new DeprivationCount(0, 3, IndicatorSet.of(WATER)),
            new MiddleBandUnknown("ND351_2025", Area.RURAL),
            new NoScoreThreshold("QD59_2015", Area.URBAN),
            NoIncome.INSTANCE,
            ScoreCannotTellBand.INSTANCE,
            new RecognisedBefore(HouseholdClass.NEAR_POOR));

    static final List<Warning> EVERY_WARNING = List.of(
            new Warning.TickVersusFacts(HEALTH_INSURANCE, true),
            new Warning.TickVersusFacts(WATER, false),
            new Warning.ScoreVersusIncome(
                    new ScoreVersusThreshold(150, Area.RURAL, Figure.firm(140), Figure.firm(1_500_000)),
                    new IncomeVersusLine(1_400_000, Area.RURAL, LineKind.LINE, Figure.firm(1_500_000))),
            Warning.NoMembers.INSTANCE);

    @Test
    void income_against_the_line_is_worded_with_vietnamese_amounts_in_dong() {
        assertThat(wording.reason(UNDER_THE_LINE, VI))
                .isEqualTo(
                        "thu nhập bình quân đầu người 1.420.000 đồng ≤ chuẩn nghèo khu vực nông thôn 1.500.000 đồng");
        assertThat(wording.reason(UNDER_THE_LINE, EN)).isEqualTo("income 1,420,000 ≤ rural line 1,500,000");
    }

    @Test
    void a_figure_that_is_not_firm_keeps_its_mark_in_either_language() {
        assertThat(wording.reason(ABOVE_A_LIKELY_BAND, VI))
                .isEqualTo("thu nhập bình quân đầu người 3.100.000 đồng > mức trên của chuẩn hộ có mức sống trung bình"
                        + " khu vực thành thị 3.000.000 đồng [có khả năng, tạm tính]");
        assertThat(wording.reason(ABOVE_A_LIKELY_BAND, EN))
                .isEqualTo("income 3,100,000 > urban middle-living band upper bound 3,000,000 [likely]");
        assertThat(wording.reason(QD59_POOR_LINE_PROVISIONAL, VI))
                .isEqualTo("thu nhập bình quân đầu người 950.000 đồng > chuẩn nghèo khu vực thành thị 900.000 đồng"
                        + " [chưa xác nhận, tạm tính]");
        assertThat(wording.reason(QD59_POOR_LINE_PROVISIONAL, EN))
                .isEqualTo("income 950,000 > urban poor line 900,000 [provisional]");
    }

    @Test
    void the_two_lines_of_qd59_are_the_poverty_and_near_poverty_lines() {
        assertThat(wording.reason(QD59_NEAR_POOR_LINE, VI))
                .isEqualTo(
                        "thu nhập bình quân đầu người 850.000 đồng ≤ chuẩn cận nghèo khu vực nông thôn 1.000.000 đồng");
        assertThat(wording.reason(QD59_NEAR_POOR_LINE, EN))
                .isEqualTo("income 850,000 ≤ rural near-poor line 1,000,000");
    }

    @Test
    void a_score_a_is_worded_with_the_locales_decimal_separator_and_the_line_it_stands_for() {
        assertThat(wording.reason(SCORE_UNDER, VI))
                .isEqualTo("điểm A 132,5 ≤ ngưỡng điểm khu vực nông thôn 140, tương ứng thu nhập bình quân đầu người"
                        + " ≤ chuẩn nghèo khu vực nông thôn 1.500.000 đồng");
        assertThat(wording.reason(SCORE_UNDER, EN))
                .isEqualTo("score A 132.5 ≤ rural threshold 140, standing for income ≤ rural line 1,500,000");
        assertThat(wording.reason(SCORE_ABOVE_PROVISIONAL, VI))
                .isEqualTo(
                        "điểm A 180 > ngưỡng điểm khu vực thành thị 175 [chưa xác nhận, tạm tính], tương ứng thu nhập"
                                + " bình quân đầu người > chuẩn nghèo khu vực thành thị 2.000.000 đồng");
        assertThat(wording.reason(SCORE_ABOVE_PROVISIONAL, EN))
                .isEqualTo(
                        "score A 180 > urban threshold 175 [provisional], standing for income > urban line 2,000,000");
    }

    @Test
    void the_count_of_deprived_indicators_against_the_cutoff() {
        assertThat(wording.reason(new DeprivationCount(3, 3, IndicatorSet.EMPTY), VI))
                .isEqualTo("3 chỉ số thiếu hụt ≥ 3");
        assertThat(wording.reason(new DeprivationCount(3, 3, IndicatorSet.EMPTY), EN))
                .isEqualTo("3 indicators deprived ≥ 3");
        assertThat(wording.reason(new DeprivationCount(1, 3, IndicatorSet.EMPTY), VI))
                .isEqualTo("1 chỉ số thiếu hụt < 3");
        assertThat(wording.reason(new DeprivationCount(1, 3, IndicatorSet.EMPTY), EN))
                .isEqualTo("1 indicator deprived < 3");
    }

    @Test
    void unknown_indicators_that_could_reach_the_cutoff_are_named() {
        DeprivationCount could = new DeprivationCount(1, 3, IndicatorSet.of(HEALTH_INSURANCE, WATER));
        assertThat(wording.reason(could, VI))
                .isEqualTo("1 chỉ số thiếu hụt < 3; có thể đạt 3 nếu các chỉ số chưa rõ (bảo hiểm y tế; nguồn nước sinh"
                        + " hoạt) thiếu hụt: hãy đánh dấu hoặc nhập thông tin");
        assertThat(wording.reason(could, EN))
                .isEqualTo("1 indicator deprived < 3; could reach 3 with the unknown health insurance, domestic water:"
                        + " tick them or give the facts");

        DeprivationCount cannot = new DeprivationCount(0, 3, IndicatorSet.of(WATER));
        assertThat(wording.reason(cannot, VI))
                .isEqualTo("0 chỉ số thiếu hụt < 3; không thể đạt 3 kể cả khi các chỉ số chưa rõ (nguồn nước sinh hoạt)"
                        + " đều thiếu hụt");
        assertThat(wording.reason(cannot, EN))
                .isEqualTo("0 indicators deprived < 3; cannot reach 3 with the unknown domestic water");
    }

    @Test
    void statements_without_numbers() {
        assertThat(wording.reason(new MiddleBandUnknown("ND351_2025", Area.RURAL), VI))
                .isEqualTo(
                        "chưa biết chuẩn hộ có mức sống trung bình của ND351_2025 (khu vực nông thôn): không phân biệt"
                                + " được hộ có mức sống trung bình với hộ không nghèo, xếp là hộ không nghèo");
        assertThat(wording.reason(new NoScoreThreshold("QD59_2015", Area.URBAN), VI))
                .isEqualTo("QD59_2015 không có ngưỡng điểm A cho khu vực thành thị: cần thu nhập bình quân đầu người");
        assertThat(wording.reason(NoIncome.INSTANCE, VI))
                .isEqualTo("chưa có thu nhập bình quân đầu người và điểm A: không so sánh được với chuẩn nghèo");
        assertThat(wording.reason(ScoreCannotTellBand.INSTANCE, VI))
                .isEqualTo("điểm A không phân biệt được hộ có mức sống trung bình với hộ không nghèo: xếp là hộ không"
                        + " nghèo; cần thu nhập bình quân đầu người để xác định");
        assertThat(wording.reason(new RecognisedBefore(HouseholdClass.NEAR_POOR), VI))
                .isEqualTo("đã được công nhận là hộ cận nghèo trước khi dùng hệ thống (rà soát ban đầu, giữ nguyên)");
        assertThat(wording.reason(new RecognisedBefore(HouseholdClass.NEAR_POOR), EN))
                .isEqualTo("recognised NEAR_POOR before the system was used (baseline, taken as given)");
    }

    @Test
    void english_pages_word_each_reason_as_the_exchange_format_does_but_name_indicators() {
        for (Reason r : EVERY_REASON) {
            String english = wording.reason(r, EN);
            if (r instanceof DeprivationCount d && !d.unknown().isEmpty()) {
                assertThat(english).as("%s", r).isNotEqualTo(r.text()).doesNotContain("HEALTH_INSURANCE");
            } else {
                assertThat(english).as("%s", r).isEqualTo(r.text());
            }
            assertThat(wording.reason(r, VI)).as("%s", r).isNotEqualTo(r.text());
        }
    }

    @Test
    void a_tick_that_the_facts_contradict_is_named_by_the_indicators_name() {
        assertThat(wording.warning(new Warning.TickVersusFacts(HEALTH_INSURANCE, true), VI))
                .isEqualTo("chỉ số bảo hiểm y tế được đánh dấu thiếu hụt, nhưng thông tin về thành viên và nhà ở cho"
                        + " thấy không thiếu hụt");
        assertThat(wording.warning(new Warning.TickVersusFacts(WATER, false), VI))
                .isEqualTo("chỉ số nguồn nước sinh hoạt không được đánh dấu, nhưng thông tin về thành viên và nhà ở cho"
                        + " thấy thiếu hụt");
        assertThat(wording.warning(new Warning.TickVersusFacts(HEALTH_INSURANCE, true), EN))
                .isEqualTo("health insurance is ticked deprived, but the member and dwelling facts say not deprived");
        assertThat(wording.warning(new Warning.TickVersusFacts(WATER, false), EN))
                .isEqualTo("domestic water is not ticked, but the member and dwelling facts say deprived");
    }

    @Test
    void a_score_that_disagrees_with_the_measured_income_words_both_sides() {
        Warning w = EVERY_WARNING.get(2);
        assertThat(wording.warning(w, VI))
                .isEqualTo("điểm A 150 > ngưỡng điểm khu vực nông thôn 140, tương ứng thu nhập bình quân đầu người >"
                        + " chuẩn nghèo khu vực nông thôn 1.500.000 đồng, nhưng thu nhập bình quân đầu người 1.400.000"
                        + " đồng ≤ chuẩn nghèo khu vực nông thôn 1.500.000 đồng: căn cứ vào thu nhập đo được");
        assertThat(wording.warning(w, EN)).isEqualTo(w.text());
    }

    @Test
    void a_household_without_members() {
        assertThat(wording.warning(Warning.NoMembers.INSTANCE, VI))
                .isEqualTo("chưa có thành viên nào: hộ được tính 0 nhân khẩu trong diễn biến");
        assertThat(wording.warning(Warning.NoMembers.INSTANCE, EN)).isEqualTo(Warning.NoMembers.INSTANCE.text());
    }

    @Test
    void a_reader_in_a_language_without_messages_gets_vietnamese() {
        assertThat(wording.reason(UNDER_THE_LINE, Locale.FRENCH)).isEqualTo(wording.reason(UNDER_THE_LINE, VI));
    }

    @Test
    void the_samples_cover_every_kind_of_reason_and_warning() {
        assertThat(kinds(EVERY_REASON.stream())).isEqualTo(permitted(Reason.class));
        assertThat(kinds(EVERY_WARNING.stream())).isEqualTo(permitted(Warning.class));
    }

    @Test
    void the_wording_of_a_real_classification() {
        Classification c = Households.aHousehold()
                .rural()
                .income(1_420_000)
                .ticked(HEALTH_INSURANCE, WATER, Indicator.HOUSING_AREA)
                .classifiedBy(Households.nd07());

        assertThat(wording.reasons(c.reasons(), VI))
                .containsExactly(
                        "thu nhập bình quân đầu người 1.420.000 đồng ≤ chuẩn nghèo khu vực nông thôn 1.500.000 đồng",
                        "3 chỉ số thiếu hụt ≥ 3");
        assertThat(wording.reasons(c.reasons(), EN)).isEqualTo(c.reasonTexts());
    }

    private static Set<Class<?>> kinds(Stream<?> values) {
        return values.map(Object::getClass).collect(Collectors.toSet());
    }

    private static Set<Class<?>> permitted(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).collect(Collectors.toSet());
    }
}
