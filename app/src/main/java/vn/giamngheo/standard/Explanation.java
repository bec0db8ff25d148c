package vn.giamngheo.standard;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;
import vn.giamngheo.shared.JsonText;
import vn.giamngheo.standard.Reason.DeprivationCount;
import vn.giamngheo.standard.Reason.IncomeVersusLine;
import vn.giamngheo.standard.Reason.LineKind;
import vn.giamngheo.standard.Reason.MiddleBandUnknown;
import vn.giamngheo.standard.Reason.NoIncome;
import vn.giamngheo.standard.Reason.NoScoreThreshold;
import vn.giamngheo.standard.Reason.RecognisedBefore;
import vn.giamngheo.standard.Reason.ScoreCannotTellBand;
import vn.giamngheo.standard.Reason.ScoreVersusThreshold;

/**
 * The reasons and warnings of a classification as structured values, for storing beside the
 * exchange format's English texts (docs/decisions/0102-wording-reasons.md): one JSON object per
 * reason or warning, a {@code code} naming its kind and the numbers and codes it was made of, e.g.
 *
 * <pre>{"reasons":[{"code":"INCOME_VERSUS_LINE","income":1420000,"area":"RURAL","line":"LINE",
 *  "value":1500000,"confidence":"FIRM"},{"code":"DEPRIVATION_COUNT","deprived":3,"cutoff":3,
 *  "unknown":[]}],"warnings":[{"code":"TICK_VERSUS_FACTS","indicator":"WATER","ticked":true}]}</pre>
 *
 * The same JSON is this record's form in the API. {@link #toJson()} and {@link #fromJson(String)}
 * are each other's inverse; the codes and field names are a stored format and must not change.
 */
