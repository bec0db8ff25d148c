package vn.giamngheo.planning.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Reads an uploaded plan by its file type: .docx with Apache POI, .md and .txt as UTF-8 markdown.
 * Text is put in Unicode NFC, since Vietnamese typed on different keyboards arrives composed or
 * decomposed, and the markdown reading relies on one form.
 */
public final class PlanDocuments {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private PlanDocuments() {}

    /** The text of a file; a name without a known extension is read as .docx if it is a zip, else as text. */
    public static PlanText read(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", Message.of("file.documentEmpty"));
        }
        if (name.endsWith(".docx") || (!name.endsWith(".txt") && !name.endsWith(".md") && isZip(content))) {
            return new PlanText(DocxText.lines(content).stream()
                    .map(PlanDocuments::normalise)
                    .toList());
        }
        if (name.endsWith(".doc") || name.endsWith(".pdf") || name.endsWith(".odt")) {
            throw InvalidInput.of("file", Message.of("file.planFormat"));
        }
        return text(content);
    }

    /** A plain-text or markdown body. */
    public static PlanText text(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", Message.of("file.documentEmpty"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("file", Message.of("file.notUtf8"));
        }
        if (text.isBlank()) {
            throw InvalidInput.of("file", Message.of("file.documentEmpty"));
        }
        return PlanText.ofMarkdown(text);
    }

    static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\u200B', ' ');
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static boolean isZip(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }
}
