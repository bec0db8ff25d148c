package vn.giamngheo.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giamngheo.shared.TextFolding;

/**
 * The years a plan covers, as its title says: "giai đoạn 2021 - 2025" is 2021–2025, "năm 2024"
 * is 2024, "đến năm 2030" runs from the year of issue to 2030; failing that, the year of issue.
 * A guess the official confirms or corrects on the review form. Either end may be unknown.
 */
public record PlanPeriod(Integer from, Integer to) {
    private static final Pattern RANGE = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern UNTIL = Pattern.compile("den nam (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("nam (\\d{4})");

    public static PlanPeriod guess(String title, String date) {
        Integer issued = date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
        String t = TextFolding.fold(title);
        Matcher range = RANGE.matcher(t);
        if (range.find()) {
            return new PlanPeriod(Integer.valueOf(range.group(1)), Integer.valueOf(range.group(2)));
        }
        Matcher until = UNTIL.matcher(t);
        if (until.find()) {
            return new PlanPeriod(issued, Integer.valueOf(until.group(1)));
        }
        Integer single = null;
        Matcher year = YEAR.matcher(t);
        while (year.find()) {
            single = Integer.valueOf(year.group(1));
        }
        if (single != null) {
            return new PlanPeriod(single, single);
        }
        return new PlanPeriod(issued, issued);
    }

    /** First and last year known, each falling back on the other; null when neither is known. */
    public int[] years() {
        Integer f = from != null ? from : to;
        Integer l = to != null ? to : from;
        return f == null ? null : new int[] {f, l};
    }

    public boolean covers(int year) {
        int[] y = years();
        return y == null || (year >= y[0] && year <= y[1]);
    }
}
