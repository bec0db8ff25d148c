package vn.giamngheo.agency;

import java.time.LocalDate;
import java.util.List;

/** A body attached to a unit; {@code aliases} are the other ways documents write its name. */
public record Agency(
        long id,
        long unitId,
        String kind,
        String name,
        String shortName,
        List<String> aliases,
        LocalDate retiredAt,
        int version) {}
