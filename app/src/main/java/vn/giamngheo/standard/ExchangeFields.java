package vn.giamngheo.standard;

import java.util.List;

/**
 * The fields of a household, its members and its dwelling, written once (docs/decisions/1110): the
 * exchange format's names and kinds, in its documented order (docs/domain/household-format.md). The format's
 * reader and writer, the CSV and XLSX columns and the survey form take their fields from here, and
 * {@code HouseholdFieldsTest} checks the Java records ({@link HouseholdInput}, {@link Member}, {@link
 * Dwelling}, the registry's household) against these lists, so a new field is added here, in the
 * record and where its value is read or shown.
 */
public final class ExchangeFields {
    /** How a field is written: what the CSV and XLSX readers and the survey form expect. */
    public enum Kind {
        TEXT,
        CODE,
        WHOLE,
        NUMBER,
        BOOLEAN,
        CODES,
        MEMBERS,
        DWELLING
    }

    /** A field of the format: its name on the wire and its kind. */
    public record Field(String name, Kind kind) {}

    /**
     * The wire name of {@link HouseholdInput#labourCapacity()}. The format was published with the
     * American spelling; the code spells it "labour" everywhere else (decision 1110).
     */
    public static final String LABOUR_CAPACITY = "laborCapacity";

    /** The fields of a household line. */
    public static final List<Field> HOUSEHOLD = List.of(
            new Field("ref", Kind.TEXT),
            new Field("area", Kind.CODE),
            new Field("incomePerCapita", Kind.WHOLE),
            new Field("scoreA", Kind.NUMBER),
            new Field("deprivations", Kind.CODES),
            new Field("members", Kind.MEMBERS),
            new Field("dwelling", Kind.DWELLING),
            new Field(LABOUR_CAPACITY, Kind.BOOLEAN),
            new Field("causes", Kind.CODES),
            new Field("recognizedClass", Kind.CODE));

    /** The fields of a member object. */
    public static final List<Field> MEMBER = List.of(
            new Field("name", Kind.TEXT),
            new Field("age", Kind.WHOLE),
            new Field("sex", Kind.CODE),
            new Field("relation", Kind.CODE),
            new Field("ethnicity", Kind.TEXT),
            new Field("healthInsured", Kind.BOOLEAN),
            new Field("stunted", Kind.BOOLEAN),
            new Field("underweight", Kind.BOOLEAN),
            new Field("education", Kind.CODE),
            new Field("inSchool", Kind.BOOLEAN),
            new Field("employment", Kind.CODE),
            new Field("disabled", Kind.BOOLEAN),
            new Field("socialAllowance", Kind.BOOLEAN),
            new Field("personOfMerit", Kind.BOOLEAN));

    /** The fields of the dwelling object. */
    public static final List<Field> DWELLING = List.of(
            new Field("livingAreaM2", Kind.NUMBER),
            new Field("wallDurable", Kind.BOOLEAN),
            new Field("columnDurable", Kind.BOOLEAN),
            new Field("roofDurable", Kind.BOOLEAN),
            new Field("cleanWater", Kind.BOOLEAN),
            new Field("hygienicLatrine", Kind.BOOLEAN),
            new Field("telecom", Kind.BOOLEAN),
            new Field("infoDevice", Kind.BOOLEAN),
            new Field("loudspeakerAccess", Kind.BOOLEAN),
            new Field("wasteCollected", Kind.BOOLEAN));

    /** The members' facts that identify the person rather than describe them, as the registry keeps them apart. */
    public static final List<String> MEMBER_PERSON = List.of("name", "age", "sex", "relation", "ethnicity");

    private ExchangeFields() {}

    /** The names of the fields, in order. */
    public static List<String> names(List<Field> fields) {
        return fields.stream().map(Field::name).toList();
    }

    /** The names of the fields of one kind, in order. */
    public static List<String> names(List<Field> fields, Kind kind) {
        return fields.stream().filter(f -> f.kind() == kind).map(Field::name).toList();
    }
}
