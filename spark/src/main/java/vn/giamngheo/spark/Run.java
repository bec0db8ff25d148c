package vn.giamngheo.spark;

import java.io.Serializable;
import java.util.List;

/**
 * A national run as the application requested it (national_run): the job, the list year, for a
 * what-if the target standard's definition and every standard's latest published definition, for
 * Alkire–Foster the cut-offs, indicators and weights.
 */
public record Run(
        long id,
        String job,
        Integer listYear,
        String targetJson,
        String sourcesJson,
        List<Double> ks,
        List<String> codes,
        double[] weights)
        implements Serializable {}
