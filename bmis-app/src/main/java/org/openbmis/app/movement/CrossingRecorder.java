package org.openbmis.app.movement;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CountryProperties;
import org.openbmis.app.shared.ReferenceFreshness;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.app.traveller.TravellerSummary;
import org.openbmis.app.visa.EntryAssessment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the one movement of a crossing, decided at primary or closed at secondary: the movement,
 * the stays it closes and opens, the audit entry, the meters and the event. Runs inside the
 * caller's transaction.
 */
@Component
class CrossingRecorder {

  /**
   * A crossing to record.
   *
   * @param travellerId the traveller as written at the decision
   * @param documentId the document as written at the decision
   * @param document the presented document, as the visa rules need it
   * @param override admitted in spite of blocking conditions
   * @param caseId the secondary case that decided it (null at primary)
   * @param stayCap a shorter authorised stay decided at secondary
   * @param traveller the traveller as just written (null: read here)
   * @param entry the admission assessment the decision was made on (null: assessed here)
   */
  record Crossing(
      InspectionRepository.Inspection inspection,
      UUID travellerId,
      UUID documentId,
      AdmissionChecks.DocumentRef document,
      Direction direction,
      DecisionCommand command,
      @Nullable DecisionOverride override,
      @Nullable UUID caseId,
      @Nullable LocalDate stayCap,
      @Nullable TravellerSummary traveller,
      @Nullable EntryAssessment entry) {}

  private final ObjectProvider<ReferenceFreshness> freshness;
  private final TravellerService travellers;
  private final PostService posts;
  private final InspectionRepository inspections;
  private final MovementRepository movements;
  private final AdmissionChecks admission;
  private final AuditLog audit;
  private final Clock clock;
  private final CountryProperties country;
  private final ApplicationEventPublisher events;
  private final MeterRegistry meters;

  CrossingRecorder(
      TravellerService travellers,
      PostService posts,
      InspectionRepository inspections,
      MovementRepository movements,
      AdmissionChecks admission,
      AuditLog audit,
      Clock clock,
      CountryProperties country,
      ApplicationEventPublisher events,
      MeterRegistry meters,
      ObjectProvider<ReferenceFreshness> freshness) {
    this.freshness = freshness;
    this.travellers = travellers;
    this.posts = posts;
    this.inspections = inspections;
    this.movements = movements;
    this.admission = admission;
    this.audit = audit;
    this.clock = clock;
    this.country = country;
    this.events = events;
    this.meters = meters;
  }

  DecisionResult record(Crossing c, Actor actor) {
    // a secondary case closed at a desk whose reference data is too old (ADR 0023)
    freshness.ifAvailable(ReferenceFreshness::requireMayRecord);
    var inspection = c.inspection();
    DecisionCommand cmd = c.command();
    BorderPostSummary post = posts.post(inspection.postId());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, post.timeZone());
    Direction direction = c.direction();
    TravellerSummary traveller =
        c.traveller() != null ? c.traveller() : travellers.traveller(c.travellerId());
    Optional<OpenStay> stay =
        InspectionPolicy.openStay(movements.lastAdmitted(traveller.id(), labels()), today);
    boolean national = country.code().equals(traveller.nationality());
    boolean admitted = cmd.decision() == Decision.ADMITTED;
    boolean closes = !national && direction == Direction.EXIT && admitted && stay.isPresent();
    Integer stayDays = closes ? InspectionPolicy.stayDays(stay.get().entryDate(), today) : null;
    Integer overstayDays =
        closes ? admission.overstayDays(traveller.id(), stay.get(), today) : null;
    long millis = Math.max(0, Duration.between(inspection.startedAt(), now).toMillis());
    UUID movementId = Uuids.timeOrdered();
    if (!inspections.markDecided(inspection.id(), movementId, now, c.caseId())) {
      throw new ConflictProblem(
          "movement.already_decided", "This inspection has already been decided.");
    }
    movements.insert(
        new MovementRepository.NewMovement(
            movementId,
            inspection.id(),
            traveller.id(),
            c.documentId(),
            direction,
            cmd,
            MovementRepository.utc(now),
            today,
            post.id(),
            inspection.deskId(),
            actor.username(),
            millis,
            closes ? stay.get().entryMovementId() : null,
            stayDays,
            traveller.nationality(),
            traveller.sex(),
            traveller.dateOfBirth() == null ? null : traveller.dateOfBirth().getYear(),
            overstayDays,
            c.override(),
            c.caseId()));
    // Authorised stays belong to admitted entries and close at the traveller's next admitted
    // movement: only a traveller whose last admitted movement is an entry can have one open.
    if (!national && admitted && stay.isPresent()) {
      admission.closeStays(traveller.id(), now, today);
    }
    if (!national && direction == Direction.ENTRY && admitted) {
      admission.authoriseStay(
          movementId, traveller, c.document(), cmd.purpose(), today, c.stayCap(), c.entry());
    }
    audit.record(
        "movement.recorded",
        "traveller",
        traveller.id(),
        AuditLog.Outcome.SUCCESS,
        direction
            + " "
            + cmd.decision()
            + " movement "
            + movementId
            + (c.override() == null ? "" : " override " + String.join(",", c.override().codeList()))
            + (c.caseId() == null ? "" : " secondary case " + c.caseId()));
    meters
        .counter("bmis.decisions", "direction", direction.name(), "decision", cmd.decision().name())
        .increment();
    meters.timer("bmis.inspection.duration", "post", post.code()).record(Duration.ofMillis(millis));
    events.publishEvent(
        new MovementRecorded(
            movementId,
            traveller.id(),
            post.id(),
            direction,
            cmd.decision(),
            now,
            today,
            traveller.nationality(),
            stayDays,
            millis));
    return new DecisionResult(
        movementId,
        traveller.id(),
        direction,
        cmd.decision(),
        now,
        stayDays,
        overstayDays,
        c.override(),
        c.caseId());
  }

  private MovementRepository.Labels labels() {
    return new MovementRepository.Labels(
        posts::post, desk -> posts.desk(desk).map(DeskSummary::code).orElse(null), null);
  }
}
