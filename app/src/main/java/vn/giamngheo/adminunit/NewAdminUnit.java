package vn.giamngheo.adminunit;

import java.time.LocalDate;

/** What is needed to create a unit; {@code parentId} is null only for a province. */
public record NewAdminUnit(Long parentId, String code, String name, String kind, String level, LocalDate validFrom) {}