public record Explanation(List<Reason> reasons, List<Warning> warnings) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public Explanation {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }

    public static Explanation of(Classification c) {
        return new Explanation(c.reasons(), c.warnings());
    }

    @JsonValue
    RawValue json() {
        return new RawValue(toJson());
    }

    public String toJson() {
        StringBuilder out = new StringBuilder(64 + 96 * (reasons.size() + warnings.size()));
        out.append("{\"reasons\":[");
        for (int i = 0; i < reasons.size(); i++) {
            out.append(i == 0 ? "" : ",");
            reason(out, reasons.get(i));
        }
        out.append("],\"warnings\":[");
        for (int i = 0; i < warnings.size(); i++) {
            out.append(i == 0 ? "" : ",");
            warning(out, warnings.get(i));
        }
        return out.append("]}").toString();
    }

    /** @throws IllegalArgumentException when the JSON is not an explanation this version knows */
    public static Explanation fromJson(String json) {
        JsonNode tree = MAPPER.readTree(json);
        List<Reason> reasons = new ArrayList<>();
        for (JsonNode r : array(tree, "reasons")) {
            reasons.add(reason(r));
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : array(tree, "warnings")) {
            warnings.add(warning(w));
        }
        return new Explanation(reasons, warnings);
    }

    private static void reason(StringBuilder out, Reason reason) {
        if (reason instanceof IncomeVersusLine r) {
            code(out, "INCOME_VERSUS_LINE");
            number(out, "income", r.income());
            string(out, "area", r.area().name());
            string(out, "line", r.kind().name());
            number(out, "value", r.line().value());
            string(out, "confidence", r.line().confidence().name());
        } else if (reason instanceof ScoreVersusThreshold r) {
            code(out, "SCORE_VERSUS_THRESHOLD");
            out.append(",\"score\":");
            Vnd.appendScore(out, r.score());
            string(out, "area", r.area().name());
            number(out, "threshold", r.threshold().value());
            string(out, "thresholdConfidence", r.threshold().confidence().name());
            number(out, "line", r.line().value());
            string(out, "lineConfidence", r.line().confidence().name());
        } else if (reason instanceof DeprivationCount r) {
            code(out, "DEPRIVATION_COUNT");
            number(out, "deprived", r.deprived());
            number(out, "cutoff", r.cutoff());
            out.append(",\"unknown\":[");
            List<String> codes = r.unknown().codes();
            for (int i = 0; i < codes.size(); i++) {
                out.append(i == 0 ? "\"" : ",\"").append(codes.get(i)).append('"');
            }
            out.append(']');
        } else if (reason instanceof MiddleBandUnknown r) {
            code(out, "MIDDLE_BAND_UNKNOWN");
            string(out, "standard", r.standardId());
            string(out, "area", r.area().name());
        } else if (reason instanceof NoScoreThreshold r) {
            code(out, "NO_SCORE_THRESHOLD");
            string(out, "standard", r.standardId());
            string(out, "area", r.area().name());
        } else if (reason instanceof NoIncome) {
            code(out, "NO_INCOME");
        } else if (reason instanceof ScoreCannotTellBand) {
            code(out, "SCORE_CANNOT_TELL_BAND");
        } else if (reason instanceof RecognisedBefore r) {
            code(out, "RECOGNISED_BEFORE");
            string(out, "class", r.recognised().name());
        } else {
            throw new IllegalArgumentException("no code for " + reason);
        }
        out.append('}');
    }

    private static void warning(StringBuilder out, Warning warning) {
        if (warning instanceof Warning.TickVersusFacts w) {
            code(out, "TICK_VERSUS_FACTS");
            string(out, "indicator", w.indicator().name());
            out.append(",\"ticked\":").append(w.ticked());
        } else if (warning instanceof Warning.ScoreVersusIncome w) {
            code(out, "SCORE_VERSUS_INCOME");
            out.append(",\"score\":");
            reason(out, w.score());
            out.append(",\"income\":");
            reason(out, w.income());
        } else if (warning instanceof Warning.NoMembers) {
            code(out, "NO_MEMBERS");
        } else {
            throw new IllegalArgumentException("no code for " + warning);
        }
        out.append('}');
    }

    private static Reason reason(JsonNode r) {
        String code = text(r, "code");
        switch (code) {
            case "INCOME_VERSUS_LINE":
                return new IncomeVersusLine(
                        r.path("income").asLong(),
                        Area.valueOf(text(r, "area")),
                        LineKind.valueOf(text(r, "line")),
                        figure(r, "value", "confidence"));
            case "SCORE_VERSUS_THRESHOLD":
                return new ScoreVersusThreshold(
                        r.path("score").asDouble(),
                        Area.valueOf(text(r, "area")),
                        figure(r, "threshold", "thresholdConfidence"),
                        figure(r, "line", "lineConfidence"));
            case "DEPRIVATION_COUNT":
                List<Indicator> unknown = new ArrayList<>();
                for (JsonNode i : array(r, "unknown")) {
                    unknown.add(Indicator.valueOf(i.asString()));
                }
                return new DeprivationCount(
                        r.path("deprived").asInt(), r.path("cutoff").asInt(), IndicatorSet.copyOf(unknown));
            case "MIDDLE_BAND_UNKNOWN":
                return new MiddleBandUnknown(text(r, "standard"), Area.valueOf(text(r, "area")));
            case "NO_SCORE_THRESHOLD":
                return new NoScoreThreshold(text(r, "standard"), Area.valueOf(text(r, "area")));
            case "NO_INCOME":
                return NoIncome.INSTANCE;
            case "SCORE_CANNOT_TELL_BAND":
                return ScoreCannotTellBand.INSTANCE;
            case "RECOGNISED_BEFORE":
                return new RecognisedBefore(HouseholdClass.valueOf(text(r, "class")));
            default:
                throw new IllegalArgumentException("unknown reason code " + code);
        }
    }

    private static Warning warning(JsonNode w) {
        String code = text(w, "code");
        switch (code) {
            case "TICK_VERSUS_FACTS":
                return new Warning.TickVersusFacts(
                        Indicator.valueOf(text(w, "indicator")),
                        w.path("ticked").asBoolean());
            case "SCORE_VERSUS_INCOME":
                if (reason(w.path("score")) instanceof ScoreVersusThreshold score
                        && reason(w.path("income")) instanceof IncomeVersusLine income) {
                    return new Warning.ScoreVersusIncome(score, income);
                }
                throw new IllegalArgumentException("SCORE_VERSUS_INCOME needs a score and an income: " + w);
            case "NO_MEMBERS":
                return Warning.NoMembers.INSTANCE;
            default:
                throw new IllegalArgumentException("unknown warning code " + code);
        }
    }

    private static Figure figure(JsonNode node, String value, String confidence) {
        return Figure.of(node.path(value).asLong(), Confidence.valueOf(text(node, confidence)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("no " + field + " in " + node);
        }
        return value.asString();
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("no array " + field + " in " + node);
        }
        return value;
    }

    private static void code(StringBuilder out, String code) {
        out.append("{\"code\":\"").append(code).append('"');
    }

    private static void number(StringBuilder out, String field, long value) {
        out.append(",\"").append(field).append("\":").append(value);
    }

    /** A string field; the values are enum names and standard ids, escaped all the same. */
    private static void string(StringBuilder out, String field, String value) {
        out.append(",\"").append(field).append("\":");
        JsonText.appendString(out, value);
    }
}
