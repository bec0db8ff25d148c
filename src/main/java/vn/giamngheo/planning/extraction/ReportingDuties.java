package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reports a plan demands from every clause that says "báo cáo" together with a period
 * ("hàng quý, 6 tháng, 9 tháng và cả năm") or a deadline ("trước ngày 20/3/2024", "Định kỳ
 * (trước ngày 05 tháng 11 hàng năm) và đột xuất (khi có yêu cầu)"). A deadline in brackets after a
 * period is that period's ("6 tháng (trước 20/6/2024)"). Phrases count after "báo cáo" up to "để"
 * (what the report is for), and before it only when nothing but other schedule words stands
 * between. The reporter is the clause's subject, else the units the item assigns; the recipient
 * follows "về", "gửi", "lên" or "với", or "báo cáo" directly; "qua X" is the channel.
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

    private final TaskReader units;

    ReportingDuties(TaskReader units) {
        this.units = units;
    }

    private record Period(ReportPeriod period, int start, int end) {}

    /** The duties in one paragraph, the reporter falling back to {@code assignees}. */
    List<ReportingDuty> read(String section, String item, String paragraph, List<AssignedUnit> assignees) {
        List<ReportingDuty> duties = new ArrayList<>();
        for (String sentence : sentences(paragraph)) {
            if (!REPORT.matcher(FoldedText.fold(sentence)).find()) {
                continue;
            }
            for (String clause : sentence.split(";")) {
                readClause(section, item, sentence, clause, assignees, duties);
            }
        }
        return duties;
    }

    private void readClause(
            String section,
            String item,
            String sentence,
            String clause,
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
        List<Period> periods = new ArrayList<>();
        String lower = clause.toLowerCase(Locale.ROOT);
        find(QUARTER, ReportPeriod.QUARTER, lower, periods);
        find(SIX, ReportPeriod.SIX_MONTHS, lower, periods);
        find(NINE, ReportPeriod.NINE_MONTHS, lower, periods);
        find(YEAR, ReportPeriod.YEAR, lower, periods);
        periods.removeIf(p -> schedules.stream().anyMatch(s -> p.start() < s.end() && s.start() < p.end()));
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
        List<String> reporter = reporter(clause, sentence, assignees);
        List<String> recipient = recipients(clause, sentence);
        String via = via(clause, sentence);
        String source = sentence.strip();
        List<ScheduleParser.Mention> unpaired = new ArrayList<>(schedules);
        for (Period p : periods) {
            ScheduleParser.Mention deadline = unpaired.stream()
                    .filter(s -> s.start() >= p.end()
                            && clause.substring(p.end(), s.start()).matches("[\\s(]*"))
                    .findFirst()
                    .orElse(null);
            unpaired.remove(deadline);
            add(
                    duties,
                    new ReportingDuty(
                            section,
                            item,
                            reporter,
                            recipient,
                            via,
                            p.period(),
                            deadline == null ? null : deadline.schedule(),
                            source));
        }
        for (ScheduleParser.Mention s : unpaired) {
            add(duties, new ReportingDuty(section, item, reporter, recipient, via, null, s.schedule(), source));
        }
    }

    /** After "báo cáo" up to "để", or before it with only other schedule words in between. */
    private static boolean inWindow(String mask, int start, int end, int from, int to) {
        if (start >= from) {
            return start < to;
        }
        return FILLER.matcher(mask.substring(Math.min(end, from), from)).matches();
    }

    private static void find(Pattern pattern, ReportPeriod period, String lower, List<Period> out) {
        Matcher m = pattern.matcher(lower);
        while (m.find()) {
            out.add(new Period(period, m.start(), m.end()));
        }
    }

    private List<String> reporter(String clause, String sentence, List<AssignedUnit> assignees) {
        for (String text : List.of(clause, sentence)) {
            List<Token> t = Token.of(text);
            int start = AssignmentParser.skipOpening(t, 0);
            if (UnitPhrases.startsUnit(t, start)) {
                return UnitPhrases.read(t, text, start, false).mentions().stream()
                        .map(m -> display(AssignmentParser.clean(m.text())))
                        .toList();
            }
        }
        return assignees.stream().map(AssignedUnit::display).toList();
    }

    private List<String> recipients(String clause, String sentence) {
        for (String text : List.of(clause, sentence)) {
            List<Token> t = Token.of(text);
            int report = -1;
            for (int k = 0; k + 1 < t.size(); k++) {
                if (UnitPhrases.matches(t, k, "bao cao")) {
                    report = k;
                    break;
                }
            }
            if (report < 0) {
                continue;
            }
            for (int k = report + 2; k < t.size(); k++) {
                Token token = t.get(k);
                boolean direct = k == report + 2;
                boolean towards =
                        token.word() && List.of("về", "gửi", "lên", "với").contains(token.text());
                int at = towards ? k + 1 : k;
                if ((direct || towards) && UnitPhrases.startsUnit(t, at)) {
                    return UnitPhrases.read(t, text, at, false).mentions().stream()
                            .map(m -> display(AssignmentParser.clean(m.text())))
                            .toList();
                }
                if (towards
                        && at < t.size()
                        && List.of("huyện", "xã", "tỉnh").contains(t.get(at).text())) {
                    return List.of(t.get(at).text());
                }
            }
        }
        return List.of();
    }

    private String via(String clause, String sentence) {
        for (String text : List.of(clause, sentence)) {
            List<Token> t = Token.of(text);
            for (int k = 0; k + 1 < t.size(); k++) {
                if (t.get(k).text().equals("qua") && UnitPhrases.startsUnit(t, k + 1)) {
                    List<UnitPhrases.Mention> m =
                            UnitPhrases.read(t, text, k + 1, false).mentions();
                    if (!m.isEmpty()) {
                        return display(AssignmentParser.clean(m.get(0).text()));
                    }
                }
            }
        }
        return null;
    }

    private String display(String mention) {
        return units.resolve(new AssignmentParser.Unit(UnitRole.LEAD, mention, UnitPhrases.collective(mention)))
                .display();
    }

    private static void add(List<ReportingDuty> duties, ReportingDuty duty) {
        boolean same = duties.stream()
                .anyMatch(d -> d.source().equals(duty.source())
                        && d.period() == duty.period()
                        && (d.schedule() == null
                                ? duty.schedule() == null
                                : duty.schedule() != null && d.schedule().sameAs(duty.schedule())));
        if (!same) {
            duties.add(duty);
        }
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
