package org.openbmis.app.movement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.DeskFlow;
import org.openbmis.app.admin.DeskLane;

/**
 * What the desk adds to a scan (ADR 0016): its flow (which proposes the direction before the
 * history does) and lane, the group being inspected there (a vehicle, a family, a tour), whether
 * the traveller crosses as crew and on which crew list they were found, and the warnings of these
 * facts.
 *
 * @param deskCode the desk's code, null for an account without a desk
 * @param groupId the officer's open group the inspection joins, or null
 * @param crew whether the traveller crosses as crew (a crew document, a crew lane or a crew list)
 * @param crewList the carrier and day of the crew list the traveller is on, or null
 * @param warnings added to the inspection's warnings (not repeated in the answer's {@code desk})
 */
public record DeskContext(
    @Nullable String deskCode,
    DeskFlow flow,
    DeskLane lane,
    @Nullable UUID groupId,
    boolean crew,
    @Nullable String crewList,
    @JsonIgnore List<InspectionWarning> warnings) {

  /** No desk, no group, no crew: a desk serving passengers both ways. */
  static DeskContext none() {
    return new DeskContext(null, DeskFlow.BOTH, DeskLane.PASSENGERS, null, false, null, List.of());
  }
}
