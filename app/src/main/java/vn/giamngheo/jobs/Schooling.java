package vn.giamngheo.jobs;

/** Education as Mẫu 01 asks it: the highest general level, and the technical qualification apart. */
public final class Schooling {
    private Schooling() {}

    public enum General {
        NONE,
        PRIMARY,
        LOWER_SECONDARY,
        UPPER_SECONDARY
    }

    /** Trình độ chuyên môn kỹ thuật: none, sơ cấp, trung cấp, cao đẳng, đại học trở lên. */
    public enum Qualification {
        NONE,
        ELEMENTARY,
        INTERMEDIATE,
        COLLEGE,
        UNIVERSITY
    }
}
