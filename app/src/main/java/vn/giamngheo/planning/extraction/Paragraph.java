package vn.giamngheo.planning.extraction;

/**
 * One paragraph of the document, with the 1-based line where it starts. A table row keeps its
 * cells separated by tabs.
 */
record Paragraph(String text, int line, boolean tableRow) {

    String[] cells() {
        return text.split("\t", -1);
    }
}
