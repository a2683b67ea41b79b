package org.openbmis.app.movement;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.document.DocumentService;
import org.openbmis.app.screening.DeskScreening;
import org.openbmis.app.screening.ScreeningService;
import org.openbmis.app.screening.ScreeningSubject;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CountryProperties;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.shared.durability.DurableTransactionManager;
import org.openbmis.app.traveller.Presentation;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.app.traveller.TravellerSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Primary inspection and the movements it records. Officers act only at their own post. */
@Service
public class MovementService {

  private static final int HISTORY = 10;

  private final DocumentService documents;
  private final TravellerService travellers;
  private final PostService posts;
  private final InspectionRepository inspections;
  private final MovementRepository movements;
  private final AuditLog audit;
  private final Clock clock;
  private final CountryProperties country;
  private final ApplicationEventPublisher events;
  private final MeterRegistry meters;
  private final AdmissionChecks admission;
  private final ScreeningService screening;
  private final DeskContexts desks;

  MovementService(
      DocumentService documents,
      TravellerService travellers,
      PostService posts,
      InspectionRepository inspections,
      MovementRepository movements,
      AuditLog audit,
      Clock clock,
      CountryProperties country,
      ApplicationEventPublisher events,
      MeterRegistry meters,
      AdmissionChecks admission,
      ScreeningService screening,
      DeskContexts desks) {
    this.desks = desks;
    this.admission = admission;
    this.screening = screening;
    this.documents = documents;
    this.travellers = travellers;
    this.posts = posts;
    this.inspections = inspections;
    this.movements = movements;
    this.audit = audit;
    this.clock = clock;
    this.country = country;
    this.events = events;
    this.meters = meters;
  }

