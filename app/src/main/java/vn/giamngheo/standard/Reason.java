package vn.giamngheo.standard;

/**
 * One step of a classification as a value; {@link #text()} words it as the exchange format's
 * {@code reasons} do ("income 1,420,000 ≤ rural line 1,500,000"). Kept as values so the classifier
 * does no string work and pages can word them in another language ({@link ReasonWording}); {@link
 * Explanation} stores them as structured JSON.
 */
public sealed interface Reason {

    String text();

    /** Which figure of {@link AreaLines} an income was compared with. */
    enum LineKind {
        LINE("line"),
        POOR_LINE("poor line"),
        NEAR_POOR_LINE("near-poor line"),
        MIDDLE_UPPER("middle-living band upper bound");

        private final String words;

        LineKind(String words) {
            this.words = words;
        }
    }

    /** Income compared with a line: at or under it ({@code ≤}) or above it. */
    record IncomeVersusLine(long income, Area area, LineKind kind, Figure line) implements Reason {
        public boolean atOrUnder() {
            return income <= line.value();
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder(64).append("income ");
            Vnd.append(out, income);
            out.append(atOrUnder() ? " ≤ " : " > ")
                    .append(area.label())
                    .append(' ')
                    .append(kind.words)
                    .append(' ');
            Vnd.append(out, line.value());
            return out.append(line.confidence().mark()).toString();
        }
    }

    /** Score A used in place of income (TT 07/2021): at or under the threshold stands for income ≤ line. */
    record ScoreVersusThreshold(double score, Area area, Figure threshold, Figure line) implements Reason {
        public boolean atOrUnder() {
            return score <= threshold.value();
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder(96).append("score A ");
            Vnd.appendScore(out, score);
            out.append(atOrUnder() ? " ≤ " : " > ")
                    .append(area.label())
                    .append(" threshold ")
                    .append(threshold.value());
            out.append(threshold.confidence().mark()).append(", standing for income ");
            out.append(atOrUnder() ? "≤ " : "> ").append(area.label()).append(" line ");
            Vnd.append(out, line.value());
            return out.toString();
        }
    }

    /**
     * The count of deprived indicators against the cut-off. {@code unknown} are the indicators
     * neither ticked nor derivable; when they could lift the count to the cut-off the class is
     * undetermined and the text names them.
     */
    record DeprivationCount(int deprived, int cutoff, IndicatorSet unknown) implements Reason {
        @Override
        public String text() {
            StringBuilder out = new StringBuilder(64).append(deprived);
            out.append(deprived == 1 ? " indicator deprived " : " indicators deprived ");
            out.append(deprived >= cutoff ? "≥ " : "< ").append(cutoff);
            if (deprived < cutoff && !unknown.isEmpty()) {
                out.append(deprived + unknown.count() >= cutoff ? "; could reach " : "; cannot reach ")
                        .append(cutoff)
                        .append(" with the unknown ")
                        .append(unknown)
                        .append(deprived + unknown.count() >= cutoff ? ": tick them or give the facts" : "");
            }
            return out.toString();
        }
    }

    /** Above the line where the standard's middle-living band is not known: NOT_POOR, not MIDDLE. */
    record MiddleBandUnknown(String standardId, Area area) implements Reason {
        @Override
        public String text() {
            return "middle-living band of " + standardId + " (" + area.label()
                    + ") not known: cannot tell MIDDLE from NOT_POOR, answered NOT_POOR";
        }
    }

    /** Score A has no threshold in this standard: it cannot stand for income. */
    record NoScoreThreshold(String standardId, Area area) implements Reason {
        @Override
        public String text() {
            return standardId + " has no " + area.label() + " score-A threshold: incomePerCapita is needed";
        }
    }

    /** Neither income nor score A given: the class is UNDETERMINED. */
    record NoIncome() implements Reason {
        static final NoIncome INSTANCE = new NoIncome();

        @Override
        public String text() {
            return "no incomePerCapita and no scoreA: cannot compare with the line";
        }
    }

    /** Score A above the threshold: it stands for income above the line, but cannot place it in the middle band. */
    record ScoreCannotTellBand() implements Reason {
        static final ScoreCannotTellBand INSTANCE = new ScoreCannotTellBand();

        @Override
        public String text() {
            return "score A cannot tell MIDDLE from NOT_POOR: answered NOT_POOR; incomePerCapita is needed for the band";
        }
    }

    /**
     * A baseline campaign takes the class recognised before the system was used as given
     * (docs/domain/household-format.md, {@code recognizedClass}); the classifier itself never gives this reason.
     */
    record RecognisedBefore(HouseholdClass recognised) implements Reason {
        @Override
        public String text() {
            return "recognised " + recognised + " before the system was used (baseline, taken as given)";
        }
    }
}
