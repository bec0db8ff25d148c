package vn.giamngheo.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The households' classes on the recognised lists in force, read once for a batch: for each list
 * year of the grants and the three before it (the newly-escaped window is counted in list years).
 */
final class Classes {
    private static final int YEARS_BACK = 3;
    private final Map<Long, Map<Integer, String>> classes;

    Classes(GrantStore store, List<Beneficiary> households, List<LocalDate> days) {
        if (households.isEmpty() || days.isEmpty()) {
            classes = Map.of();
            return;
        }
        TreeSet<Integer> years = new TreeSet<>();
        days.forEach(d -> {
            for (int y = d.getYear() - YEARS_BACK; y <= d.getYear(); y++) {
                years.add(y);
            }
        });
        classes = store.classes(
                households.stream().map(Beneficiary::communeId).distinct().toList(),
                new ArrayList<>(years),
                households.stream().map(Beneficiary::householdId).distinct().toList());
    }

    /** The class on the lists in force for the list year; null when the household is on none. */
    String of(long household, int year) {
        return classes.getOrDefault(household, Map.of()).get(year);
    }

    /** Months since the last list year the household was poor or near-poor before {@code year}; null: never. */
    Integer monthsSinceListed(long household, int year) {
        Map<Integer, String> byYear = classes.getOrDefault(household, Map.of());
        for (int y = year - 1; y >= year - YEARS_BACK; y--) {
            String c = byYear.get(y);
            if ("POOR".equals(c) || "NEAR_POOR".equals(c)) {
                return (year - y) * 12;
            }
        }
        return null;
    }
}
