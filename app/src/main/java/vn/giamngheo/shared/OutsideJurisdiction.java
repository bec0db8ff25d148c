package vn.giamngheo.shared;

/** A read or write of data that lies outside the acting user's jurisdiction: answered with 403 and audited. */
public class OutsideJurisdiction extends Refusal {
    private final String entityType;
    private final String entityId;

    public OutsideJurisdiction(String entityType, Object entityId) {
        super(Message.of("access.outside", entity(entityType), String.valueOf(entityId)));
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
