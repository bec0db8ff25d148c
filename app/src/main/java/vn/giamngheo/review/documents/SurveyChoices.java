package vn.giamngheo.review.documents;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.shared.TextFolding;

/**
 * One closed set of values of the survey template (area, sex, relation, education…): the exchange
 * format's codes and the Vietnamese labels officials pick from the template's drop-down lists. A
 * cell may hold either, in any case and with or without diacritics ("Nữ", "nu", "F").
 */
record SurveyChoices(
        String name, Map<String, String> labelsByCode, Map<String, String> codesByKey, Map<String, String> exact) {

    static final SurveyChoices AREA = of("area", "RURAL", "Nông thôn", "URBAN", "Thành thị");
    static final SurveyChoices SEX = of("sex", "M", "Nam", "F", "Nữ");
    static final SurveyChoices RELATION = of(
            "relation",
            "HEAD",
            "Chủ hộ",
            "SPOUSE",
            "Vợ/chồng",
            "CHILD",
            "Con",
            "PARENT",
            "Bố/mẹ",
            "GRANDCHILD",
            "Cháu",
            "OTHER",
            "Khác");
    static final SurveyChoices EDUCATION = of(
            "education",
            "NONE",
            "Chưa tốt nghiệp tiểu học",
            "PRIMARY",
            "Tiểu học",
            "LOWER_SECONDARY",
            "Trung học cơ sở",
            "UPPER_SECONDARY",
            "Trung học phổ thông",
            "VOCATIONAL",
            "Giáo dục nghề nghiệp",
            "COLLEGE_PLUS",
            "Cao đẳng, đại học trở lên");
    static final SurveyChoices EMPLOYMENT = of(
            "employment",
            "WAGE_WITH_CONTRACT",
            "Làm công ăn lương có hợp đồng",
            "WAGE_NO_CONTRACT",
            "Làm công ăn lương không có hợp đồng",
            "SELF_EMPLOYED",
            "Tự làm",
            "UNEMPLOYED",
            "Thất nghiệp",
            "NOT_IN_LABOUR_FORCE",
            "Không tham gia lực lượng lao động");
    static final SurveyChoices RECOGNIZED_CLASS =
            of("recognizedClass", "POOR", "Hộ nghèo", "NEAR_POOR", "Hộ cận nghèo");
    /** Causes of poverty, in the order of the survey form's list. */
    static final SurveyChoices CAUSES = of(
            "causes",
            "LAND",
            "Thiếu đất sản xuất",
            "CAPITAL",
            "Thiếu vốn",
            "LABOUR",
            "Thiếu lao động",
            "TOOLS",
            "Thiếu phương tiện sản xuất",
            "KNOWLEDGE",
            "Thiếu kiến thức sản xuất, kinh doanh",
            "SKILLS",
            "Thiếu kỹ năng lao động",
            "ILLNESS",
            "Có người ốm đau, bệnh nặng",
            "OTHER",
            "Nguyên nhân khác");
    /** Yes/no answers; "x" also means yes, as ticks on a paper form do. */
    static final SurveyChoices YES_NO = withAliases(
            of("yes/no", "true", "Có", "false", "Không"),
            Map.of("x", "true", "1", "true", "yes", "true", "c", "true", "0", "false", "no", "false", "k", "false"));
    /** A tick column: "x" deprived (or a cause applies), "0" checked and not. */
    static final SurveyChoices TICK = withAliases(
            of("tick", "true", "x", "false", "0"), Map.of("co", "true", "1", "true", "-", "false", "khong", "false"));

    /**
     * The choices of a field that takes codes: the template's own set of that name, else the
     * field's codes worded by the bundle ({@code <field>.<code>}), so a new field has its list.
     */
    static SurveyChoices of(vn.giamngheo.standard.ExchangeFields.Field field) {
        for (SurveyChoices known : List.of(AREA, SEX, RELATION, EDUCATION, EMPLOYMENT, RECOGNIZED_CLASS)) {
            if (known.name().equals(field.name())) {
                return known;
            }
        }
        List<String> codesAndLabels = new java.util.ArrayList<>();
        for (String code : field.codeNames()) {
            String label = SurveyWords.vi(field.name() + "." + code);
            codesAndLabels.add(code);
            codesAndLabels.add(label == null ? code : label);
        }
        return of(field.name(), codesAndLabels.toArray(String[]::new));
    }

    /** The code for a cell's text, or empty when it matches neither a label nor a code. */
    Optional<String> code(String text) {
        // most cells hold a label exactly as the drop-down wrote it; folding is for the rest
        String code = exact.get(text);
        return Optional.ofNullable(code != null ? code : codesByKey.get(TextFolding.fold(text)));
    }

    List<String> labels() {
        return List.copyOf(labelsByCode.values());
    }

    List<String> codes() {
        return List.copyOf(labelsByCode.keySet());
    }

    String label(String code) {
        return labelsByCode.get(code);
    }

    /** "Nam; Nữ (or M, F)": the values a problem message suggests. */
    String accepted() {
        // labels may contain commas ("Cao đẳng, đại học trở lên"), so they are set apart by semicolons
        String labels = String.join("; ", labels());
        if (this == YES_NO || this == TICK) {
            return labels;
        }
        return labels + " (or " + String.join(", ", codes()) + ")";
    }

    private static SurveyChoices of(String name, String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> keys = new HashMap<>();
        Map<String, String> exact = new HashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            String code = codesAndLabels[i];
            String label = codesAndLabels[i + 1];
            labels.put(code, label);
            exact.put(code, code);
            exact.put(label, code);
            put(keys, TextFolding.fold(code), code, name);
            put(keys, TextFolding.fold(label), code, name);
        }
        return new SurveyChoices(name, labels, keys, exact);
    }

    private static SurveyChoices withAliases(SurveyChoices choices, Map<String, String> aliases) {
        Map<String, String> keys = new HashMap<>(choices.codesByKey());
        aliases.forEach((alias, code) -> put(keys, TextFolding.fold(alias), code, choices.name()));
        return new SurveyChoices(choices.name(), choices.labelsByCode(), keys, choices.exact());
    }

    /** Two values folding to one key would make a cell ambiguous: refuse at class load. */
    private static void put(Map<String, String> keys, String key, String code, String name) {
        String before = keys.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
            throw new IllegalStateException(name + ": '" + key + "' would mean both " + before + " and " + code);
        }
    }
}
