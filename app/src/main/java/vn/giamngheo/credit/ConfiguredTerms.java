package vn.giamngheo.credit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.Norm;
import vn.giamngheo.funding.NormValue;
import vn.giamngheo.funding.SupportContent;

/**
 * The loan terms held as data: the funding catalogue's norms of basis LOAN for the program's content
 * and beneficiary kind (or ANY), at the central level, valid on the disbursement day — the latest
 * one when several are. A measure with no such norm, or whose formula needs a reference value that
 * is not set, stays unset ("chưa cấu hình"). One {@link Book} reads the catalogue once for a whole
 * import.
 */
@Component
class ConfiguredTerms {
    private final Catalogue catalogue;

    ConfiguredTerms(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Book book() {
        Map<Long, String> codes = new HashMap<>();
        for (SupportContent c : catalogue.contents()) {
            codes.put(c.id(), c.code());
        }
        List<Norm> norms = catalogue.norms(LocalDate.of(2000, 1, 1), false).stream()
                .map(NormValue::norm)
                .filter(n -> n.basis().equals("LOAN") && n.level().equals("CENTRAL_CEILING"))
                .toList();
        return new Book(codes, norms);
    }

    LoanTerms on(LoanProgram program, LocalDate day) {
        return book().on(program, day);
    }

    /** The loan norms read once, their terms worked out per program and day. */
    final class Book {
        private final Map<Long, String> contentCodes;
        private final List<Norm> norms;
        private final Map<String, LoanTerms> memo = new HashMap<>();

        private Book(Map<Long, String> contentCodes, List<Norm> norms) {
            this.contentCodes = contentCodes;
            this.norms = norms;
        }

        LoanTerms on(LoanProgram program, LocalDate day) {
            return memo.computeIfAbsent(program + "@" + day, k -> terms(program, day));
        }

        private LoanTerms terms(LoanProgram program, LocalDate day) {
            if (program.contentCode() == null) {
                return LoanTerms.none(program, day);
            }
            return new LoanTerms(
                    program,
                    day,
                    term(program, day, "RATE"),
                    term(program, day, "AMOUNT"),
                    term(program, day, "MONTHS"));
        }

        private LoanTerms.Term term(LoanProgram program, LocalDate day, String measure) {
            Optional<Norm> norm = norms.stream()
                    .filter(n -> n.measure().equals(measure)
                            && program.contentCode().equals(contentCodes.get(n.contentId()))
                            && (n.beneficiary().equals(program.beneficiary())
                                    || n.beneficiary().equals("ANY"))
                            && n.validOn(day))
                    .max(Comparator.comparing(Norm::validFrom));
            if (norm.isEmpty() || !norm.get().configured()) {
                return null;
            }
            NormValue v = catalogue.value(norm.get(), day);
            if (!v.configured()) {
                return null;
            }
            return new LoanTerms.Term(
                    v.value(),
                    norm.get().legalSource(),
                    norm.get().confidence(),
                    norm.get().note());
        }
    }
}
