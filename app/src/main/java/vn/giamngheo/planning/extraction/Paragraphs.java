package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines into paragraphs, mending the breaks that page layout and copy-paste leave in plans: a line
 * that starts in lower case continues the paragraph before it ("…phù hợp với tình hình" / "phát
 * triển kinh tế…"), as does a line after one that stopped on a comma, a dash, "&", "và" or "với"
 * (units listed across a line break: "phối hợp với Phòng Lao động - Thương binh và Xã hội," /
 * "Phòng Dân tộc…"), and the rest of a numbered heading cut after a semicolon. A Vietnamese
 * paragraph or list item never starts in lower case, except the lettered items "a)", "b)", and no
 * sentence ends on a comma or a conjunction. Numbered, lettered and bulleted lines always start
 * their own paragraph.
 */
final class Paragraphs {
    private static final Pattern LETTERED = Pattern.compile("^[a-zđ]\\)");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}(\\.\\d{1,2})*[.)]?\\s");
    private static final Pattern OPEN_END = Pattern.compile("(?:[,\\-–&]|\\s(?:và|với|của|cho))$");
    private static final Pattern OWN_START =
            Pattern.compile("^(?:[-+*•]|[IVX]{1,5}\\.\\s|\\d{1,2}(\\.\\d{1,2})*[.)]?\\s)");

    private Paragraphs() {}

    static List<Paragraph> of(List<String> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                flush(paragraphs, current, currentLine);
                current = null;
                if (!line.replace("\t", "").isBlank()) {
                    paragraphs.add(new Paragraph(line, i + 1, true));
                }
                continue;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (current != null && continues(current, text)) {
                current.append(' ').append(text);
                continue;
            }
            flush(paragraphs, current, currentLine);
            current = new StringBuilder(text);
            currentLine = i + 1;
        }
        flush(paragraphs, current, currentLine);
        return paragraphs;
    }

    private static boolean continues(CharSequence previous, String next) {
        if (LETTERED.matcher(next).lookingAt()) {
            return false;
        }
        char first = next.charAt(0);
        if (Character.isLetter(first) && Character.isLowerCase(first)) {
            return true;
        }
        if (!Character.isLetter(first) || OWN_START.matcher(next).lookingAt()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        boolean headingCut = last == ';' && NUMBERED.matcher(previous).lookingAt();
        CharSequence end = previous.subSequence(Math.max(0, previous.length() - 8), previous.length());
        return headingCut || OPEN_END.matcher(end).find();
    }

    private static void flush(List<Paragraph> paragraphs, StringBuilder current, int line) {
        if (current != null) {
            paragraphs.add(new Paragraph(current.toString(), line, false));
        }
    }
}
