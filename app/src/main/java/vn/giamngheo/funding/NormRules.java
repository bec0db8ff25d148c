package vn.giamngheo.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.shared.InvalidInput;

/**
 * The rules a new norm must keep, as pure functions returning problems. A province level (decided by
 * the People's Council) or one project's approved amount may not exceed the central ceiling for the
 * same content, beneficiary and basis on any day both apply (QĐ 02/2022 Art. 9; TT 60/2026 Art.
 * 4(16)); a norm lies inside its content's validity; it has a value or a formula, not both.
 */
public final class NormRules {
    private NormRules() {}

    public static List<InvalidInput.Problem> check(Norm norm, SupportContent content, List<Norm> existing) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (norm.validTo() != null && norm.validTo().isBefore(norm.validFrom())) {
            problems.add(InvalidInput.Problem.of(
                    "validTo", "funding.validToBeforeFrom", day(norm.validTo()), day(norm.validFrom())));
        }
        if (!content.validOn(norm.validFrom())
                || (norm.validTo() != null && !content.validOn(norm.validTo()))
                || (norm.validTo() == null && content.validTo() != null)) {
            problems.add(InvalidInput.Problem.of(
                    "validFrom",
                    "funding.normOutsideContent",
                    content.name(),
                    day(content.validFrom()),
                    day(content.validTo())));
        }
        if (norm.amount() != null && norm.formula() != null) {
            problems.add(InvalidInput.Problem.of("formula", "funding.amountAndFormula"));
        }
        if (norm.amount() != null && !norm.level().equals("CENTRAL_CEILING")) {
            ceiling(norm, existing)
                    .filter(c -> norm.amount() > c.amount())
                    .ifPresent(c -> problems.add(InvalidInput.Problem.of(
                            "amount",
                            "funding.overCeiling",
                            Amounts.arg(norm.amount()),
                            Amounts.arg(c.amount()),
                            c.legalSource())));
        }
        return problems;
    }

    /** The lowest central ceiling in force alongside the norm for the same content, beneficiary and basis. */
    public static Optional<Norm> ceiling(Norm norm, List<Norm> existing) {
        return existing.stream()
                .filter(n -> n.level().equals("CENTRAL_CEILING")
                        && !n.superseded()
                        && n.amount() != null
                        && n.contentId() == norm.contentId()
                        && n.basis().equals(norm.basis())
                        && n.measure().equals(norm.measure())
                        && (n.beneficiary().equals(norm.beneficiary())
                                || n.beneficiary().equals("ANY"))
                        && n.overlaps(norm))
                .min(java.util.Comparator.comparing(Norm::amount));
    }

    /** The norm in force on a day: a project's, else the province's, else the central ceiling. */
    public static Optional<Norm> applicable(List<Norm> norms, String beneficiary, String basis, LocalDate day) {
        for (String level : List.of("PROJECT", "PROVINCE", "CENTRAL_CEILING")) {
            Optional<Norm> n = norms.stream()
                    .filter(x -> !x.superseded()
                            && x.level().equals(level)
                            && x.basis().equals(basis)
                            && x.beneficiary().equals(beneficiary)
                            && x.validOn(day))
                    .findFirst();
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    private static String day(LocalDate d) {
        return d == null ? "…" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
