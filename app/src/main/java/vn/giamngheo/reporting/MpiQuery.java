package vn.giamngheo.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.Indicator;

/**
 * What an Alkire–Foster request asks (docs/domain/poverty-standards.md §6): the cut-offs k (shares of the total
 * weight), the indicators with their weights (equal by default), the unit of analysis and the
 * subgroups. Parsed from the query parameters; problems name the parameter.
 */
record MpiQuery(List<Double> ks, List<String> codes, double[] weights, By by, boolean persons) {

    /** Subgroup decomposition. GROUP: the target groups, which overlap (their contributions do not add up to 1). */
    enum By {
        NONE,
        CHILD_UNIT,
        AREA,
        ETHNICITY,
        GROUP,
        CLASS;

        static By of(String s) {
            if (s == null || s.isBlank()) {
                return NONE;
            }
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "childunit", "child_unit", "unit" -> CHILD_UNIT;
                case "area" -> AREA;
                case "ethnicity" -> ETHNICITY;
                case "group" -> GROUP;
                case "class" -> CLASS;
                default -> throw InvalidInput.of("by", Message.of("reporting.mpiBy", s));
            };
        }
    }

    static MpiQuery parse(String k, String weights, String by, String unit, List<String> defaultCodes) {
        List<Double> ks = new ArrayList<>();
        for (String part : (k == null || k.isBlank() ? "0.33" : k).split(",")) {
            try {
                double v = Double.parseDouble(part.trim());
                if (!(v > 0 && v <= 1)) {
                    throw InvalidInput.of("k", Message.of("reporting.mpiK", part));
                }
                ks.add(v);
            } catch (NumberFormatException e) {
                throw InvalidInput.of("k", Message.of("reporting.notNumber", part));
            }
        }
        List<String> codes;
        double[] w;
        if (weights == null || weights.isBlank()) {
            codes = List.copyOf(defaultCodes);
            w = new double[codes.size()];
            java.util.Arrays.fill(w, 1.0 / codes.size());
        } else {
            Map<String, Double> given = new LinkedHashMap<>();
            for (String part : weights.split(",")) {
                String[] kv = part.split(":");
                if (kv.length != 2 || Indicator.fromCode(kv[0].trim()) == null) {
                    throw InvalidInput.of("weights", Message.of("reporting.mpiWeightForm", part));
                }
                try {
                    double v = Double.parseDouble(kv[1].trim());
                    if (v < 0) {
                        throw InvalidInput.of("weights", Message.of("reporting.mpiWeightNegative", part));
                    }
                    given.put(kv[0].trim(), v);
                } catch (NumberFormatException e) {
                    throw InvalidInput.of("weights", Message.of("reporting.notNumber", part));
                }
            }
            double sum =
                    given.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum <= 0) {
                throw InvalidInput.of("weights", Message.of("reporting.mpiWeightsZero"));
            }
            codes = List.copyOf(given.keySet());
            w = given.values().stream().mapToDouble(v -> v / sum).toArray();
        }
        boolean persons;
        String u = unit == null ? "HOUSEHOLD" : unit.trim().toUpperCase(Locale.ROOT);
        switch (u) {
            case "PERSON", "PERSONS" -> persons = true;
            case "HOUSEHOLD", "HOUSEHOLDS" -> persons = false;
            default -> throw InvalidInput.of("unit", Message.of("reporting.mpiUnit", unit));
        }
        return new MpiQuery(List.copyOf(ks), codes, w, By.of(by), persons);
    }

    /** The codes as a PostgreSQL text array literal. */
    String codesArray() {
        return "{" + String.join(",", codes) + "}";
    }

    /** The (normalised) weights as a PostgreSQL float8 array literal. */
    String weightsArray() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < weights.length; i++) {
            b.append(i == 0 ? "" : ",").append(weights[i]);
        }
        return b.append('}').toString();
    }
}
