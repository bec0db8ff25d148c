package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reports a plan demands from every clause that says "báo cáo" together with a period
 * ("hàng quý, 6 tháng, 9 tháng và cả năm") or a deadline ("trước ngày 20/3/2024", "Định kỳ
 * (trước ngày 05 tháng 11 hàng năm) và đột xuất (khi có yêu cầu)"). A deadline in brackets after a
 * period is that period's ("6 tháng (trước 20/6/2024)"). Phrases count after "báo cáo" up to "để"
 * (what the report is for), and before it only when nothing but other schedule words stands
 * between. The reporter is the clause's subject, else the units the item assigns; the recipient
 * follows "về", "gửi", "lên" or "với", or "báo cáo" directly; "qua X" is the channel. What the
 * clause does not say is looked for in the rest of its sentence.
 */
final class ReportingDuties {
    private static final Pattern REPORT = Pattern.compile("(?<![\\p{L}\\d])bao cao(?![\\p{L}\\d])");
    private static final Pattern PURPOSE = Pattern.compile("(?<![\\p{L}\\d])để(?![\\p{L}\\d])");
    private static final Pattern QUARTER =
            Pattern.compile("(?<![\\p{L}\\d])(?:(?:hàng|hằng|mỗi)\\s+)?quý(?![\\p{L}\\d])");
    private static final Pattern SIX =
            Pattern.compile("(?<![\\p{L}\\d])(?:6|sáu)\\s+tháng(?:\\s+đầu\\s+năm)?(?![\\p{L}\\d/])");
    private static final Pattern NINE = Pattern.compile("(?<![\\p{L}\\d])(?:9|chín)\\s+tháng(?![\\p{L}\\d/])");
    private static final Pattern YEAR =
            Pattern.compile("(?<![\\p{L}\\d])(?:cả|1|một|hàng|hằng|mỗi)\\s+năm(?![\\p{L}\\d])"
                    + "|(?<=báo cáo |tháng, |tháng và |quý, |quý và )năm(?!\\s*\\d)(?![\\p{L}\\d])");
    private static final Pattern FILLER = Pattern.compile(
            "(?:[\\s(),]|\\bva\\b|\\bdinh ky\\b|\\bdot xuat\\b|\\bkhi co yeu cau\\b|\\bco trach nhiem\\b|\\btong hop\\b)*");
    /** How far before "báo cáo" a schedule may stand ("Định kỳ (trước ngày …) và đột xuất (…) tổng hợp, báo cáo"). */
    private static final int BEFORE = 120;
    /** How much of a clause a duty quotes as its source. */
    private static final int SOURCE = 300;

    private final TaskReader units;

    ReportingDuties(TaskReader units) {
        this.units = units;
    }

    private record Period(ReportPeriod period, int start, int end) {}

    /** Who reports, to whom and through whom, as one text says it; empty or null where it does not. */
    private record Parties(List<String> reporter, List<String> recipient, String via) {}

    /** The duties in one paragraph, the reporter falling back to {@code assignees}. */
    List<ReportingDuty> read(String section, String item, String paragraph, List<AssignedUnit> assignees) {
        List<ReportingDuty> duties = new ArrayList<>();
        for (String sentence : sentences(paragraph)) {
            if (!REPORT.matcher(FoldedText.fold(sentence)).find()) {
                continue;
            }
            Supplier<Parties> sentenceParties = memo(() -> parties(sentence));
            for (String clause : sentence.split(";")) {
                readClause(section, item, clause, sentenceParties, assignees, duties);
            }
        }
        return duties;
    }

    private void readClause(
            String section,
            String item,
            String clause,
            Supplier<Parties> sentenceParties,
            List<AssignedUnit> assignees,
            List<ReportingDuty> duties) {
        String folded = FoldedText.fold(clause);
        Matcher report = REPORT.matcher(folded);
        if (!report.find()) {
            return;
        }
        int from = report.start();
        Matcher purpose = PURPOSE.matcher(clause.toLowerCase(Locale.ROOT));
        int to = purpose.find(report.end()) ? purpose.start() : clause.length();

        List<ScheduleParser.Mention> schedules = new ArrayList<>(ScheduleParser.mentions(clause, false));
        schedules.removeIf(m -> m.schedule().kind() == ScheduleKind.ONGOING);
        boolean[] scheduled = new boolean[clause.length()];
        schedules.forEach(m -> java.util.Arrays.fill(scheduled, m.start(), m.end(), true));
        List<Period> periods = new ArrayList<>();
        String lower = clause.toLowerCase(Locale.ROOT);
        find(QUARTER, ReportPeriod.QUARTER, lower, periods);
        find(SIX, ReportPeriod.SIX_MONTHS, lower, periods);
        find(NINE, ReportPeriod.NINE_MONTHS, lower, periods);
        find(YEAR, ReportPeriod.YEAR, lower, periods);
        periods.removeIf(p -> scheduled[p.start()] || scheduled[p.end() - 1]);

        // Blank out every schedule and period, so that "hàng quý, 6 tháng, 1 năm báo cáo" reads as adjacent.
        char[] masked = folded.toCharArray();
        schedules.forEach(m -> java.util.Arrays.fill(masked, m.start(), m.end(), ' '));
        periods.forEach(p -> java.util.Arrays.fill(masked, p.start(), p.end(), ' '));
        String mask = new String(masked);
        schedules.removeIf(m -> !inWindow(mask, m.start(), m.end(), from, to));
        periods.removeIf(p -> !inWindow(mask, p.start(), p.end(), from, to));
        periods.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (schedules.isEmpty() && periods.isEmpty()) {
            return;
        }

        Parties own = parties(clause);
        Parties sentence = sentenceParties.get();
        List<String> reporter = !own.reporter().isEmpty()
                ? own.reporter()
                : !sentence.reporter().isEmpty()
                        ? sentence.reporter()
                        : assignees.stream().map(AssignedUnit::display).toList();
        List<String> recipient = !own.recipient().isEmpty() ? own.recipient() : sentence.recipient();
        String via = own.via() != null ? own.via() : sentence.via();
        String source = clause.strip();
        if (source.length() > SOURCE) {
            source = source.substring(0, SOURCE) + "…";
        }

        TreeMap<Integer, ScheduleParser.Mention> unpaired = new TreeMap<>();
        schedules.forEach(m -> unpaired.put(m.start(), m));
        Set<List<Object>> seen = new HashSet<>();
        for (Period p : periods) {
            Map.Entry<Integer, ScheduleParser.Mention> next = unpaired.ceilingEntry(p.end());
            ScheduleParser.Mention deadline = next != null
                            && next.getKey() - p.end() <= 3
                            && clause.substring(p.end(), next.getKey()).matches("[\\s(]*")
                    ? next.getValue()
                    : null;
            if (deadline != null) {
                unpaired.remove(deadline.start());
            }
            Schedule schedule = deadline == null ? null : deadline.schedule();
            if (seen.add(key(p.period(), schedule))) {
                duties.add(new ReportingDuty(section, item, reporter, recipient, via, p.period(), schedule, source));
            }
        }
        for (ScheduleParser.Mention s : unpaired.values()) {
            if (seen.add(key(null, s.schedule()))) {
                duties.add(new ReportingDuty(section, item, reporter, recipient, via, null, s.schedule(), source));
            }
        }
    }

    /** "đột xuất" and "khi có yêu cầu" in one clause are one duty. */
    private static List<Object> key(ReportPeriod period, Schedule s) {
        return s == null
                ? java.util.Arrays.asList(period)
                : java.util.Arrays.asList(period, s.kind(), s.year(), s.month(), s.day(), s.event());
    }

    /** After "báo cáo" up to "để", or shortly before it with only other schedule words in between. */
    private static boolean inWindow(String mask, int start, int end, int from, int to) {
        if (start >= from) {
            return start < to;
        }
        return from - end <= BEFORE
                && FILLER.matcher(mask.substring(Math.min(end, from), from)).matches();
    }

    private static void find(Pattern pattern, ReportPeriod period, String lower, List<Period> out) {
        Matcher m = pattern.matcher(lower);
        while (m.find()) {
            out.add(new Period(period, m.start(), m.end()));
        }
    }

    private Parties parties(String text) {
        List<Token> t = Token.of(text);
        return new Parties(reporter(t, text), recipients(t, text), via(t, text));
    }

    private List<String> reporter(List<Token> t, String text) {
        int start = AssignmentParser.skipOpening(t, 0);
        if (!UnitPhrases.startsUnit(t, start)) {
            return List.of();
        }
        return names(UnitPhrases.read(t, text, start, false).mentions());
    }

    private List<String> recipients(List<Token> t, String text) {
        int report = -1;
        for (int k = 0; k + 1 < t.size() && report < 0; k++) {
            if (UnitPhrases.matches(t, k, "bao cao")) {
                report = k;
            }
        }
        if (report < 0) {
            return List.of();
        }
        for (int k = report + 2; k < t.size(); k++) {
            Token token = t.get(k);
            boolean direct = k == report + 2;
            boolean towards = token.word() && List.of("về", "gửi", "lên", "với").contains(token.text());
            int at = towards ? k + 1 : k;
            if ((direct || towards) && UnitPhrases.startsUnit(t, at)) {
                return names(UnitPhrases.read(t, text, at, false).mentions());
            }
            if (towards
                    && at < t.size()
                    && List.of("huyện", "xã", "tỉnh").contains(t.get(at).text())) {
                return List.of(t.get(at).text());
            }
        }
        return List.of();
    }

    private String via(List<Token> t, String text) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).text().equals("qua") && UnitPhrases.startsUnit(t, k + 1)) {
                List<String> m = names(UnitPhrases.read(t, text, k + 1, false).mentions());
                if (!m.isEmpty()) {
                    return m.get(0);
                }
            }
        }
        return null;
    }

    private List<String> names(List<UnitPhrases.Mention> mentions) {
        return mentions.stream()
                .map(m -> AssignmentParser.clean(m.text()))
                .map(m -> units.resolve(new AssignmentParser.Unit(UnitRole.LEAD, m, UnitPhrases.collective(m)))
                        .display())
                .toList();
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Sentences end at "." before a capital letter or at the end; "./." ends the text. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            if (paragraph.charAt(i) != '.') {
                continue;
            }
            int j = i + 1;
            while (j < paragraph.length() && paragraph.charAt(j) == ' ') {
                j++;
            }
            if (j == paragraph.length() || (j > i + 1 && Character.isUpperCase(paragraph.charAt(j)))) {
                out.add(paragraph.substring(start, i + 1));
                start = j;
            }
        }
        if (start < paragraph.length()) {
            out.add(paragraph.substring(start));
        }
        return out;
    }
}
