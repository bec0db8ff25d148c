package vn.giamngheo.householdplan;

/**
 * A household on a commune's "able to escape this year" list: its plan, village, labour capacity
 * (seed 004 splits the list by it), helper and solutions, and whether the recognised lists show it
 * escaped in the year (null while no recognition of that year holds it).
 */
public record EscapeRow(
        long planId,
        long householdId,
        String householdCode,
        String headName,
        String villageName,
        String listedClass,
        Boolean labourCapacity,
        String helperKind,
        String helperName,
        boolean consent,
        String solutions,
        boolean escaped) {}
