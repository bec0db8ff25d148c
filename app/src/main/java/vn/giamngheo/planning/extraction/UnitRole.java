package vn.giamngheo.planning.extraction;

/** What a unit does for a task: leads it (chủ trì) or helps (phối hợp). */
public enum UnitRole {
    LEAD,
    COORDINATOR
}
