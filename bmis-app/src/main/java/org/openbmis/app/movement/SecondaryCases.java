package org.openbmis.app.movement;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.Uuids;
import org.springframework.stereotype.Component;

/** Opens a secondary case for a referral at primary, in the decision's transaction. */
@Component
class SecondaryCases {

  private final SecondaryCaseRepository cases;
  private final InspectionRepository inspections;
  private final AuditLog audit;
  private final Clock clock;
  private final MeterRegistry meters;

  SecondaryCases(
      SecondaryCaseRepository cases,
      InspectionRepository inspections,
      AuditLog audit,
      Clock clock,
      MeterRegistry meters) {
    this.cases = cases;
    this.inspections = inspections;
    this.audit = audit;
    this.clock = clock;
    this.meters = meters;
  }

  UUID open(
      InspectionRepository.Inspection inspection,
      UUID travellerId,
      UUID documentId,
      Direction direction,
      List<Condition> reasons,
      Actor actor) {
    UUID id = Uuids.timeOrdered();
    Instant now = clock.instant();
    if (!inspections.markReferred(inspection.id(), id)) {
      throw new ConflictProblem(
          "movement.already_decided", "This inspection has already been decided.");
    }
    List<Condition> why =
        reasons.isEmpty()
            ? List.of(new Condition("movement.officer_referral", "Referred by the officer."))
            : reasons;
    cases.insert(
        new SecondaryCaseRepository.NewCase(
            id,
            inspection.postId(),
            inspection.id(),
            travellerId,
            documentId,
            direction,
            inspection.deskId(),
            actor.username(),
            now,
            why));
    audit.record(
        "movement.referred",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        "secondary case "
            + id
            + " inspection "
            + inspection.id()
            + ": "
            + why.stream().map(Condition::code).collect(Collectors.joining(",")));
    meters.counter("bmis.referrals", "direction", direction.name()).increment();
    return id;
  }
}
