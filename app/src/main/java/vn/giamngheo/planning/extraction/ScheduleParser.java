package vn.giamngheo.planning.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the schedule phrases of a sentence and structures them. Patterns run on the folded text
 * ("truoc ngay 05 thang 11 hang nam"), so spelling with or without marks, "hằng"/"hàng" and
 * "tháng 02"/"tháng 2" all read the same; the source phrase is cut from the original.
 *
 * <p>An assignment line ("Phân công thực hiện: … triển khai thực hiện thường xuyên") is read
 * leniently: every phrase counts. A task's own text is read strictly, because the same words also
 * appear there in other senses — "kế hoạch phát triển kinh tế - xã hội hằng năm" is a kind of plan,
 * "vùng thường xuyên chịu thiên tai" is a kind of area, "sau khi tốt nghiệp" is not a trigger and
 * "cứu trợ đột xuất" is emergency relief. Strictly, "thường xuyên" and "hằng năm" count only where
 * a clause starts or before an action verb, and events and "đột xuất" not at all.
 */
final class ScheduleParser {
    private static final String B = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    private static final String YEARLY = "(?:hang|moi)\\s+nam" + E;

    private static final Pattern YEARLY_BEFORE_DAY = Pattern.compile(
            B + "(?:truoc|cham nhat)\\s+(?:ngay\\s+)?(\\d{1,2})(?:\\s+thang\\s+|/)(\\d{1,2}),?\\s+" + YEARLY);
    private static final Pattern BEFORE_DATE_NUMERIC = Pattern.compile(
            B + "(?:truoc|cham nhat)\\s+(?:ngay\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})" + E);
    private static final Pattern BEFORE_DATE_WORDS = Pattern.compile(
            B + "(?:truoc|cham nhat)\\s+(?:ngay\\s+)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})" + E);
    private static final Pattern YEARLY_MONTH =
            Pattern.compile(B + "(?:(?:trong|vao)\\s+)?thang\\s+(\\d{1,2}),?\\s+" + YEARLY);
    private static final Pattern MONTH_NUMERIC =
            Pattern.compile(B + "(?:(trong|vao)\\s+)?thang\\s+(\\d{1,2})\\s*[/-]\\s*(\\d{4})" + E);
    private static final Pattern MONTH_WORDS =
            Pattern.compile(B + "(trong|vao)\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})" + E);
    private static final Pattern EVENT = Pattern.compile(B + "(?:ngay\\s+)?sau\\s+khi\\s+([^.;]{3,200})");
    private static final Pattern ON_REQUEST_STRICT = Pattern.compile(B + "khi\\s+co\\s+yeu\\s+cau" + E);
    private static final Pattern ON_REQUEST = Pattern.compile(B + "(?:khi\\s+co\\s+yeu\\s+cau|dot\\s+xuat)" + E);
    private static final Pattern REGULARLY = Pattern.compile(B + "thuong\\s+xuyen" + E);
    private static final Pattern EVERY_YEAR = Pattern.compile(B + YEARLY);
    private static final Pattern PRECEDED_BY_DAY = Pattern.compile("ngay\\s+\\d{1,2}\\s+$");
    private static final Pattern AFTER_PERIODICALLY = Pattern.compile("(?:dinh ky|thuc hien|trien khai),?\\s*$");
    private static final Pattern ACTION_VERB = Pattern.compile("^\\s*(?:kiem tra|ra soat|theo doi|chi dao|to chuc|"
            + "thuc hien|trien khai|cap nhat|tuyen truyen|don doc|giam sat|huong dan|phoi hop|bao cao|tham muu|"
            + "nam bat|nam chac|danh gia|quan tam|cung co|boi duong|tap huan|van dong|tong hop)" + E);

    /** The order in which a task's schedule is chosen when its text has several. */
    private static final List<ScheduleKind> PRIORITY = List.of(
            ScheduleKind.BEFORE_DATE,
            ScheduleKind.YEARLY_BEFORE_DAY,
            ScheduleKind.MONTH,
            ScheduleKind.YEARLY_MONTH,
            ScheduleKind.EVENT,
            ScheduleKind.ONGOING,
            ScheduleKind.ON_REQUEST);

    /** A schedule phrase found at [start, end) of the text it was read from. */
    record Mention(Schedule schedule, int start, int end) {}

    private ScheduleParser() {}

