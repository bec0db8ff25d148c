package vn.giamngheo.standard.jsonl;

import java.util.List;
import vn.giamngheo.standard.Classification;

/**
 * Writes result and error lines exactly as docs/domain/household-format.md shows them: {@code ref, standard,
 * standardVersion, classification, deprivations, deprivedCount, reasons, warnings} in that order,
 * or {@code {"ref":…,"error":"…"}}. Into a caller's UTF-8 buffer, without a newline, so a stream
 * can batch many lines into one write.
 */
public final class ResultLines {

    private ResultLines() {}

    public static void appendResult(Utf8Text out, String ref, Classification c) {
        out.ascii("{\"ref\":").jsonString(ref);
        out.ascii(",\"standard\":").jsonString(c.standardId());
        out.ascii(",\"standardVersion\":").number(c.standardVersion());
        out.ascii(",\"classification\":\"").ascii(c.householdClass().name()).ascii('"');
        out.ascii(",\"deprivations\":[");
        List<String> codes = c.deprivations().codes();
        for (int i = 0; i < codes.size(); i++) {
            out.ascii(i == 0 ? "\"" : ",\"").ascii(codes.get(i)).ascii('"');
        }
        out.ascii("],\"deprivedCount\":").number(c.deprivedCount());
        out.ascii(",\"reasons\":[");
        for (int i = 0; i < c.reasons().size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            out.jsonString(c.reasons().get(i).text());
        }
        out.ascii("],\"warnings\":[");
        for (int i = 0; i < c.warnings().size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            out.jsonString(c.warnings().get(i).text());
        }
        out.ascii("]}");
    }

    public static void appendError(Utf8Text out, String ref, String error) {
        out.ascii("{\"ref\":")
                .jsonString(ref)
                .ascii(",\"error\":")
                .jsonString(error)
                .ascii('}');
    }

    public static String result(String ref, Classification c) {
        Utf8Text out = new Utf8Text(320);
        appendResult(out, ref, c);
        return out.toString();
    }
}
