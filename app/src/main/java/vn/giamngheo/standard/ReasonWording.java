package vn.giamngheo.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.standard.Reason.DeprivationCount;
import vn.giamngheo.standard.Reason.IncomeVersusLine;
import vn.giamngheo.standard.Reason.MiddleBandUnknown;
import vn.giamngheo.standard.Reason.NoIncome;
import vn.giamngheo.standard.Reason.NoScoreThreshold;
import vn.giamngheo.standard.Reason.RecognisedBefore;
import vn.giamngheo.standard.Reason.ScoreCannotTellBand;
import vn.giamngheo.standard.Reason.ScoreVersusThreshold;

/**
 * Reasons and warnings in the reader's language, through the message files ({@code reason.*},
 * {@code warning.*}): "thu nhập bình quân đầu người 1.420.000 đồng ≤ chuẩn nghèo khu vực nông thôn
 * 1.500.000 đồng" on a Vietnamese page. Amounts are grouped as the locale writes them (the
 * separators are messages too); the comparison signs and the confidence mark of a figure that is
 * not firm are kept. The English messages give the exchange format's words, except that indicators
 * are named rather than coded. Machine-facing output never goes through here: it uses {@link
 * Reason#text()} and {@link Warning#text()}.
 */
@Component
public class ReasonWording {
    private final MessageSource messages;

    public ReasonWording(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> reasons(List<Reason> reasons, Locale locale) {
        List<String> out = new ArrayList<>(reasons.size());
        reasons.forEach(r -> out.add(reason(r, locale)));
        return out;
    }

    public List<String> warnings(List<Warning> warnings, Locale locale) {
        List<String> out = new ArrayList<>(warnings.size());
        warnings.forEach(w -> out.add(warning(w, locale)));
        return out;
    }

    public String reason(Reason reason, Locale locale) {
        if (reason instanceof IncomeVersusLine r) {
            return message(
                    "reason.INCOME_VERSUS_LINE",
                    locale,
                    money(r.income(), locale),
                    r.atOrUnder() ? "≤" : ">",
                    message("reason.line." + r.kind().name(), locale),
                    area(r.area(), locale),
                    money(r.line().value(), locale),
                    mark(r.line().confidence(), locale));
        }
        if (reason instanceof ScoreVersusThreshold r) {
            return message(
                    "reason.SCORE_VERSUS_THRESHOLD",
                    locale,
                    score(r.score(), locale),
                    r.atOrUnder() ? "≤" : ">",
                    area(r.area(), locale),
                    Long.toString(r.threshold().value()),
                    mark(r.threshold().confidence(), locale),
                    money(r.line().value(), locale));
        }
        if (reason instanceof DeprivationCount r) {
            return deprivationCount(r, locale);
        }
        if (reason instanceof MiddleBandUnknown r) {
            return message("reason.MIDDLE_BAND_UNKNOWN", locale, r.standardId(), area(r.area(), locale));
        }
        if (reason instanceof NoScoreThreshold r) {
            return message("reason.NO_SCORE_THRESHOLD", locale, r.standardId(), area(r.area(), locale));
        }
        if (reason instanceof NoIncome) {
            return message("reason.NO_INCOME", locale);
        }
        if (reason instanceof ScoreCannotTellBand) {
            return message("reason.SCORE_CANNOT_TELL_BAND", locale);
        }
        if (reason instanceof RecognisedBefore r) {
            return message(
                    "reason.RECOGNISED_BEFORE",
                    locale,
                    message("reason.class." + r.recognised().name(), locale));
        }
        throw new IllegalArgumentException("no wording for " + reason);
    }

    public String warning(Warning warning, Locale locale) {
        if (warning instanceof Warning.TickVersusFacts w) {
            return message(
                    w.ticked() ? "warning.TICK_VERSUS_FACTS.ticked" : "warning.TICK_VERSUS_FACTS.notTicked",
                    locale,
                    indicator(w.indicator(), locale));
        }
        if (warning instanceof Warning.ScoreVersusIncome w) {
            return message(
                    "warning.SCORE_VERSUS_INCOME", locale, reason(w.score(), locale), reason(w.income(), locale));
        }
        if (warning instanceof Warning.NoMembers) {
            return message("warning.NO_MEMBERS", locale);
        }
        throw new IllegalArgumentException("no wording for " + warning);
    }

    private String deprivationCount(DeprivationCount r, Locale locale) {
        String count = message(
                r.deprived() == 1 ? "reason.DEPRIVATION_COUNT.one" : "reason.DEPRIVATION_COUNT",
                locale,
                Integer.toString(r.deprived()),
                r.deprived() >= r.cutoff() ? "≥" : "<",
                Integer.toString(r.cutoff()));
        if (r.deprived() >= r.cutoff() || r.unknown().isEmpty()) {
            return count;
        }
        StringBuilder unknown = new StringBuilder();
        String separator = message("reason.indicator.separator", locale) + " ";
        for (Indicator i : r.unknown().asSet()) {
            unknown.append(unknown.isEmpty() ? "" : separator).append(indicator(i, locale));
        }
        boolean couldReach = r.deprived() + r.unknown().count() >= r.cutoff();
        return count
                + message(
                        couldReach ? "reason.DEPRIVATION_COUNT.couldReach" : "reason.DEPRIVATION_COUNT.cannotReach",
                        locale,
                        Integer.toString(r.cutoff()),
                        unknown.toString());
    }

    private String area(Area area, Locale locale) {
        return message("reason.area." + area.name(), locale);
    }

    private String indicator(Indicator indicator, Locale locale) {
        return message("reason.indicator." + indicator.name(), locale);
    }

    /** Nothing for a firm figure, otherwise " [likely]" or " [provisional]" as the locale words them. */
    private String mark(Confidence confidence, Locale locale) {
        return confidence.provisional() ? " [" + message("reason.confidence." + confidence.name(), locale) + "]" : "";
    }

    /** An amount in VND grouped by thousands with the locale's separator: "1.420.000 đồng", "1,420,000". */
    private String money(long amount, Locale locale) {
        String grouped = Vnd.format(amount);
        String separator = message("reason.number.grouping", locale);
        return message("reason.money", locale, separator.equals(",") ? grouped : grouped.replace(",", separator));
    }

    /** A score as given, with the locale's decimal separator: "132", "132,5". */
    private String score(double score, Locale locale) {
        StringBuilder out = new StringBuilder(16);
        Vnd.appendScore(out, score);
        String decimal = message("reason.number.decimal", locale);
        return decimal.equals(".") ? out.toString() : out.toString().replace(".", decimal);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