    static List<Mention> mentions(String text, boolean strict) {
        String folded = FoldedText.fold(text);
        TreeMap<Integer, Mention> found = new TreeMap<>();
        collect(found, text, YEARLY_BEFORE_DAY.matcher(folded), m -> yearlyBeforeDay(m, text));
        collect(found, text, BEFORE_DATE_NUMERIC.matcher(folded), m -> beforeDate(m, text));
        collect(found, text, BEFORE_DATE_WORDS.matcher(folded), m -> beforeDate(m, text));
        collect(found, text, YEARLY_MONTH.matcher(folded), m -> notAfterDay(folded, m) ? yearlyMonth(m, text) : null);
        collect(found, text, MONTH_NUMERIC.matcher(folded), m -> month(m, text, folded, strict && m.group(1) == null));
        collect(found, text, MONTH_WORDS.matcher(folded), m -> month(m, text, folded, false));
        if (!strict) {
            collect(found, text, EVENT.matcher(folded), m -> event(m, text));
        }
        collect(
                found,
                text,
                (strict ? ON_REQUEST_STRICT : ON_REQUEST).matcher(folded),
                m -> plain(ScheduleKind.ON_REQUEST, m, text));
        collect(
                found,
                text,
                REGULARLY.matcher(folded),
                m -> !strict
                                || clauseStart(text, m.start())
                                || ACTION_VERB
                                        .matcher(folded)
                                        .region(m.end(), Math.min(folded.length(), m.end() + 30))
                                        .find()
                        ? plain(ScheduleKind.ONGOING, m, text)
                        : null);
        collect(
                found,
                text,
                EVERY_YEAR.matcher(folded),
                m -> !strict
                                || clauseStart(text, m.start())
                                || AFTER_PERIODICALLY
                                        .matcher(folded.substring(Math.max(0, m.start() - 20), m.start()))
                                        .find()
                        ? plain(ScheduleKind.ONGOING, m, text)
                        : null);
        return new ArrayList<>(found.values());
    }

    /** The schedule a task keeps when its text has several, by {@link #PRIORITY}. */
    static Optional<Schedule> choose(List<Mention> mentions) {
        return mentions.stream().map(Mention::schedule).min(Comparator.comparingInt(s -> PRIORITY.indexOf(s.kind())));
    }

    private interface Reading {
        Schedule read(Matcher m);
    }

    /** Earlier patterns claim their span first; a later pattern inside a claimed span is skipped. */
    private static void collect(TreeMap<Integer, Mention> found, String text, Matcher m, Reading reading) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // Mentions never overlap each other, so the last one starting before this end decides.
            Map.Entry<Integer, Mention> before = found.lowerEntry(end);
            if (before != null && before.getValue().end() > start) {
                continue;
            }
            Schedule schedule = reading.read(m);
            if (schedule != null) {
                found.put(start, new Mention(schedule, start, end));
            }
        }
    }

    private static Schedule yearlyBeforeDay(Matcher m, String text) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (!validDayOfMonth(day, month)) {
            return null;
        }
        return new Schedule(ScheduleKind.YEARLY_BEFORE_DAY, null, month, day, null, source(text, m));
    }

    private static Schedule beforeDate(Matcher m, String text) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        return new Schedule(ScheduleKind.BEFORE_DATE, year, month, day, null, source(text, m));
    }

    private static Schedule yearlyMonth(Matcher m, String text) {
        int month = Integer.parseInt(m.group(1));
        return month < 1 || month > 12
                ? null
                : new Schedule(ScheduleKind.YEARLY_MONTH, null, month, null, null, source(text, m));
    }

    private static Schedule month(Matcher m, String text, String folded, boolean needsPreposition) {
        int month = Integer.parseInt(m.group(2));
        if (needsPreposition || month < 1 || month > 12 || !notAfterDay(folded, m)) {
            return null;
        }
        return new Schedule(ScheduleKind.MONTH, Integer.parseInt(m.group(3)), month, null, null, source(text, m));
    }

    private static Schedule event(Matcher m, String text) {
        String event = trimEnd(text.substring(m.start(1), m.end(1)));
        return new Schedule(ScheduleKind.EVENT, null, null, null, event, trimEnd(source(text, m)));
    }

    private static Schedule plain(ScheduleKind kind, Matcher m, String text) {
        return Schedule.of(kind, source(text, m));
    }

    /** "ngày 23 tháng 6 năm 2021" is a date someone signed something, not a schedule. */
    private static boolean notAfterDay(String folded, Matcher m) {
        return !PRECEDED_BY_DAY
                .matcher(folded.substring(Math.max(0, m.start() - 12), m.start()))
                .find();
    }

    private static boolean validDayOfMonth(int day, int month) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** At the start of the text, after ".", ";" or ":", or after the bullet that opens the text. */
    static boolean clauseStart(String text, int position) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.' || c == ';' || c == ':' || c == '\n') {
            return true;
        }
        if ("-*+•".indexOf(c) < 0) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    private static String source(String text, Matcher m) {
        return text.substring(m.start(), m.end()).strip();
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:.)(".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
