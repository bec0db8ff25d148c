package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the lists of units plans write — "Phòng Lao động - Thương binh và Xã hội, Phòng Nông nghiệp
 * và Phát triển nông thôn, Phòng Dân tộc và các địa phương, đơn vị có liên quan" — as separate
 * mentions. A mention starts at a word that opens a unit's name ("Phòng", "Ủy ban", "UBND",
 * "Ngân hàng", "các" + a kind of unit…) and runs until the next one after a comma, semicolon or
 * "và", or until a verb in lower case ("chủ trì", "triển khai", "tham mưu"…) ends the list. Words
 * after a comma that open no unit continue the mention before ("UBND các xã, thị trấn"; "Trung
 * tâm Văn hóa, Thông tin, Thể thao và Du lịch"). Reading is linear in the number of words.
 */
final class UnitPhrases {

    /** A unit as written, with its span in the text it was read from. */
    record Mention(String text, int start, int end, boolean collective) {}

    /** The mentions read and the index of the first token after the list. */
    record Read(List<Mention> mentions, int next) {}

    /** The longest a unit's name is taken to be; longer is a sentence the reader ran into. */
    static final int MAX_WORDS = 16;

    private UnitPhrases() {}

    /** Whether the words at {@code i} open a unit's name. */
    static boolean startsUnit(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).word()) {
            return false;
        }
        Token first = t.get(i);
        if (first.is("cac") || first.text().equalsIgnoreCase("mỗi")) {
            return kindLength(t, i + 1) > 0
                    || (startsUnit(t, i + 1) && !t.get(i + 1).is("cac"));
        }
        if (first.is("phong") && (matches(t, i + 1, "chong") || matches(t, i + 1, "ngua"))) {
            return false;
        }
        if (first.is("ban") && matches(t, i + 1, "hanh")) {
            return false;
        }
        if (first.is("tram") && !first.text().toLowerCase().startsWith("trạm")) {
            return false;
        }
        for (String head : UnitWords.HEADS) {
            if (matches(t, i, head)) {
                return true;
            }
        }
        for (String head : UnitWords.NAMED_HEADS) {
            int n = head.split(" ").length;
            if (matches(t, i, head) && capitalised(t, i + n)) {
                return !first.is("so") || first.text().equalsIgnoreCase("sở");
            }
        }
        return false;
    }

    /** Whether the token at {@code i} is a lower-case verb or preposition that ends a list. */
    static int stopLength(List<Token> t, int i) {
        Token token = t.get(i);
        if (!token.lowerInitial()) {
            return 0;
        }
        if (i > 0 && t.get(i - 1).is("ban") && (token.is("chi") || token.is("quan"))) {
            return 0; // "Ban chỉ đạo", "Ban quản lý": a body, not a verb
        }
        if (i > 1 && t.get(i - 2).is("co") && t.get(i - 1).is("quan") && (token.is("tham") || token.is("thuong"))) {
            return 0; // "cơ quan tham mưu", "cơ quan thường trực"
        }
        if (i > 0 && t.get(i - 1).is("dao") && token.is("tao")) {
            return 0; // "Phòng Giáo dục và Đào tạo"
        }
        if (i > 1 && t.get(i - 1).is("duc") && t.get(i - 2).text().equals("Giáo") && token.is("thuong")) {
            return 0; // "Giáo dục thường xuyên"
        }
        if (UnitWords.SHORT_STOPS.contains(token.text())) {
            return 1;
        }
        for (String stop : UnitWords.STOPS) {
            if (matches(t, i, stop)) {
                return stop.split(" ").length;
            }
        }
        return 0;
    }

    /**
     * Reads a list of units starting at {@code i}. With {@code firstFree} the first mention may open
     * with any word (after "phối hợp với", "cấp xã" is a unit); otherwise it must open a unit.
     */
    static Read read(List<Token> t, String text, int i, boolean firstFree) {
        List<Mention> mentions = new ArrayList<>();
        int start = -1;
        int end = -1;
        int words = 0;
        boolean afterComma = false;
        int n = t.size();
        segments:
        while (i < n) {
            if (t.get(i).is("va") && startsUnit(t, i + 1)) {
                i++;
            }
            if (i >= n || !t.get(i).word() || stopLength(t, i) > 0) {
                break;
            }
            boolean opens = startsUnit(t, i);
            if (opens && !(start >= 0 && afterComma && genericContinuation(t, i))) {
                add(mentions, text, start, end, words);
                start = t.get(i).start();
                words = 0;
            } else if (start >= 0 && afterComma) {
                // "thị trấn" after "UBND các xã,": the same mention goes on
            } else if (start < 0 && mentions.isEmpty() && firstFree) {
                start = t.get(i).start();
                words = 0;
            } else {
                break;
            }
            boolean consumed = false;
            while (i < n) {
                Token token = t.get(i);
                if (token.word()) {
                    int kind = i > 0 && (t.get(i - 1).is("cac") || t.get(i - 1).is("moi")) ? kindLength(t, i) : 0;
                    if (kind > 0) {
                        // "các tổ chức chính trị - xã hội": "tổ chức" is a kind of unit here, not the verb
                        end = t.get(i + kind - 1).end();
                        words += kind;
                        consumed = true;
                        i += kind;
                        continue;
                    }
                    if (consumed && stopLength(t, i) > 0) {
                        break segments;
                    }
                    if (consumed && token.is("va") && startsUnit(t, i + 1)) {
                        add(mentions, text, start, end, words);
                        start = -1;
                        afterComma = false;
                        i++;
                        start = t.get(i).start();
                        words = 0;
                        consumed = false;
                        continue;
                    }
                    end = token.end();
                    words++;
                    consumed = true;
                    i++;
                } else if (token.isPunctuation(',')) {
                    afterComma = true;
                    i++;
                    continue segments;
                } else if (token.isPunctuation(';')) {
                    if (startsUnit(t, i + 1)) {
                        add(mentions, text, start, end, words);
                        start = -1;
                        afterComma = false;
                        i++;
                        continue segments;
                    }
                    break segments;
                } else if (isDash(token) || token.isPunctuation('&')) {
                    i++;
                } else if (token.isPunctuation('(')) {
                    i = skipParenthesis(t, i);
                } else {
                    break segments;
                }
            }
        }
        add(mentions, text, start, end, words);
        return new Read(mentions, i);
    }

    static boolean collective(String mention) {
        String f = " " + FoldedText.fold(mention).replaceAll("\\s+", " ").strip() + " ";
        return f.startsWith(" cac ")
                || f.startsWith(" moi ")
                || f.contains(" cac ")
                || f.startsWith(" cap ")
                || f.startsWith(" thanh vien ")
                || f.startsWith(" co quan chuyen mon ")
                || f.startsWith(" chinh quyen ")
                || f.contains("xa, thi tran")
                || f.contains("xa, phuong")
                || Set.of(" thon ", " dia phuong ", " xa ", " co so ", " cap uy ")
                        .contains(f);
    }

    static boolean matches(List<Token> t, int i, String foldedWords) {
        String[] words = foldedWords.split(" ");
        if (i + words.length > t.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.get(i + k).word() || !t.get(i + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean isDash(Token token) {
        return !token.word() && "-–—‑".contains(token.text());
    }

    static int skipParenthesis(List<Token> t, int i) {
        int depth = 0;
        for (int k = i; k < t.size(); k++) {
            if (t.get(k).isPunctuation('(')) {
                depth++;
            } else if (t.get(k).isPunctuation(')') && --depth == 0) {
                return k + 1;
            }
        }
        return t.size();
    }

    /** Length in words of a kind of unit at {@code i} ("đơn vị", "thị trấn"), 0 if none. */
    static int kindLength(List<Token> t, int i) {
        for (int len = 2; len >= 1; len--) {
            if (i + len <= t.size()) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + len; k++) {
                    if (!t.get(k).word()) {
                        sb.setLength(0);
                        break;
                    }
                    sb.append(k > i ? " " : "").append(t.get(k).folded());
                }
                if (!sb.isEmpty() && UnitWords.KINDS.contains(sb.toString())) {
                    return len;
                }
            }
        }
        return 0;
    }

    /** "ban, ngành" inside "các phòng, ban, ngành": a lower-case kind not followed by a name. */
    private static boolean genericContinuation(List<Token> t, int i) {
        int len = kindLength(t, i);
        return len > 0 && t.get(i).lowerInitial() && !capitalised(t, i + len);
    }

    private static boolean capitalised(List<Token> t, int i) {
        return i < t.size()
                && t.get(i).word()
                && Character.isUpperCase(t.get(i).text().charAt(0));
    }

    private static void add(List<Mention> mentions, String text, int start, int end, int words) {
        if (start < 0 || end <= start) {
            return;
        }
        String mention = text.substring(start, end).strip();
        mentions.add(new Mention(mention, start, end, collective(mention)));
    }
}
