package org.openbmis.app.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CountryProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Deciding a group together (ADR 0016): the members scanned one after another and not decided yet
 * are admitted in one go, each through {@link MovementService#decide} (one transaction and one
 * movement per member, in the proposed direction, with the same rules as at the desk). A member the
 * rules do not let through (an alert hit, a blocking condition) is left undecided and named in the
 * answer, for the officer to decide alone.
 */
@Service
public class GroupDecisions {

  /** What happened to one member: the movement, or the problem code that kept it undecided. */
  public record Outcome(
      UUID inspectionId, String name, @Nullable UUID movementId, @Nullable String problem) {}

  private final TravelGroupService groups;
  private final MovementService movements;
  private final PostService posts;
  private final CountryProperties country;

  GroupDecisions(
      TravelGroupService groups,
      MovementService movements,
      PostService posts,
      CountryProperties country) {
    this.groups = groups;
    this.movements = movements;
    this.posts = posts;
    this.country = country;
  }

  /** Admits every member of the open group not decided yet; 409 for a closed group. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  public List<Outcome> admitUndecided(UUID groupId) {
    TravelGroup group = groups.group(groupId);
    if (!group.open()) {
      throw new ConflictProblem("movement.group_closed", "This group is closed already.");
    }
    TransportMode transport =
        posts
            .postByCode(group.postCode())
            .map(p -> InspectionPolicy.transportFor(p.type()))
            .orElse(null);
    List<Outcome> out = new ArrayList<>();
    for (GroupMember m : group.members()) {
      if (m.decision() != null) {
        continue;
      }
      try {
        // the purpose and transport the desk's form proposes for this traveller
        Purpose purpose =
            InspectionPolicy.purposeFor(m.direction(), country.code().equals(m.nationality()));
        DecisionResult r =
            movements.decide(
                m.inspectionId(),
                new DecisionCommand(
                    Decision.ADMITTED, null, purpose, transport, null, null, null, null));
        out.add(new Outcome(m.inspectionId(), m.name(), r.movementId(), null));
      } catch (BmisException e) {
        out.add(new Outcome(m.inspectionId(), m.name(), null, e.code()));
      }
    }
    return out;
  }
}
