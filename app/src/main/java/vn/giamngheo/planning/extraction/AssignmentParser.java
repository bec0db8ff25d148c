package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a sentence assigns: the units at the start of a clause that a verb follows ("Phòng Tài chính
 * - Kế hoạch chủ trì", "Ủy ban nhân dân các xã, thị trấn triển khai"), after "Giao" or "Đề nghị",
 * or named by a heading ("2.3. Phòng Lao động - Thương binh và Xã hội") lead; the units after
 * "phối hợp (chặt chẽ) với" coordinate. Units after "tham mưu", "trình" or "báo cáo" are the ones
 * advised or reported to, not assignees, so only those positions are read.
 */
final class AssignmentParser {

    /** A unit as written and what it does; {@code collective} for "UBND các xã, thị trấn" and the like. */
    record Unit(UnitRole role, String text, boolean collective) {}

    /** Units read, and phrases that looked like units but could not be placed. */
    record Assignment(List<Unit> units, List<String> unplaced) {
        static Assignment empty() {
            return new Assignment(List.of(), List.of());
        }

        boolean hasLead() {
            return units.stream().anyMatch(u -> u.role() == UnitRole.LEAD);
        }
    }

    /** A heading that names units, and what follows its colon, if anything. */
    record Heading(List<Unit> leads, String rest) {}

    private AssignmentParser() {}

    /** The units a sentence or paragraph assigns. */
    static Assignment parse(String text) {
        List<Token> t = Token.of(text);
        List<Unit> leads = new ArrayList<>();
        List<Unit> coordinators = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        List<int[]> coordinatorSpans = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (UnitPhrases.matches(t, k, "phoi hop")) {
                int j = k + 2;
                if (UnitPhrases.matches(t, j, "chat che")) {
                    j += 2;
                }
                if (UnitPhrases.matches(t, j, "voi")) {
                    UnitPhrases.Read read = UnitPhrases.read(t, text, j + 1, true);
                    keep(read, UnitRole.COORDINATOR, coordinators, unplaced);
                    coordinatorSpans.add(new int[] {j + 1, read.next()});
                }
            } else if (t.get(k).text().equals("giao") && UnitPhrases.startsUnit(t, k + 1)) {
                keep(UnitPhrases.read(t, text, k + 1, false), UnitRole.LEAD, leads, unplaced);
            }
        }
        int i = 0;
        int span = 0;
        while (i < t.size()) {
            int start = skipOpening(t, i);
            while (span < coordinatorSpans.size() && coordinatorSpans.get(span)[1] <= start) {
                span++; // spans come in text order and clause starts only move forward
            }
            boolean inCoordinators =
                    span < coordinatorSpans.size() && coordinatorSpans.get(span)[0] <= start;
            if (!inCoordinators && UnitPhrases.startsUnit(t, start)) {
                UnitPhrases.Read read = UnitPhrases.read(t, text, start, false);
                if (followedByVerb(t, read.next())) {
                    keep(read, UnitRole.LEAD, leads, unplaced);
                }
                i = Math.max(read.next(), start + 1);
            }
            i = nextClause(t, i);
        }
        List<Unit> units = new ArrayList<>(leads);
        units.addAll(coordinators);
        return new Assignment(dedupe(units), unplaced);
    }

    /**
     * A subject is followed by its verb ("… chủ trì", "… triển khai") or a colon ("Phòng Lao động -
     * TB&XH: Xây dựng kế hoạch…"); a list that ends the clause ("…, Trung tâm Y tế huyện; Trạm Y tế
     * xã, thị trấn.") is what something is done for, not who does it.
     */
    private static boolean followedByVerb(List<Token> t, int next) {
        return next < t.size() && (t.get(next).isPunctuation(':') || UnitPhrases.stopLength(t, next) > 0);
    }

    /**
     * The units a heading names when it is nothing but units — "Phòng Dân tộc", "Ủy ban nhân dân
     * huyện:", "Đề nghị Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã: Tuyên
     * truyền…" — else null. What follows the colon is returned as the heading's own text.
     */
    static Heading heading(String title) {
        String text = AgencyNameKey.withoutParentheses(title).strip();
        List<Token> t = Token.of(text);
        int start = skipOpening(t, 0);
        if (!UnitPhrases.startsUnit(t, start)) {
            return null;
        }
        UnitPhrases.Read read = UnitPhrases.read(t, text, start, false);
        int next = read.next();
        boolean whole = next >= t.size() || (next == t.size() - 1 && t.get(next).isPunctuation('.'));
        boolean colon = next < t.size() && t.get(next).isPunctuation(':');
        if (!whole && !colon) {
            return null;
        }
        List<Unit> leads = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        keep(read, UnitRole.LEAD, leads, unplaced);
        if (leads.isEmpty()) {
            return null;
        }
        String rest = colon ? text.substring(t.get(next).end()).strip() : "";
        List<Unit> listed = listedAfterColon(read.mentions().get(0).text(), rest);
        if (!listed.isEmpty()) {
            leads.addAll(listed);
            rest = "";
        }
        return new Heading(leads, rest);
    }

    /**
     * "Các Công chức chuyên môn: Địa chính Nông nghiệp, Văn hóa – Xã hội; Trạm y tế xã": after a
     * collective heading, a colon may list its members by the kind's name alone; they are written
     * out in full ("Công chức Địa chính Nông nghiệp"). Empty unless the whole rest is such a list.
     */
    private static List<Unit> listedAfterColon(String head, String rest) {
        List<Token> h = Token.of(head);
        if (rest.isEmpty() || h.isEmpty() || !h.get(0).is("cac")) {
            return List.of();
        }
        int kind = UnitPhrases.kindLength(h, 1);
        if (kind == 0) {
            return List.of();
        }
        String prefix = head.substring(h.get(1).start(), h.get(kind).end());
        List<Token> r = Token.of(rest);
        UnitPhrases.Read read = UnitPhrases.read(r, rest, 0, true);
        int end = read.next();
        if (end < r.size() && !(end == r.size() - 1 && ".;".contains(r.get(end).text()))) {
            return List.of();
        }
        List<Unit> units = new ArrayList<>();
        for (UnitPhrases.Mention m : read.mentions()) {
            if (UnitPhrases.startsUnit(Token.of(m.text()), 0)) {
                units.add(new Unit(UnitRole.LEAD, clean(m.text()), m.collective()));
                continue;
            }
            for (String part : m.text().split(",")) {
                String name = clean(prefix + " " + part.strip());
                units.add(new Unit(UnitRole.LEAD, name, UnitPhrases.collective(name)));
            }
        }
        return units;
    }

    /** Skips a bullet, a part label ("Phân công thực hiện:") and "Giao", "Đề nghị", "Đối với", "Lưu ý:". */
    static int skipOpening(List<Token> t, int i) {
        boolean skipped = true;
        while (skipped && i < t.size()) {
            skipped = false;
            Token token = t.get(i);
            if (!token.word() && "-*+•".contains(token.text())) {
                i++;
                skipped = true;
            } else if (opening(t, i)) {
                i += openingLength(t, i);
                skipped = true;
            } else {
                int colon = labelColon(t, i);
                if (colon > 0) {
                    i = colon + 1;
                    skipped = true;
                }
            }
        }
        return i;
    }

    private static boolean opening(List<Token> t, int i) {
        return openingLength(t, i) > 0;
    }

    private static int openingLength(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).word() || t.get(i).lowerInitial()) {
            return 0;
        }
        for (String opening : List.of("de nghi", "doi voi", "giao", "rieng", "dong thoi")) {
            if (UnitPhrases.matches(t, i, opening)) {
                int n = opening.split(" ").length;
                return i + n < t.size() && t.get(i + n).isPunctuation(',') ? n + 1 : n;
            }
        }
        return 0;
    }

    /** The colon of a short label at {@code i} ("Phân công thực hiện:", "Lưu ý:"), or -1. */
    private static int labelColon(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 6); k++) {
            if (t.get(k).isPunctuation(':')) {
                String label = FoldedText.fold(joined(t, i, k));
                return label.startsWith("phan cong")
                                || label.startsWith("luu y")
                                || label.startsWith("thoi gian")
                                || label.equals("co quan chu tri")
                                || label.equals("don vi chu tri")
                        ? k
                        : -1;
            }
            if (!t.get(k).word()) {
                return -1;
            }
        }
        return -1;
    }

    private static String joined(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(t.get(k).text());
        }
        return sb.toString();
    }

    /** The first token after the next ";" or sentence-ending "." from {@code i}. */
    private static int nextClause(List<Token> t, int i) {
        for (int k = i; k < t.size(); k++) {
            if (t.get(k).isPunctuation(';') || t.get(k).isPunctuation('.')) {
                return k + 1;
            }
        }
        return t.size();
    }

    private static void keep(UnitPhrases.Read read, UnitRole role, List<Unit> units, List<String> unplaced) {
        for (UnitPhrases.Mention m : read.mentions()) {
            String text = clean(m.text());
            if (text.isEmpty()) {
                continue;
            }
            if (text.split("\\s+").length > UnitPhrases.MAX_WORDS) {
                unplaced.add(text);
            } else {
                units.add(new Unit(role, text, UnitPhrases.collective(text)));
            }
        }
    }

    /** Without parentheses and the punctuation a list leaves at the ends. */
    static String clean(String mention) {
        String s = AgencyNameKey.withoutParentheses(mention)
                .replaceAll("\\s+", " ")
                .strip();
        while (!s.isEmpty() && ",;:.-–&".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** A unit named twice keeps its first role: a lead also listed among coordinators stays lead. */
    static List<Unit> dedupe(List<Unit> units) {
        List<Unit> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Unit u : units) {
            String key = AgencyNameKey.of(u.text());
            if (!keys.contains(key)) {
                keys.add(key);
                out.add(u);
            }
        }
        return out;
    }
}
