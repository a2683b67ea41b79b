package org.openbmis.app.visa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CountryProperties;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.app.traveller.TravellerSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the desk asks about visas and stays: may this traveller enter and until when; how long did
 * they stay and did they overstay; the authorised stay recorded for each admitted entry.
 */
@Service
public class VisaDeskService {

  private static final String DESK = "hasAnyRole('OFFICER','SUPERVISOR','SECONDARY')";

  private final EntryRuleService rules;
  private final VisaService visas;
  private final PermitRepository permits;
  private final StayRepository stays;
  private final TravellerService travellers;
  private final PostService posts;
  private final AuditLog audit;
  private final Clock clock;
  private final CountryProperties country;

  VisaDeskService(
      EntryRuleService rules,
      VisaService visas,
      PermitRepository permits,
      StayRepository stays,
      TravellerService travellers,
      PostService posts,
      AuditLog audit,
      Clock clock,
      CountryProperties country) {
    this.rules = rules;
    this.visas = visas;
    this.permits = permits;
    this.stays = stays;
    this.travellers = travellers;
    this.posts = posts;
    this.audit = audit;
    this.clock = clock;
    this.country = country;
  }

  /**
   * Assesses an entry at the desk (audited; a traveller seen at the reader's post, as at the desk,
   * unless the reader is at headquarters). Home nationals are admitted without a rule.
   */
  @PreAuthorize(DESK)
  @Transactional
  public EntryAssessment assessEntry(EntryAssessmentQuery q) {
    travellers.requireInScope(q.travellerId(), "visa.entry_assessed");
    List<GuardianLink> links = permits.guardianLinks(q.travellerId());
    OverstayFlag flag = overstay(q.travellerId(), q.localDate()).orElse(null);
    List<Reason> more = new ArrayList<>();
    links.forEach(
        l ->
            more.add(
                new Reason(
                    "visa.minor_link",
                    (l.childTravellerId().equals(q.travellerId())
                            ? "Minor registered with an accompanying adult ("
                            : "Accompanies a registered minor (")
                        + l.relationship()
                        + ").")));
    if (flag != null) {
      more.add(
          new Reason(
              "visa.previous_overstay",
              (flag.ongoing() ? "Overstaying since " : "Overstayed after ")
                  + flag.authorisedUntil()
                  + ": "
                  + flag.overstayDays()
                  + " days."));
    }
    EntryAssessment a;
    if (q.nationality() == null || country.code().equals(q.nationality())) {
      a = q.nationality() == null ? facts(q, "XXX") : EntryAssessor.homeNational(country.code());
    } else {
      a = facts(q, q.nationality());
    }
    audit.record(
        "visa.entry_assessed",
        "traveller",
        q.travellerId(),
        AuditLog.Outcome.SUCCESS,
        a.basis() == null ? "no authorised stay" : a.basis());
    return a.with(links, flag, more);
  }

  private EntryAssessment facts(EntryAssessmentQuery q, String nationality) {
    DocumentCategory category = DocumentCategory.of(q.documentCode());
    EntryRule rule =
        rules.applicable(nationality, category, q.purpose(), q.localDate()).orElse(null);
    List<Visa> held =
        q.dateOfBirth() == null ? List.of() : visas.forHolder(q.documentNumber(), q.dateOfBirth());
    List<Stay> previous =
        StayHistory.beforeNewEntry(StayHistory.stays(stays.crossings(q.travellerId())));
    return EntryAssessor.assess(
        new EntryAssessor.Facts(
            q.localDate(),
            rule,
            held,
            permits.permits(q.travellerId(), q.documentNumber(), q.dateOfBirth()),
            permits.passes(q.travellerId(), q.documentNumber(), q.dateOfBirth()),
            previous));
  }

  /**
   * Assesses an exit: length of stay (both days count) and days beyond the authorised stay recorded
   * for the entry of that day (the latest such entry), or none recorded.
   */
  @PreAuthorize(DESK)
  @Transactional(readOnly = true)
  public ExitAssessment assessExit(UUID travellerId, LocalDate entryDate, LocalDate exitDate) {
    int length = (int) ChronoUnit.DAYS.between(entryDate, exitDate) + 1;
    var stay =
        stays.stays(travellerId).stream().filter(s -> s.entryDate().equals(entryDate)).findFirst();
    if (stay.isEmpty()) {
      return new ExitAssessment(
          travellerId,
          entryDate,
          exitDate,
          length,
          null,
          0,
          List.of(
              new Reason("visa.no_authorised_stay", "No authorised stay was recorded at entry.")));
    }
    LocalDate until = stay.get().authorisedUntil();
    int over = (int) Math.max(0, ChronoUnit.DAYS.between(until, exitDate));
    Reason reason =
        over > 0
            ? new Reason(
                "visa.overstay", "Authorised until " + until + ": " + over + " days of overstay.")
            : new Reason("visa.within_stay", "Authorised until " + until + ".");
    return new ExitAssessment(
        travellerId, entryDate, exitDate, length, until, over, List.of(reason));
  }

