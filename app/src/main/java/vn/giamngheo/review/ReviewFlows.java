package vn.giamngheo.review;

import java.util.List;

/**
 * Flows of one campaign or rolled up over many: in households and in persons, with the
 * households' flows repeated at the root ({@code poor}, {@code nearPoor}) as docs/domain/review-and-reporting.md §5 shows the
 * API. {@code provisional}: some campaign is not recognised yet (households not yet classified
 * keep their previous class, {@code unclassified} says how many).
 */
public record ReviewFlows(
        Flows households,
        Flows persons,
        PoorFlow poor,
        NearPoorFlow nearPoor,
        NetReduction netReduction,
        boolean provisional,
        long unclassified,
        List<Long> campaignIds) {

    /**
     * Seed 003's net reduction, thoát nghèo − tái nghèo − phát sinh, in households and persons,
     * with its terms; the near-poor one mirrors it.
     */
    public record NetReduction(
            long poor, long nearPoor, long poorPersons, long nearPoorPersons, Terms poorTerms, Terms nearPoorTerms) {}

    /** thoát (to near-poor + escaped, or escaped + to poor), tái (fell back), phát sinh (newly + from the other list). */
    public record Terms(long thoat, long tai, long phatSinh) {}

    static ReviewFlows of(Flows households, Flows persons, boolean provisional, long unclassified, List<Long> ids) {
        PoorFlow p = households.poor();
        NearPoorFlow np = households.nearPoor();
        return new ReviewFlows(
                households,
                persons,
                p,
                np,
                new NetReduction(
                        p.netReduction(),
                        np.netReduction(),
                        persons.poor().netReduction(),
                        persons.nearPoor().netReduction(),
                        new Terms(p.thoatNgheo(), p.taiNgheo(), p.phatSinh()),
                        new Terms(np.decreases(), np.fellBack(), np.phatSinh())),
                provisional,
                unclassified,
                List.copyOf(ids));
    }
}
