package org.openbmis.app.visa;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.traveller.TravelDocumentSummary;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.app.traveller.TravellerSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visas on arrival, issued at the desk where the traveller's entry rule allows it: one entry, the
 * days granted by the rule from today (the post's local date), the rule's fee against a receipt.
 */
@Service
public class VisaOnArrivalService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntryRuleService rules;
  private final VisaService visas;
  private final TravellerService travellers;
  private final PostService posts;
  private final AuditLog audit;
  private final Clock clock;

  VisaOnArrivalService(
      EntryRuleService rules,
      VisaService visas,
      TravellerService travellers,
      PostService posts,
      AuditLog audit,
      Clock clock) {
    this.rules = rules;
    this.visas = visas;
    this.travellers = travellers;
    this.posts = posts;
    this.audit = audit;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public Visa issue(VisaOnArrivalCommand c) {
    Actor actor = CurrentActor.get();
    if (actor.postId() == null) {
      throw new AccessDeniedProblem("visa.no_post", "You are not assigned to a border post.");
    }
    BorderPostSummary post = posts.post(actor.postId());
    LocalDate today = LocalDate.now(clock.withZone(post.timeZone()));
    travellers.writePending(c.travellerId());
    TravellerSummary t = travellers.traveller(c.travellerId());
    TravelDocumentSummary doc =
        travellers.documents(c.travellerId()).stream()
            .filter(d -> d.documentNumber().equals(c.documentNumber()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputProblem(
                        "visa.document_not_of_traveller",
                        "The traveller holds no such document.",
                        List.of(
                            new InvalidInputProblem.FieldError(
                                "documentNumber", "visa.document_not_of_traveller", "unknown"))));
    if (t.nationality() == null || t.dateOfBirth() == null) {
      throw new BusinessRuleProblem(
          "visa.holder_incomplete", "Nationality and date of birth are needed for a visa.");
    }
    String code = c.documentCode() != null ? c.documentCode() : doc.documentCode();
    EntryRule rule =
        rules
            .applicable(t.nationality(), DocumentCategory.of(code), c.purpose(), today)
            .filter(r -> r.policy() == EntryPolicy.VISA_ON_ARRIVAL)
            .orElseThrow(
                () ->
                    new BusinessRuleProblem(
                        "visa.on_arrival_not_allowed",
                        "The entry rule for this traveller does not allow a visa on arrival."));
    int days = rule.daysGranted();
    Visa visa =
        new Visa(
            Uuids.timeOrdered(),
            nextNumber(),
            type(c.purpose()),
            VisaSource.ON_ARRIVAL,
            t.primaryIdentifier(),
            t.secondaryIdentifier(),
            t.dateOfBirth(),
            t.sex(),
            t.nationality(),
            doc.documentNumber(),
            post.name().length() > 80 ? post.name().substring(0, 80) : post.name(),
            today,
            today.plusDays(days - 1L),
            1,
            0,
            days,
            rule.fee(),
            rule.currency(),
            c.feeReceipt().trim(),
            t.id());
    visas.insertOnArrival(visa);
    audit.record(
        "visa.issued_on_arrival",
        "traveller",
        t.id(),
        AuditLog.Outcome.SUCCESS,
        "visa " + visa.number() + ", receipt " + visa.feeReceipt());
    return visa;
  }

  private static VisaType type(String purpose) {
    if ("BUSINESS".equals(purpose)) {
      return VisaType.BUSINESS;
    } else if ("TRANSIT".equals(purpose)) {
      return VisaType.TRANSIT;
    }
    return VisaType.TOURIST;
  }

  /** "A" and 8 digits: fits the 9 characters of the MRV document number field. */
  private static String nextNumber() {
    return String.format("A%08d", RANDOM.nextInt(100_000_000));
  }
}
