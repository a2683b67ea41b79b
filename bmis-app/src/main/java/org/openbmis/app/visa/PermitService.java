package org.openbmis.app.visa;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.traveller.TravellerService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work and residence permits and extensions of stay (headquarters), shore and border passes (posts
 * and headquarters), and minors registered with their accompanying adult (the desk). A permit of a
 * traveller in the country extends their authorised stay to its end date.
 */
@Service
public class PermitService {

  private final PermitRepository repo;
  private final StayRepository stays;
  private final TravellerService travellers;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PermitService(
      PermitRepository repo,
      StayRepository stays,
      TravellerService travellers,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.events = events;
    this.stays = stays;
    this.travellers = travellers;
    this.audit = audit;
    this.clock = clock;
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public Permit issuePermit(IssuePermitCommand c) {
    validity(c.validFrom(), c.validUntil());
    if (c.kind() == PermitKind.EXTENSION && c.travellerId() == null) {
      throw field(
          "visa.extension_needs_traveller",
          "travellerId",
          "An extension of stay needs the traveller.");
    }
    knownTraveller(c.travellerId());
    if (repo.permitNumberTaken(c.number())) {
      throw new ConflictProblem("visa.permit_number_taken", "A permit with this number exists.");
    }
    Permit p =
        new Permit(
            Uuids.timeOrdered(),
            c.number(),
            c.kind(),
            c.travellerId(),
            c.holderName().trim(),
            c.nationality(),
            c.documentNumber(),
            c.dateOfBirth(),
            c.validFrom(),
            c.validUntil(),
            c.remarks());
    repo.insert(p, clock.instant(), CurrentActor.get().username());
    events.publishEvent(new VisaRecordIssued(p.id()));
    events.publishEvent(new PermitOrVisaIssued(PermitOrVisaIssued.PERMIT, p.id()));
    String extended = "";
    if (c.travellerId() != null) {
      var open = stays.open(c.travellerId());
      if (open.isPresent() && open.get().authorisedUntil().isBefore(p.validUntil())) {
        stays.extend(open.get().entryMovementId(), p.validUntil(), c.kind() + " " + p.number());
        extended = ", stay extended to " + p.validUntil();
      } else if (c.kind() == PermitKind.EXTENSION && open.isEmpty()) {
        throw new org.openbmis.app.shared.BusinessRuleProblem(
            "visa.no_open_stay", "The traveller has no open stay to extend.");
      }
    }
    audit.record(
        "visa.permit_issued",
        "permit",
        p.id(),
        AuditLog.Outcome.SUCCESS,
        p.kind() + " " + p.number() + extended);
    return p;
  }

  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public Pass issuePass(IssuePassCommand c) {
    validity(c.validFrom(), c.validUntil());
    if (c.kind() == PassKind.SHORE && (blank(c.vessel()) || blank(c.port()))) {
      throw field(
          "visa.shore_pass_vessel", "vessel", "A shore pass needs the vessel and the port.");
    }
    if (c.kind() == PassKind.BORDER && blank(c.zone())) {
      throw field("visa.border_pass_zone", "zone", "A border pass needs the zone.");
    }
    knownTraveller(c.travellerId());
    if (repo.passNumberTaken(c.number())) {
      throw new ConflictProblem("visa.pass_number_taken", "A pass with this number exists.");
    }
    Pass p =
        new Pass(
            Uuids.timeOrdered(),
            c.number(),
            c.kind(),
            c.travellerId(),
            c.holderName().trim(),
            c.nationality(),
            c.documentNumber(),
            c.dateOfBirth(),
            c.vessel(),
            c.port(),
            c.zone(),
            c.maxDays(),
            c.validFrom(),
            c.validUntil());
    repo.insert(p, clock.instant(), CurrentActor.get().username());
    events.publishEvent(new VisaRecordIssued(p.id()));
    events.publishEvent(new PermitOrVisaIssued(PermitOrVisaIssued.PASS, p.id()));
    audit.record(
        "visa.pass_issued", "pass", p.id(), AuditLog.Outcome.SUCCESS, p.kind() + " " + p.number());
    return p;
  }

  /**
   * Registers a minor with the adult accompanying them (idempotent per pair: 409 the second time).
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public GuardianLink registerMinor(RegisterMinorCommand c) {
    if (c.childTravellerId().equals(c.adultTravellerId())) {
      throw field(
          "visa.minor_same_person",
          "adultTravellerId",
          "The child and the adult are the same traveller.");
    }
    knownTraveller(c.childTravellerId());
    knownTraveller(c.adultTravellerId());
    if (repo.linked(c.childTravellerId(), c.adultTravellerId())) {
      throw new ConflictProblem(
          "visa.minor_already_linked", "This child is already registered with this adult.");
    }
    GuardianLink link =
        new GuardianLink(
            Uuids.timeOrdered(),
            c.childTravellerId(),
            c.adultTravellerId(),
            c.relationship(),
            clock.instant());
    repo.insert(link, CurrentActor.get().username());
    audit.record(
        "visa.minor_registered",
        "traveller",
        c.childTravellerId(),
        AuditLog.Outcome.SUCCESS,
        c.relationship() + " " + c.adultTravellerId());
    return link;
  }

  /**
   * Links where the traveller is the child or the adult: a read of the traveller's record, audited
   * as {@code visa.guardians_read} and limited to travellers seen at the reader's post (403 {@code
   * traveller.other_post}) unless the reader is at headquarters.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public List<GuardianLink> guardians(UUID travellerId) {
    travellers.requireInScope(travellerId, "visa.guardians_read");
    List<GuardianLink> links = repo.guardianLinks(travellerId);
    audit.record(
        "visa.guardians_read",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        links.size() + " links");
    return links;
  }

  /** The same links for a caller in this module that audits the read it makes them for. */
  List<GuardianLink> guardianLinks(UUID travellerId) {
    return repo.guardianLinks(travellerId);
  }

  private void knownTraveller(UUID id) {
    if (id != null) {
      travellers.writePending(id);
    }
    if (id != null && !travellers.exists(id)) {
      throw new NotFoundProblem("traveller.not_found", "No such traveller.");
    }
  }

  private static void validity(java.time.LocalDate from, java.time.LocalDate until) {
    if (until.isBefore(from)) {
      throw field("visa.validity", "validUntil", "The validity ends before it starts.");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static InvalidInputProblem field(String code, String field, String message) {
    return new InvalidInputProblem(
        code, message, List.of(new InvalidInputProblem.FieldError(field, code, message)));
  }
}
