package vn.giamngheo.review.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what a generated PDF shows, as a reader's copy-and-paste would, NFC-composed. */
final class PdfTextOf {
    private PdfTextOf() {}

    static List<String> lines(byte[] pdf) {
        return Arrays.stream(text(pdf).split("\\R")).map(String::strip).toList();
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return nfc(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pageLines(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return Arrays.stream(nfc(stripper.getText(document)).split("\\R"))
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
