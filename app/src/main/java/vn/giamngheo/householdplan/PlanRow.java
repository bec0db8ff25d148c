package vn.giamngheo.householdplan;

import java.time.LocalDate;

/** One plan on a commune's board: the household, its helper, target year, progress and next visit. */
public record PlanRow(
        long id,
        long householdId,
        String householdCode,
        String headName,
        String unitName,
        int year,
        String listedClass,
        Boolean labourCapacity,
        Integer targetYear,
        boolean agreed,
        String helperKind,
        String helperName,
        boolean consent,
        LocalDate nextVisitOn,
        LocalDate lastVisitOn,
        String lastProgress,
        int solutions,
        int solutionsDone,
        boolean overdue) {}
