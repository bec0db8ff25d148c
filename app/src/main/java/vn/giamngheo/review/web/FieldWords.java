package vn.giamngheo.review.web;

import java.util.List;
import java.util.Map;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.Indicator;

/** The message keys the offline survey page carries with it (it has no server to ask once offline). */
final class FieldWords {
    private FieldWords() {}

    static final List<String> KEYS = List.of(
            "app.name",
            "field.appTitle",
            "field.online",
            "field.offline",
            "field.ready",
            "field.notReady",
            "field.unsent",
            "field.sendNow",
            "field.sending",
            "field.sent",
            "field.loginToSend",
            "field.otherUser",
            "field.available",
            "field.downloaded",
            "field.none",
            "field.download",
            "field.downloadAgain",
            "field.downloading",
            "field.downloadedAt",
            "field.keptUntil",
            "field.open",
            "field.households",
            "field.search",
            "field.back",
            "field.state.todo",
            "field.state.surveyed",
            "field.state.unsent",
            "field.state.conflict",
            "field.saveOnPhone",
            "field.savedOnPhone",
            "field.conflicts",
            "field.conflict.title",
            "field.conflict.mine",
            "field.conflict.theirs",
            "field.conflict.by",
            "field.conflict.sendMine",
            "field.conflict.keepTheirs",
            "field.conflict.explain",
            "field.expired",
            "field.closedRemoved",
            "field.logout",
            "field.logoutUnsent",
            "field.refused",
            "field.memberList",
            "field.persons",
            "field.notInstalled",
            "field.notWhole",
            "field.notNumber",
            "survey.title",
            "survey.general",
            "survey.income",
            "survey.scoreA",
            "survey.ticksGiven",
            "survey.ticks",
            "survey.causes",
            "survey.labour",
            "survey.result",
            "survey.reasons",
            "survey.warnings",
            "survey.dwelling",
            "survey.addMember",
            "survey.standardOf",
            "households.area",
            "households.memberN",
            "tri.unknown",
            "tri.yes",
            "tri.no",
            "reason.money",
            "reason.number.grouping",
            "reason.number.decimal",
            "reason.indicator.separator",
            "reason.INCOME_VERSUS_LINE",
            "reason.SCORE_VERSUS_THRESHOLD",
            "reason.DEPRIVATION_COUNT",
            "reason.DEPRIVATION_COUNT.one",
            "reason.DEPRIVATION_COUNT.couldReach",
            "reason.DEPRIVATION_COUNT.cannotReach",
            "reason.MIDDLE_BAND_UNKNOWN",
            "reason.NO_SCORE_THRESHOLD",
            "reason.NO_INCOME",
            "reason.SCORE_CANNOT_TELL_BAND",
            "reason.RECOGNISED_BEFORE",
            "reason.confidence.LIKELY",
            "reason.confidence.PROVISIONAL",
            "warning.TICK_VERSUS_FACTS.ticked",
            "warning.TICK_VERSUS_FACTS.notTicked",
            "warning.SCORE_VERSUS_INCOME",
            "warning.NO_MEMBERS");

    /** Keys made of a prefix and each code of a list. */
    static final Map<String, List<String>> PREFIXED = withChoices(Map.ofEntries(
            Map.entry("class.", List.of("POOR", "NEAR_POOR", "MIDDLE", "NOT_POOR", "UNDETERMINED")),
            Map.entry("area.", List.of("RURAL", "URBAN")),
            Map.entry("reason.area.", List.of("RURAL", "URBAN")),
            Map.entry("reason.line.", List.of("LINE", "POOR_LINE", "NEAR_POOR_LINE", "MIDDLE_UPPER")),
            Map.entry("reason.indicator.", indicators()),
            Map.entry("review.kind.", List.of("PERIODIC", "REGULAR", "BASELINE")),
            Map.entry("step.", List.of("LISTING", "REQUESTS", "SCREENING", "SURVEY")),
            Map.entry("cause.", ReviewSurveyPages.CAUSES),
            // the label of every member and dwelling fact, and the words of each code it takes
            // ("relation.HEAD"), from the field list (docs/decisions/1160)
            Map.entry("dwelling.", ExchangeFields.names(ExchangeFields.DWELLING)),
            Map.entry("member.", ExchangeFields.names(ExchangeFields.MEMBER))));

    /** Adds the words of the codes of each member choice, keyed by its field ("relation.HEAD"). */
    private static Map<String, List<String>> withChoices(Map<String, List<String>> fixed) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(fixed);
        for (ExchangeFields.Field f : ExchangeFields.MEMBER) {
            if (f.kind() == ExchangeFields.Kind.CODE) {
                all.put(f.name() + ".", f.codeNames());
            }
        }
        return Map.copyOf(all);
    }

    private static List<String> indicators() {
        return java.util.Arrays.stream(Indicator.values()).map(Enum::name).toList();
    }
}
