package vn.giamngheo.planning;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.planning.extraction.PlanWarning;

/**
 * The plan reader's warnings in the reader's language ({@code plan.warning.*} messages): each
 * English text is read back into its kind and arguments ({@link PlanWarning#read}) and worded; a
 * text of no known kind — written by hand on the review form, say — is shown as it is.
 */
@Component
class PlanWarningWording {
    private final MessageSource messages;

    PlanWarningWording(MessageSource messages) {
        this.messages = messages;
    }

    List<String> word(List<String> warnings, Locale locale) {
        return warnings == null
                ? List.of()
                : warnings.stream().map(w -> word(w, locale)).toList();
    }

    String word(String warning, Locale locale) {
        Optional<PlanWarning> read = PlanWarning.read(warning);
        if (read.isEmpty()) {
            return warning;
        }
        List<String> args = read.get().args();
        return messages.getMessage(
                "plan.warning." + read.get().kind().name(), args.isEmpty() ? null : args.toArray(), locale);
    }
}
