package vn.giamngheo.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A plan with everything under it, and the chain both ways. */
public record PlanDetail(
        Plan plan,
        @JsonProperty("implements") List<PlanReference> implemented,
        List<PlanLink> implementedBy,
        List<PlanTask> tasks,
        List<Duty> duties,
        List<StoredFile> attachments) {}