  /** Reads the document, finds the traveller, and shows everything the officer must see. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public InspectionView startInspection(StartInspectionCommand cmd) {
    // A scan records nothing the officer is told was recorded: if a power cut loses it, the
    // officer scans again. Only the decision waits for the disk (ADR 0008).
    DurableTransactionManager.acknowledgesNothing();
    Actor actor = CurrentActor.get();
    BorderPostSummary post = postOf(actor);
    DocumentReading doc = read(cmd);
    Presentation p = travellers.present(doc);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, post.timeZone());
    // One read of the recent history answers the open stay and the refusals for most travellers;
    // only a longer history needs the two narrower queries.
    var labels = labelsOf(p.traveller());
    List<MovementSummary> history = movements.history(p.traveller().id(), HISTORY, labels);
    Optional<MovementSummary> last =
        history.stream().filter(m -> m.decision() == Decision.ADMITTED).findFirst();
    if (last.isEmpty() && history.size() == HISTORY) {
      last = movements.lastAdmitted(p.traveller().id(), labels);
    }
    boolean national = country.code().equals(doc.nationality());
    DeskContext desk = desks.at(actor, doc, today);
    Direction direction =
        cmd.direction() != null ? cmd.direction() : InspectionPolicy.propose(desk.flow(), last);
    long refusals =
        history.size() < HISTORY
            ? history.stream().filter(m -> m.decision() == Decision.REFUSED).count()
            : movements.refusals(p.traveller().id());
    List<InspectionWarning> warnings = new ArrayList<>();
    documents
        .warnings(doc, today)
        .forEach(
            w ->
                warnings.add(
                    new InspectionWarning(w.code(), w.severity(), w.field(), w.message())));
    warnings.addAll(
        InspectionPolicy.historyWarnings(direction, last, refusals, p.newTraveller(), national));
    warnings.addAll(desk.warnings());
    Optional<OpenStay> openStay =
        national ? Optional.empty() : InspectionPolicy.openStay(last, today);
    Purpose purpose = InspectionPolicy.purposeFor(direction, national);
    var checks =
        admission.atScan(
            p.traveller(),
            new AdmissionChecks.DocumentRef(doc.documentCode(), doc.documentNumber()),
            direction,
            openStay,
            purpose,
            today,
            national);
    warnings.addAll(0, checks.warnings());
    UUID id = Uuids.timeOrdered();
    DeskScreening screened = screening.screenAtDesk(p.traveller().id(), subject(id, doc));
    warnings.addAll(0, DeskAlerts.warnings(screened));
    inspections.insert(
        new InspectionRepository.Inspection(
            id,
            post.id(),
            actor.deskId(),
            actor.username(),
            p.traveller().id(),
            p.documentId(),
            direction,
            now,
            null),
        doc.valid(),
        warnings.stream().map(InspectionWarning::code).collect(Collectors.joining(",")));
    desks.attach(id, desk);
    audit.record(
        "movement.inspection_started",
        "traveller",
        p.traveller().id(),
        AuditLog.Outcome.SUCCESS,
        "inspection " + id);
    meters
        .counter("bmis.inspections", "direction", direction.name(), "source", doc.source())
        .increment();
    var t = p.traveller();
    return new InspectionView(
        id,
        direction,
        doc,
        new InspectionView.TravellerView(
            t.id(),
            t.primaryIdentifier(),
            t.secondaryIdentifier(),
            t.dateOfBirth(),
            t.sex(),
            t.nationality(),
            p.newTraveller()),
        List.copyOf(warnings),
        history,
        openStay.orElse(null),
        refusals,
        now,
        purpose,
        InspectionPolicy.transportFor(post.type()),
        checks.entry(),
        checks.exit(),
        screened,
        InspectionBiometrics.notCaptured(),
        desk);
  }

  /** Records the decision as a movement; a second decision on the same inspection is a conflict. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public DecisionResult decide(UUID inspectionId, DecisionCommand cmd) {
    Actor actor = CurrentActor.get();
    var inspection =
        inspections
            .find(inspectionId)
            .orElseThrow(
                () -> new NotFoundProblem("movement.inspection_not_found", "No such inspection."));
    if (!inspection.postId().equals(actor.postId())) {
      audit.record(
          "movement.decision", "inspection", inspectionId, AuditLog.Outcome.DENIED, "other post");
      throw new AccessDeniedProblem(
          "movement.other_post", "This inspection belongs to another post.");
    }
    if (inspection.movementId() != null) {
      throw new ConflictProblem(
          "movement.already_decided", "This inspection has already been decided.");
    }
    validate(cmd);
    if (cmd.decision() == Decision.ADMITTED
        && screening.hasOpenBlockingHit(inspection.travellerId())) {
      audit.record(
          "movement.decision", "inspection", inspectionId, AuditLog.Outcome.DENIED, "alert hit");
      throw new BusinessRuleProblem(
          "movement.referral_required",
          "An alert hit requires secondary inspection: refer the traveller to a supervisor.");
    }
    BorderPostSummary post = posts.post(inspection.postId());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, post.timeZone());
    Direction direction =
        cmd.direction() != null ? cmd.direction() : inspection.proposedDirection();
    var traveller = travellers.traveller(inspection.travellerId());
    Optional<OpenStay> stay =
        InspectionPolicy.openStay(
            movements.lastAdmitted(inspection.travellerId(), labelsOf(traveller)), today);
    boolean national = country.code().equals(traveller.nationality());
    boolean closes =
        !national
            && direction == Direction.EXIT
            && cmd.decision() == Decision.ADMITTED
            && stay.isPresent();
    Integer stayDays = closes ? InspectionPolicy.stayDays(stay.get().entryDate(), today) : null;
    Integer overstayDays =
        closes ? admission.overstayDays(traveller.id(), stay.get(), today) : null;
    long millis = Math.max(0, Duration.between(inspection.startedAt(), now).toMillis());
    UUID movementId = Uuids.timeOrdered();
    if (!inspections.markDecided(inspectionId, movementId, now)) {
      throw new ConflictProblem(
          "movement.already_decided", "This inspection has already been decided.");
    }
    movements.insert(
        new MovementRepository.NewMovement(
            movementId,
            inspectionId,
            inspection.travellerId(),
            inspection.documentId(),
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
            overstayDays));
    // Authorised stays belong to admitted entries and close at the traveller's next admitted
    // movement: only a traveller whose last admitted movement is an entry can have one open.
    if (!national && cmd.decision() == Decision.ADMITTED && stay.isPresent()) {
      admission.closeStays(traveller.id(), now, today);
    }
    if (!national && direction == Direction.ENTRY && cmd.decision() == Decision.ADMITTED) {
      admission.authoriseStay(movementId, traveller, documentOf(inspection), cmd.purpose(), today);
    }
    audit.record(
        "movement.recorded",
        "traveller",
        inspection.travellerId(),
        AuditLog.Outcome.SUCCESS,
        direction + " " + cmd.decision() + " movement " + movementId);
    meters
        .counter("bmis.decisions", "direction", direction.name(), "decision", cmd.decision().name())
        .increment();
    meters.timer("bmis.inspection.duration", "post", post.code()).record(Duration.ofMillis(millis));
    events.publishEvent(
        new MovementRecorded(
            movementId,
            inspection.travellerId(),
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
        inspection.travellerId(),
        direction,
        cmd.decision(),
        now,
        stayDays,
        overstayDays);
  }

  private AdmissionChecks.DocumentRef documentOf(InspectionRepository.Inspection inspection) {
    return travellers.documents(inspection.travellerId()).stream()
        .filter(d -> d.id().equals(inspection.documentId()))
        .findFirst()
        .map(d -> new AdmissionChecks.DocumentRef(d.documentCode(), d.documentNumber()))
        .orElseThrow();
  }

  /** A traveller's movements, newest first; 404 for an unknown traveller. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public List<MovementSummary> history(UUID travellerId, int limit) {
    var traveller =
        travellers
            .find(travellerId)
            .orElseThrow(() -> new NotFoundProblem("traveller.not_found", "No such traveller."));
    audit.record("movement.history_read", "traveller", travellerId, AuditLog.Outcome.SUCCESS, null);
    return movements.history(travellerId, Math.max(1, Math.min(limit, 500)), labelsOf(traveller));
  }

  /** The open stay of a traveller, if any, as of today at the acting user's post. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional(readOnly = true)
  public Optional<OpenStay> openStay(UUID travellerId) {
    LocalDate today = today();
    return InspectionPolicy.openStay(movements.lastAdmitted(travellerId, labels(null)), today);
  }

  /**
   * A post's movements on a day (in the post's time zone), newest first. Officers and supervisors
   * see their own post; administrators any post (or all, with no post given).
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public List<MovementSummary> dailyLog(DailyLogQuery q) {
    Actor actor = CurrentActor.get();
    UUID postId = q.postId();
    if (!actor.has(Role.ADMIN)) {
      if (postId != null && !postId.equals(actor.postId())) {
        throw new AccessDeniedProblem(
            "movement.other_post", "You can see your own post's log only.");
      }
      postId = actor.postId();
    }
    var filter =
        new MovementRepository.LogFilter(postId, q.date(), q.direction(), q.decision(), q.deskId());
    List<MovementSummary> list = movements.log(filter, 2000);
    audit.record(
        "movement.log_read",
        "post",
        postId,
        AuditLog.Outcome.SUCCESS,
        q.date() + " -> " + list.size());
    return list;
  }

  /** The post's local date today, for the acting user. */
  public LocalDate today() {
    return CurrentActor.find()
        .map(a -> a.postId() == null ? null : posts.post(a.postId()))
        .map(p -> LocalDate.now(clock.withZone(p.timeZone())))
        .orElse(LocalDate.now(clock));
  }

