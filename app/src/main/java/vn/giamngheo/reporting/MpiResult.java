package vn.giamngheo.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The Alkire–Foster measures for one k as the API gives them (docs/domain/poverty-standards.md §6): n and q (households,
 * or persons when they are the unit of analysis), H, A, M0, per indicator its weight, uncensored
 * and censored headcount ratios and percentage contribution, and the subgroups. {@code provisional}:
 * computed over a campaign not yet recognised.
 */
@JsonPropertyOrder({"k", "unit", "n", "q", "H", "A", "M0", "indicators", "groups", "provisional"})
public record MpiResult(
        double k,
        String unit,
        double n,
        double q,
        @JsonProperty("H") double h,
        @JsonProperty("A") double a,
        @JsonProperty("M0") double m0,
        Map<String, Indicator> indicators,
        List<Group> groups,
        boolean provisional) {

    public record Indicator(double weight, double uncensored, double censored, double contribution) {}

    /**
     * A subgroup: its key (a unit id, an area, an ethnicity, a target group or a class), its name, n,
     * population share, H, A, M0 and contribution to the total M0.
     */
    @JsonPropertyOrder({"key", "name", "n", "share", "H", "A", "M0", "contribution"})
    public record Group(
            String key,
            String name,
            double n,
            double share,
            @JsonProperty("H") double h,
            @JsonProperty("A") double a,
            @JsonProperty("M0") double m0,
            double contribution) {}
}
