package vn.giamngheo.shared;

/** A read or write of data that lies outside the acting user's jurisdiction: answered with 403 and audited. */
public class OutsideJurisdiction extends RuntimeException {
    private final String entityType;
    private final String entityId;

    public OutsideJurisdiction(String entityType, Object entityId) {
        super(entityType + " " + entityId + " is outside your jurisdiction");
        this.entityType = entityType;
        this.entityId = String.valueOf(entityId);
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }
}