  /** Labels for the movements of this traveller. */
  private MovementRepository.Labels labelsOf(TravellerSummary t) {
    return labels(MovementRepository.listName(t.primaryIdentifier(), t.secondaryIdentifier()));
  }

  /** Labels for a traveller's movements (no name where only the stay matters). */
  private MovementRepository.Labels labels(@Nullable String travellerName) {
    return new MovementRepository.Labels(
        posts::post, desk -> posts.desk(desk).map(DeskSummary::code).orElse(null), travellerName);
  }

  private static ScreeningSubject subject(UUID inspectionId, DocumentReading doc) {
    return new ScreeningSubject(
        inspectionId,
        doc.primaryIdentifier(),
        doc.secondaryIdentifier(),
        doc.dateOfBirth(),
        doc.nationality(),
        doc.sex(),
        doc.documentNumber(),
        doc.issuingState());
  }

  private DocumentReading read(StartInspectionCommand cmd) {
    if (cmd.mrz() != null && !cmd.mrz().isBlank()) {
      return documents.read(cmd.mrz());
    }
    if (cmd.document() != null) {
      return documents.readManual(cmd.document());
    }
    throw new InvalidInputProblem(
        "movement.document_required",
        "Scan the machine-readable zone or key in the document.",
        List.of(
            new InvalidInputProblem.FieldError("mrz", "movement.document_required", "required")));
  }

  private BorderPostSummary postOf(Actor actor) {
    if (actor.postId() == null) {
      throw new AccessDeniedProblem("movement.no_post", "You are not assigned to a border post.");
    }
    return posts.post(actor.postId());
  }

  private static void validate(DecisionCommand cmd) {
    if (cmd.decision() == Decision.REFUSED && cmd.refusalReason() == null) {
      throw new InvalidInputProblem(
          "movement.refusal_reason_required",
          "A refusal needs a reason.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "refusalReason", "movement.refusal_reason_required", "required")));
    }
    if (cmd.decision() == Decision.REFUSED
        && cmd.refusalReason() == RefusalReason.J
        && (cmd.remarks() == null || cmd.remarks().isBlank())) {
      throw new InvalidInputProblem(
          "movement.remarks_required",
          "Other grounds for refusal need remarks.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "remarks", "movement.remarks_required", "required")));
    }
  }
}
