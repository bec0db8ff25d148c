package vn.giamngheo.planning.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skeleton of a plan: preamble, roman-numbered parts ("I. MỤC ĐÍCH, YÊU CẦU"), the numbered
 * items inside them ("1.", "1.1.", "1.2.1.", "a)") as a tree, the closing words, and what follows
 * "Nơi nhận:". Lettered items that only label a part of their parent ("a) Mục tiêu:", "b) Nhu cầu
 * kinh phí:", "c) Phân công thực hiện:", as seed 001 writes each project) stay in the parent's body.
 */
record Outline(
        List<Paragraph> preamble,
        List<Section> sections,
        List<Paragraph> closing,
        List<Paragraph> tail,
        List<String> warnings) {

    record Section(String numeral, String heading, SectionKind kind, List<Paragraph> intro, List<Item> items) {
        String label() {
            return numeral == null ? heading : numeral + ". " + heading;
        }
    }

    /** A numbered item: its number as printed ("1.3", "2.a"), the title paragraph and the rest. */
    static final class Item {
        final String number;
        final Paragraph title;
        final List<Paragraph> body = new ArrayList<>();
        final List<Item> children = new ArrayList<>();
        final Item parent;
        final int depth;
        final boolean lettered;

        Item(String number, Paragraph title, Item parent, int depth, boolean lettered) {
            this.number = number;
            this.title = title;
            this.parent = parent;
            this.depth = depth;
            this.lettered = lettered;
        }

        List<Paragraph> paragraphs() {
            List<Paragraph> all = new ArrayList<>();
            all.add(title);
            all.addAll(body);
            return all;
        }
    }

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.)/]\\s*(\\S.*)$");
    private static final Pattern NUMBERED_DELIMITED =
            Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})[.)]\\s*([\\p{L}\"“(*].*)$");
    private static final Pattern NUMBERED_BARE = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,4})\\s+(\\p{L}.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)$");
    private static final Pattern PART_LABEL = Pattern.compile(
            "^(?:muc tieu|nhu cau kinh phi|kinh phi(?: thuc hien)?|phan cong(?: thuc hien| nhiem vu| to chuc thuc hien)?|"
                    + "thoi gian(?: thuc hien| hoan thanh)?|tien do(?: thuc hien)?|(?:co quan|don vi) (?:chu tri|phoi hop)|"
                    + "san pham|noi dung(?: thuc hien)?)\\s*:");
    private static final Pattern CLOSING = Pattern.compile("^(?:tren day la|can cu noi dung ke hoach)");

    static Outline of(List<Paragraph> paragraphs) {
        List<Paragraph> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Paragraph> closing = new ArrayList<>();
        List<Paragraph> tail = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Section section = null;
        Deque<Item> open = new ArrayDeque<>();
        Set<String> numbers = new HashSet<>();
        boolean closed = false;
        boolean ended = false;
        for (Paragraph p : paragraphs) {
            if (p.tableRow()) {
                continue;
            }
            String text = p.text();
            String folded = FoldedText.fold(text);
            if (ended || folded.startsWith("noi nhan")) {
                ended = true;
                tail.add(p);
                continue;
            }
            if (closed || (section != null && isClosing(folded))) {
                closed = true;
                closing.add(p);
                continue;
            }
            Matcher roman = ROMAN.matcher(text);
            if (roman.matches() && mostlyUpperCase(roman.group(2))) {
                String heading = roman.group(2).strip();
                section = new Section(
                        roman.group(1), heading, SectionKind.of(heading), new ArrayList<>(), new ArrayList<>());
                sections.add(section);
                open.clear();
                numbers.clear();
                closed = endsBody(text);
                continue;
            }
            Matcher numbered = NUMBERED_DELIMITED.matcher(text);
            if (!numbered.matches()) {
                numbered = NUMBERED_BARE.matcher(text);
            }
            if (numbered.matches()) {
                if (section == null) {
                    // A plan without roman parts: its numbered items are its content.
                    section = new Section(null, "", SectionKind.CONTENT, new ArrayList<>(), new ArrayList<>());
                    sections.add(section);
                }
                String number = numbered.group(1);
                int depth = number.split("\\.").length;
                while (!open.isEmpty() && (open.peek().lettered || open.peek().depth >= depth)) {
                    open.pop();
                }
                Item parent = open.peek();
                Item item = new Item(
                        number, new Paragraph(numbered.group(2).strip(), p.line(), false), parent, depth, false);
                attach(section, parent, item);
                if (!numbers.add(number)) {
                    warnings.add(PlanWarning.of(PlanWarning.Kind.DUPLICATE_NUMBER, p.line(), number, section.label())
                            .text());
                }
                open.push(item);
                closed = endsBody(text);
                continue;
            }
            Matcher lettered = LETTERED.matcher(text);
            if (lettered.matches() && section != null) {
                String rest = lettered.group(2).strip();
                while (!open.isEmpty() && open.peek().lettered) {
                    open.pop();
                }
                Item parent = open.peek();
                if (parent != null && PART_LABEL.matcher(FoldedText.fold(rest)).find()) {
                    parent.body.add(new Paragraph(rest, p.line(), false));
                } else {
                    String letter = lettered.group(1);
                    String number = parent == null ? letter : parent.number + "." + letter;
                    int depth = parent == null ? 1 : parent.depth + 1;
                    Item item = new Item(number, new Paragraph(rest, p.line(), false), parent, depth, true);
                    attach(section, parent, item);
                    open.push(item);
                }
                closed = endsBody(text);
                continue;
            }
            if (!open.isEmpty()) {
                open.peek().body.add(p);
            } else if (section != null) {
                section.intro().add(p);
            } else {
                preamble.add(p);
            }
            closed = endsBody(text);
        }
        return new Outline(preamble, sections, closing, tail, warnings);
    }

    private static void attach(Section section, Item parent, Item item) {
        if (parent == null) {
            section.items().add(item);
        } else {
            parent.children.add(item);
        }
    }

    /** "./." is how a Vietnamese administrative text ends its body. */
    private static boolean endsBody(String text) {
        return text.endsWith("./.");
    }

    private static boolean isClosing(String folded) {
        return CLOSING.matcher(folded).find() || (folded.startsWith("(") && folded.contains("gui kem ke hoach nay"));
    }

    private static boolean mostlyUpperCase(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 10 >= letters * 8;
    }
}
