package vn.giamngheo.planning.extraction;

import java.util.Optional;

/**
 * Port through which the extraction matches a unit as a plan writes it ("Phòng LĐ-TB&XH", "Ngân hàng
 * CSXH huyện") to a known agency. The application wires the agency registry behind it; {@link
 * AgencyNameCatalogue} is the built-in fallback and the test double.
 */
@FunctionalInterface
public interface AgencyResolver {

    /** The agency the mention names, if known; empty for a name it does not know. */
    Optional<ResolvedAgency> resolve(String mention);
}
