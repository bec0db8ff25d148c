package vn.giamngheo.standard;

/** The income figures of a standard for each area. */
public record IncomeLines(AreaLines rural, AreaLines urban) {

    public AreaLines of(Area area) {
        return area == Area.RURAL ? rural : urban;
    }
}
