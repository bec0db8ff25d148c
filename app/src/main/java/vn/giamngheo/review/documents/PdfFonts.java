package vn.giamngheo.review.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of one PDF document: Liberation Serif (metric-compatible with Times New Roman, the usual
 * face of Vietnamese administrative documents) from the openpdf-fonts-extra jar, embedded as
 * Identity-H subsets so every Vietnamese letter prints and extracts as itself. The PDF standard 14
 * fonts cannot do this: they only know WinAnsi, which has no ơ, ư, ạ, ế…
 */
final class PdfFonts {
    private static final String DIR = "/liberation/";

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;

    private PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    /** Fresh font objects per document: a BaseFont records the glyphs its document uses. */
    static PdfFonts forDocument() {
        return new PdfFonts(
                load("LiberationSerif-Regular.ttf", Files.REGULAR),
                load("LiberationSerif-Bold.ttf", Files.BOLD),
                load("LiberationSerif-Italic.ttf", Files.ITALIC));
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    BaseFont regularBase() {
        return regular;
    }

    private static BaseFont load(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font files are read once per JVM (about 1 MB); parsing them per document is cheap. */
    private static final class Files {
        static final byte[] REGULAR = read("LiberationSerif-Regular.ttf");
        static final byte[] BOLD = read("LiberationSerif-Bold.ttf");
        static final byte[] ITALIC = read("LiberationSerif-Italic.ttf");

        private static byte[] read(String name) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "font " + DIR + name + " is missing: is openpdf-fonts-extra on the classpath?");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
