package org.openbmis.app.movement;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.OverridePolicyService;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.document.DocumentService;
import org.openbmis.app.manifest.DeskManifest;
import org.openbmis.app.manifest.ManifestLookup;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.app.screening.DeskScreening;
import org.openbmis.app.screening.ScreeningService;
import org.openbmis.app.screening.ScreeningSubject;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CountryProperties;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.ReferenceFreshness;
import org.openbmis.app.shared.Role;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.shared.durability.DurableTransactionManager;
import org.openbmis.app.traveller.Presentation;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.app.traveller.TravellerSummary;
import org.openbmis.app.visa.EntryAssessment;
import org.springframework.beans.factory.ObjectProvider;
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
  private final MeterRegistry meters;
  private final AdmissionChecks admission;
  private final ScreeningService screening;
  private final InspectionSources sources;
  private final CrossingRecorder recorder;
  private final SecondaryCases secondary;
  private final OverridePolicyService overridePolicy;
  private final DeskContexts desks;
  private final ManifestLookup manifests;
  private final ObjectProvider<ReferenceFreshness> freshness;

  MovementService(
      DocumentService documents,
      TravellerService travellers,
      PostService posts,
      InspectionRepository inspections,
      MovementRepository movements,
      AuditLog audit,
      Clock clock,
      CountryProperties country,
      MeterRegistry meters,
      AdmissionChecks admission,
      ScreeningService screening,
      InspectionSources sources,
      CrossingRecorder recorder,
      SecondaryCases secondary,
      OverridePolicyService overridePolicy,
      DeskContexts desks,
      ManifestLookup manifests,
      ObjectProvider<ReferenceFreshness> freshness) {
    this.freshness = freshness;
    this.desks = desks;
    this.manifests = manifests;
    this.sources = sources;
    this.recorder = recorder;
    this.secondary = secondary;
    this.overridePolicy = overridePolicy;
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
    this.meters = meters;
  }

  /**
   * Reads the document, finds the traveller, and shows everything the officer must see, with the
   * decision the checks propose. Writes the inspection and any alert hits, never the traveller or
   * the document: those are written at the decision, so a cancelled scan leaves nothing behind.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public InspectionView startInspection(StartInspectionCommand cmd) {
    return startInspection(cmd, null);
  }

  /**
   * Starts an inspection whose chip was verified ({@link DeskChip#verify}; null if none was read):
   * the chip's conditions join the inspection's, and its verdict is written with the inspection for
   * the decision to apply again.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public InspectionView startInspection(StartInspectionCommand cmd, @Nullable ChipResult chip) {
    // A scan records nothing the officer is told was recorded: if a power cut loses it, the
    // officer scans again. Only the decision waits for the disk (ADR 0008).
    DurableTransactionManager.acknowledgesNothing();
    Actor actor = CurrentActor.get();
    BorderPostSummary post = postOf(actor);
    DocumentReading doc = sources.read(cmd);
    Presentation p = travellers.identify(doc);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, post.timeZone());
    // One read of the recent history answers the open stay and the refusals for most travellers;
    // only a longer history needs the two narrower queries.
    var labels = labelsOf(p.traveller());
    List<MovementSummary> history =
        p.newTraveller() ? List.of() : movements.history(p.traveller().id(), HISTORY, labels);
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
    // at a post whose reference data central has not confirmed for long (ADR 0023)
    freshness.ifAvailable(
        f ->
            f.warnings()
                .forEach(
                    w ->
                        warnings.add(
                            new InspectionWarning(w.code(), "WARNING", "sync", w.message()))));
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
    // the manifest first: a traveller screened before arrival keeps the hits found then
    DeskManifest listed =
        manifests.atDesk(
            post,
            id,
            direction == Direction.ENTRY,
            doc.documentNumber(),
            doc.issuingState(),
            doc.dateOfBirth(),
            now);
    DeskScreening screened =
        screening.screenAtDesk(p.traveller().id(), subject(id, doc, listed.listedPersonId()));
    warnings.addAll(0, DeskAlerts.warnings(screened));
    if (listed.expectedButAbsent()) {
      warnings.add(
          new InspectionWarning(
              "manifest.not_on_manifest",
              "WARNING",
              "manifest",
              "Not on the manifest of any flight due now."));
    }
    var assessment =
        DecisionPolicy.assess(
            new DecisionPolicy.Facts(
                doc, direction, national, today, history, checks.entry(), blockingLists(screened)),
            chip);
    assessment.warnings().stream()
        .filter(c -> warnings.stream().noneMatch(w -> w.code().equals(c.code())))
        .forEach(
            c ->
                warnings.add(
                    new InspectionWarning(
                        c.code(),
                        "WARNING",
                        c.code().startsWith("chip.") ? "chip" : "history",
                        c.message())));
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
            null,
            null,
            sources.source(cmd),
            chip),
        doc.valid(),
        warnings.stream().map(InspectionWarning::code).collect(Collectors.joining(",")),
        String.join(",", assessment.codes()),
        desk.groupId(),
        desk.crew());
    audit.record(
        "movement.inspection_started",
        "traveller",
        p.traveller().id(),
        AuditLog.Outcome.SUCCESS,
        "inspection " + id + (p.stored() ? "" : " (not yet on record)"));
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
        desk,
        assessment.proposed(),
        assessment.blocking(),
        assessment.blocks() && mayOverride(actor),
        listed.manifest());
  }

  /** Whether the acting user may override blocking conditions at their post. */
  boolean mayOverride(Actor actor) {
    return actor.postId() != null
        && DecisionPolicy.mayOverride(actor.roles(), overridePolicy.overrideRoles(actor.postId()));
  }

  /**
   * Records the decision: a movement for ADMITTED or REFUSED, a secondary case for REFERRED (and no
   * movement until the case is closed). The rules are {@link DecisionPolicy}'s, on facts gathered
   * now: the document read again, the hits still open, the admission assessed again (a visa may
   * have been issued since the scan). A second decision on the same inspection is a conflict.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public DecisionResult decide(UUID inspectionId, DecisionCommand cmd) {
    Actor actor = CurrentActor.get();
    freshness.ifAvailable(ReferenceFreshness::requireMayRecord);
    var inspection = ownInspection(inspectionId, actor);
    if (inspection.movementId() != null || inspection.secondaryCaseId() != null) {
      throw new ConflictProblem(
          "movement.already_decided", "This inspection has already been decided.");
    }
    Direction direction =
        cmd.direction() != null ? cmd.direction() : inspection.proposedDirection();
    DocumentReading doc = sources.read(inspection.source());
    var atDecision = assessAtDecision(inspection, doc, direction, cmd.purpose());
    var assessment = atDecision.assessment();
    Set<Role> overrideRoles =
        assessment.blocks() ? overridePolicy.overrideRoles(inspection.postId()) : Set.of();
    DecisionPolicy.Crossing crossing;
    try {
      crossing = DecisionPolicy.decide(assessment, cmd, actor.roles(), overrideRoles);
    } catch (BmisException e) {
      audit.record(
          "movement.decision",
          "inspection",
          inspectionId,
          AuditLog.Outcome.DENIED,
          e.code() + " " + String.join(",", assessment.codes()));
      throw e;
    }
    // The traveller and the document are written now, under the ids the inspection showed.
    Presentation p = travellers.present(doc, inspection.travellerId(), inspection.documentId());
    settle(inspection, p);
    if (crossing.referral()) {
      UUID caseId =
          secondary.open(
              inspection,
              p.traveller().id(),
              p.documentId(),
              direction,
              crossing.conditions(),
              actor);
      return DecisionResult.referred(p.traveller().id(), direction, clock.instant(), caseId);
    }
    return recorder.record(
        new CrossingRecorder.Crossing(
            inspection,
            p.traveller().id(),
            p.documentId(),
            new AdmissionChecks.DocumentRef(doc.documentCode(), doc.documentNumber()),
            direction,
            cmd,
            crossing.override(),
            null,
            null,
            p.traveller(),
            atDecision.entry()),
        actor);
  }

  /**
   * Writes the traveller and document of an open inspection before the decision, because biometrics
   * are about to be stored for them (a capture is a deliberate step, unlike a scan).
   */
  void writeTraveller(UUID inspectionId) {
    var inspection = inspections.find(inspectionId).orElseThrow();
    DocumentReading doc = sources.read(inspection.source());
    Presentation p = travellers.present(doc, inspection.travellerId(), inspection.documentId());
    settle(inspection, p);
  }

  /**
   * Keeps on the inspection the ids the traveller and document were written under, where they
   * differ from those it showed (another desk registered the document meanwhile); mostly they are
   * the same, and then there is nothing to write.
   */
  private void settle(InspectionRepository.Inspection inspection, Presentation p) {
    if (!p.traveller().id().equals(inspection.travellerId())
        || !p.documentId().equals(inspection.documentId())) {
      inspections.settle(inspection.id(), p.traveller().id(), p.documentId());
    }
  }

  /** The policy's assessment at the decision, with the admission assessment it used. */
  record AtDecision(DecisionPolicy.Assessment assessment, @Nullable EntryAssessment entry) {}

  /**
   * The policy's assessment of an inspection on the facts that can change after the scan: the
   * blocking hits still open and the admission (a visa may have been issued since). The traveller
   * is the document's holder as read (no read of the record: the decision writes it); the history
   * is not read again, for it only warns.
   */
  AtDecision assessAtDecision(
      InspectionRepository.Inspection inspection,
      DocumentReading doc,
      Direction direction,
      @Nullable Purpose purpose) {
    BorderPostSummary post = posts.post(inspection.postId());
    LocalDate today = LocalDate.ofInstant(clock.instant(), post.timeZone());
    boolean national = country.code().equals(doc.nationality());
    UUID travellerId = inspection.travellerId();
    var holder =
        new TravellerSummary(
            travellerId,
            doc.primaryIdentifier(),
            doc.secondaryIdentifier(),
            doc.dateOfBirth(),
            doc.sex(),
            doc.nationality());
    EntryAssessment entry =
        direction == Direction.ENTRY && !national
            ? admission.assessEntry(
                holder,
                new AdmissionChecks.DocumentRef(doc.documentCode(), doc.documentNumber()),
                purpose,
                today)
            : null;
    List<String> hits = screening.hasOpenBlockingHit(travellerId) ? List.of("alert") : List.of();
    return new AtDecision(
        DecisionPolicy.assess(
            new DecisionPolicy.Facts(doc, direction, national, today, List.of(), entry, hits),
            inspection.chip()),
        entry);
  }

  /** An inspection of the acting user's post (403 otherwise, 404 if unknown). */
  InspectionRepository.Inspection ownInspection(UUID inspectionId, Actor actor) {
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
    return inspection;
  }

  private static List<String> blockingLists(DeskScreening screened) {
    return screened.hits().stream()
        .filter(h -> h.blocking())
        .map(h -> h.list())
        .distinct()
        .toList();
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

  private static ScreeningSubject subject(
      UUID inspectionId, DocumentReading doc, @Nullable UUID listedPersonId) {
    return new ScreeningSubject(
        inspectionId,
        doc.primaryIdentifier(),
        doc.secondaryIdentifier(),
        doc.dateOfBirth(),
        doc.nationality(),
        doc.sex(),
        doc.documentNumber(),
        doc.issuingState(),
        listedPersonId);
  }

  private BorderPostSummary postOf(Actor actor) {
    if (actor.postId() == null) {
      throw new AccessDeniedProblem("movement.no_post", "You are not assigned to a border post.");
    }
    return posts.post(actor.postId());
  }
}
