package vn.giamngheo.standard;

import java.util.List;

/** Field names of the exchange format (docs/domain/household-format.md), in its documented order. */
public final class ExchangeFields {
    /** The fields of a member object. */
    public static final List<String> MEMBER = List.of(
            "name",
            "age",
            "sex",
            "relation",
            "ethnicity",
            "healthInsured",
            "stunted",
            "underweight",
            "education",
            "inSchool",
            "employment",
            "disabled",
            "socialAllowance",
            "personOfMerit");

    private ExchangeFields() {}
}
