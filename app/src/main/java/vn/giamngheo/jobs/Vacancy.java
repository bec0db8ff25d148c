package vn.giamngheo.jobs;

import java.time.LocalDate;
import java.util.List;

/** A recruitment need (Mẫu 02 of TT 01/2022) as kept, with the unit that keeps it and the version an edit names. */
public record Vacancy(
        long id,
        long ownerUnitId,
        Long placeUnitId,
        String placeUnitName,
        String employer,
        String employerPhone,
        String jobTitle,
        String place,
        int positions,
        List<String> skills,
        Long wageFrom,
        Long wageTo,
        ContractType contractType,
        LocalDate closingDate,
        boolean closed,
        String source,
        int referred,
        int hired,
        int version) {

    public boolean openOn(LocalDate day) {
        return !closed && !closingDate.isBefore(day);
    }

    Matching.Opening opening() {
        return new Matching.Opening(id, placeUnitId, skills, contractType, closingDate, closed);
    }
}