  /** Records the authorised stay of an admitted entry (call once, after the entry is recorded). */
  @PreAuthorize(DESK)
  @Transactional
  public void recordAuthorisedStay(
      UUID entryMovementId, UUID travellerId, LocalDate until, String basis) {
    recordAuthorisedStay(entryMovementId, travellerId, until, basis, null);
  }

  /** As above; with a visa, one of its entries is used. */
  @PreAuthorize(DESK)
  @Transactional
  public void recordAuthorisedStay(
      UUID entryMovementId,
      UUID travellerId,
      LocalDate until,
      String basis,
      @Nullable UUID visaId) {
    String b =
        basis == null || basis.isBlank()
            ? "OFFICER"
            : basis.length() > 200 ? basis.substring(0, 200) : basis;
    if (!stays.record(entryMovementId, travellerId, until, b, visaId, clock.instant())) {
      throw new NotFoundProblem(
          "visa.entry_not_found", "No admitted entry of this traveller with this id.");
    }
    if (visaId != null) {
      visas.useEntry(visaId);
    }
    audit.record(
        "visa.stay_authorised",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        "until " + until + ", " + b);
  }

  /**
   * Closes the traveller's authorised stays entered before an admitted movement recorded at {@code
   * recordedAt} on the post's local day {@code localDate} (an exit, or a later entry after a missed
   * exit): call it in the transaction that records an admitted movement of a non-national whose
   * last admitted movement is an entry (no other can have an open stay), before {@link
   * #recordAuthorisedStay} for an entry. Keeps the open-stay counts of the overstay report exact.
   * Not audited on its own: the movement that closes the stays is (by the movement module). Returns
   * the open stays it closed.
   */
  @PreAuthorize(DESK)
  @Transactional
  public int closeStays(UUID travellerId, Instant recordedAt, LocalDate localDate) {
    return stays.close(travellerId, recordedAt, localDate);
  }

  /**
   * The traveller's latest overstay, to flag at their next encounter: ongoing (no exit, the
   * authorised stay ended before {@code today}) or past (left after it ended).
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional(readOnly = true)
  public Optional<OverstayFlag> overstayFlag(UUID travellerId, LocalDate today) {
    return overstay(travellerId, today);
  }

  private Optional<OverstayFlag> overstay(UUID travellerId, LocalDate today) {
    for (StayRepository.AuthorisedStay s : stays.stays(travellerId)) {
      LocalDate end = s.closedOn() == null ? today : s.closedOn();
      long days = ChronoUnit.DAYS.between(s.authorisedUntil(), end);
      if (days > 0) {
        return Optional.of(
            new OverstayFlag(
                s.entryMovementId(),
                s.entryDate(),
                s.authorisedUntil(),
                s.closedOn(),
                (int) days,
                s.closedOn() == null));
      }
    }
    return Optional.empty();
  }

  /** The traveller's stay today (audited read of the traveller). */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public StayStatus stayStatus(UUID travellerId) {
    TravellerSummary t = travellers.traveller(travellerId);
    LocalDate today = today();
    List<Stay> history = StayHistory.stays(stays.crossings(travellerId));
    var open = stays.open(travellerId);
    boolean inCountry = !history.isEmpty() && history.get(history.size() - 1).exit() == null;
    LocalDate entry = inCountry ? history.get(history.size() - 1).entry() : null;
    LocalDate until = open.map(StayRepository.AuthorisedStay::authorisedUntil).orElse(null);
    int over =
        until == null || !inCountry ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(until, today));
    EntryRule rule =
        t.nationality() == null || country.code().equals(t.nationality())
            ? null
            : rules
                .applicable(t.nationality(), DocumentCategory.ORDINARY, null, today)
                .filter(EntryRule::rolling)
                .orElse(null);
    StayCalculation calc =
        rule == null
            ? null
            : StayCalculator.compute(rule.maxDays(), rule.periodDays(), history, today);
    return new StayStatus(
        travellerId,
        today,
        inCountry,
        entry,
        inCountry ? until : null,
        inCountry ? open.map(StayRepository.AuthorisedStay::basis).orElse(null) : null,
        over,
        rule == null ? null : rule.maxDays(),
        rule == null ? null : rule.periodDays(),
        calc == null ? null : calc.daysUsed(),
        calc == null ? null : calc.daysRemaining());
  }

  /** Today at the acting user's post (its time zone), else in UTC. */
  public LocalDate today() {
    return CurrentActor.find()
        .filter(a -> a.postId() != null)
        .map(a -> LocalDate.now(clock.withZone(posts.post(a.postId()).timeZone())))
        .orElse(LocalDate.now(clock));
  }
}
