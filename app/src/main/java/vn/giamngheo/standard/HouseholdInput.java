package vn.giamngheo.standard;

import java.util.List;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * One household line of the exchange format (docs/domain/household-format.md; fields in {@link ExchangeFields}). Only {@code ref} and {@code area}
 * are required. {@code deprivations} are the reviewer's ticks: null when the line has no
 * {@code deprivations} field (indicators are then derived from the facts), otherwise the ticked
 * indicators, every other indicator of the standard counting as ticked "not deprived".
 */
public record HouseholdInput(
        String ref,
        Area area,
        Long incomePerCapita,
        Double scoreA,
        IndicatorSet deprivations,
        List<Member> members,
        Dwelling dwelling,
        Boolean labourCapacity,
        List<Cause> causes,
        @ExchangeFields.Only({"POOR", "NEAR_POOR"}) HouseholdClass recognizedClass) {

    /** Causes of poverty (nguyên nhân nghèo) [likely]. */
    public enum Cause {
        LAND,
        CAPITAL,
        LABOUR,
        TOOLS,
        KNOWLEDGE,
        SKILLS,
        ILLNESS,
        OTHER
    }

    public HouseholdInput {
        if (ref == null) {
            throw InvalidInput.of("ref", Message.of("line.required"));
        }
        if (area == null) {
            throw InvalidInput.of("area", Message.of("line.areaRequired"));
        }
        if (recognizedClass != null
                && recognizedClass != HouseholdClass.POOR
                && recognizedClass != HouseholdClass.NEAR_POOR) {
            throw InvalidInput.of("recognizedClass", Message.of("line.recognizedClass"));
        }
    }
}
