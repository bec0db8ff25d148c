package vn.giamngheo.planning.extraction;

import java.util.List;

/**
 * A plan document as lines of text, whatever it was written in: paragraphs in order, table rows as
 * tab-separated cells. Built by {@link PlanDocuments}.
 */
public record PlanText(List<String> lines) {
    public PlanText {
        lines = List.copyOf(lines);
    }

    /** A plain-text or markdown plan. */
    public static PlanText ofMarkdown(String text) {
        return new PlanText(MarkdownText.lines(PlanDocuments.normalise(text)));
    }
}
