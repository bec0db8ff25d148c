package vn.giamngheo.jobs;

import java.time.LocalDate;
import java.util.List;

/**
 * A vacancy as entered or as a line of an imported list: the employer, the job, where it is (as
 * written, and the commune's official code when known), how many, the skills asked, the wage range
 * in đồng a month, the contract and the closing date.
 */
public record VacancyData(
        long ownerUnitId,
        String placeUnitCode,
        String employer,
        String employerPhone,
        String jobTitle,
        String place,
        Integer positions,
        List<String> skills,
        Long wageFrom,
        Long wageTo,
        ContractType contractType,
        LocalDate closingDate) {

    public VacancyData {
        skills = skills == null
                ? List.of()
                : skills.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
    }
}
