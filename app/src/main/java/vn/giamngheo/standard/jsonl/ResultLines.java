package vn.giamngheo.standard.jsonl;

import java.util.List;
import vn.giamngheo.shared.JsonText;
import vn.giamngheo.standard.Classification;

/**
 * Writes result and error lines exactly as docs/domain/household-format.md shows them: {@code ref, standard,
 * standardVersion, classification, deprivations, deprivedCount, reasons, warnings} in that order,
 * or {@code {"ref":…,"error":"…"}}. Into a caller's StringBuilder, without a newline, so a stream
 * can batch many lines into one write.
 */
public final class ResultLines {

    private ResultLines() {}

    public static void appendResult(StringBuilder out, String ref, Classification c) {
        out.append("{\"ref\":");
        appendString(out, ref);
        out.append(",\"standard\":");
        appendString(out, c.standardId());
        out.append(",\"standardVersion\":").append(c.standardVersion());
        out.append(",\"classification\":\"").append(c.householdClass().name()).append('"');
        out.append(",\"deprivations\":[");
        List<String> codes = c.deprivations().codes();
        for (int i = 0; i < codes.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"").append(codes.get(i)).append('"');
        }
        out.append("],\"deprivedCount\":").append(c.deprivedCount());
        out.append(",\"reasons\":[");
        for (int i = 0; i < c.reasons().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, c.reasons().get(i).text());
        }
        out.append("],\"warnings\":[");
        for (int i = 0; i < c.warnings().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, c.warnings().get(i).text());
        }
        out.append("]}");
    }

    public static void appendError(StringBuilder out, String ref, String error) {
        out.append("{\"ref\":");
        appendString(out, ref);
        out.append(",\"error\":");
        appendString(out, error);
        out.append('}');
    }

    public static String result(String ref, Classification c) {
        StringBuilder out = new StringBuilder(256);
        appendResult(out, ref, c);
        return out.toString();
    }

    /** A JSON string, or null; only the characters JSON requires are escaped, the rest stay UTF-8. */
    static void appendString(StringBuilder out, String s) {
        JsonText.appendString(out, s);
    }
}
