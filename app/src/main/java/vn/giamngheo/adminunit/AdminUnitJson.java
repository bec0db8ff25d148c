package vn.giamngheo.adminunit;

import java.time.LocalDate;

/** A unit as the API shows it. */
record AdminUnitJson(
        long id,
        String code,
        String name,
        String kind,
        String fullName,
        String level,
        Long parentId,
        String path,
        LocalDate validFrom,
        LocalDate validTo,
        boolean retired,
        int version) {

    static AdminUnitJson of(AdminUnit u) {
        return new AdminUnitJson(
                u.id(),
                u.code(),
                u.name(),
                u.kind(),
                u.fullName(),
                u.level(),
                u.parentId(),
                u.path(),
                u.validFrom(),
                u.validTo(),
                u.retired(),
                u.version());
    }
}
