package org.openbmis.app.traveller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.mrz.NameMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or registers the traveller behind a presented document, reads traveller records and
 * searches them. Person records are for post staff and administrators; analysts see aggregates.
 */
@Service
public class TravellerService {

  private final ObjectProvider<PendingTravellers> pending;

  private static final String STAFF = "hasAnyRole('OFFICER','SUPERVISOR','SECONDARY','ADMIN')";

  private final TravellerRepository repo;
  private final AuditLog audit;
  private final Clock clock;

  TravellerService(
      TravellerRepository repo,
      AuditLog audit,
      Clock clock,
      ObjectProvider<PendingTravellers> pending) {
    this.pending = pending;
    this.repo = repo;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The traveller behind a document, read only: the holder of the same document (number, issuing
   * state, birth date); else a traveller with the same name, birth date and nationality, who would
   * be given the new document; else a new traveller with an id of its own. Nothing is written: a
   * scan that is cancelled leaves no record ({@link #present} writes at the decision). Audited as a
   * read.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public Presentation identify(DocumentReading d) {
    Actor actor = CurrentActor.get();
    var doc = repo.findDocument(d.documentNumber(), d.issuingState(), d.birthKey());
    if (doc.isPresent()) {
      UUID travellerId = doc.get().travellerId();
      // the traveller stands at this post: its staff may read their record from now on
      seen(travellerId, actor, clock.instant());
      audit.record(
          "traveller.identified", "traveller", travellerId, AuditLog.Outcome.SUCCESS, "document");
      return new Presentation(
          repo.findById(travellerId).orElseThrow(), doc.get().documentId(), false, true);
    }
    String nameKey = nameKey(d.primaryIdentifier(), d.secondaryIdentifier());
    List<UUID> same = repo.findByIdentity(nameKey, d.dateOfBirth(), d.nationality());
    if (same.size() == 1) {
      seen(same.get(0), actor, clock.instant());
      audit.record(
          "traveller.identified", "traveller", same.get(0), AuditLog.Outcome.SUCCESS, "identity");
      return new Presentation(
          repo.findById(same.get(0)).orElseThrow(), Uuids.timeOrdered(), false, false);
    }
    var traveller =
        new TravellerSummary(
            Uuids.timeOrdered(),
            d.primaryIdentifier(),
            d.secondaryIdentifier(),
            d.dateOfBirth(),
            d.sex(),
            d.nationality());
    return new Presentation(traveller, Uuids.timeOrdered(), true, false);
  }

  /**
   * Writes what {@link #identify} found, once the officer decides (or captures biometrics): a new
   * traveller and a new document under the ids the inspection was shown with ({@code travellerId},
   * {@code documentId}), and the traveller's presence at this post. Writing twice changes nothing;
   * a document registered meanwhile by another desk is reused.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','SECONDARY')")
  @Transactional
  public Presentation present(DocumentReading d, UUID travellerId, UUID documentId) {
    Actor actor = CurrentActor.get();
    Instant now = clock.instant();
    var doc = repo.findDocument(d.documentNumber(), d.issuingState(), d.birthKey());
    if (doc.isPresent()) {
      seen(doc.get().travellerId(), actor, now);
      audit.record(
          "traveller.presented",
          "traveller",
          doc.get().travellerId(),
          AuditLog.Outcome.SUCCESS,
          "known document");
      return new Presentation(
          repo.findById(doc.get().travellerId()).orElseThrow(),
          doc.get().documentId(),
          false,
          true);
    }
    // the traveller as on record, or as written now: no second read of the row
    TravellerSummary traveller = repo.findById(travellerId).orElse(null);
    boolean isNew = traveller == null;
    if (isNew) {
      traveller =
          new TravellerSummary(
              travellerId,
              d.primaryIdentifier(),
              d.secondaryIdentifier(),
              d.dateOfBirth(),
              d.sex(),
              d.nationality());
      repo.insertTraveller(
          traveller,
          nameKey(d.primaryIdentifier(), d.secondaryIdentifier()),
          now,
          actor.postCode());
    }
    seen(travellerId, actor, now);
    repo.insertDocument(
        new TravelDocumentSummary(
            documentId,
            travellerId,
            d.documentCode(),
            d.documentNumber(),
            d.issuingState(),
            d.dateOfExpiry(),
            d.source(),
            now),
        d.birthKey());
    audit.record(
        isNew ? "traveller.registered" : "traveller.document_added",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        "document " + DocumentNumbers.mask(d.documentNumber()));
    return new Presentation(traveller, documentId, isNew, true);
  }

  /** The traveller stands at this post: from now on its staff may read and find them. */
  private void seen(UUID travellerId, Actor actor, Instant now) {
    if (actor.postId() != null) {
      repo.markSeen(travellerId, actor.postId(), now);
    }
  }

  /**
   * Reads a traveller (audited). Post staff read travellers seen at their post only (presented at
   * one of its desks, which scanning a document does): 403 {@code traveller.other_post} otherwise,
   * audited as denied. Their whole history, other posts' movements included, follows.
   */
  @PreAuthorize(STAFF)
  @Transactional
  public TravellerSummary traveller(UUID id) {
    TravellerSummary t = repo.findById(id).orElse(null);
    if (t == null) {
      audit.record("traveller.read", "traveller", id, AuditLog.Outcome.FAILURE, "not found");
      throw new NotFoundProblem("traveller.not_found", "No such traveller.");
    }
    requireInScope(id, "traveller.read");
    audit.record("traveller.read", "traveller", id, AuditLog.Outcome.SUCCESS, null);
    return t;
  }

  /** The traveller's documents, newest first (read together with the traveller; post-scoped). */
  @PreAuthorize(STAFF)
  @Transactional(readOnly = true)
  public List<TravelDocumentSummary> documents(UUID travellerId) {
    requireInScope(travellerId, null);
    return repo.documents(travellerId);
  }

  /**
   * Refuses a traveller never seen at the acting post staff's post (403 {@code
   * traveller.other_post}); headquarters read every traveller. With an action, the refusal is
   * audited under it.
   */
  @PreAuthorize(STAFF)
  @Transactional(readOnly = true)
  public void requireInScope(UUID travellerId, @Nullable String action) {
    UUID post = CurrentActor.get().postScope();
    // a traveller not (yet) on record has nothing to protect: an inspection shows them before the
    // decision writes them
    if (post != null && !repo.seenAt(travellerId, post) && repo.findById(travellerId).isPresent()) {
      if (action != null) {
        audit.record(action, "traveller", travellerId, AuditLog.Outcome.DENIED, "other post");
      }
      throw new AccessDeniedProblem(
          "traveller.other_post", "This traveller has not been seen at your post.");
    }
  }

  /**
   * Makes sure a traveller shown by an open inspection at the user's post is written before the
   * officer acts on them (a visa on arrival, a guardian link); nothing for a traveller on record.
   */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public void writePending(UUID travellerId) {
    if (repo.findById(travellerId).isEmpty()) {
      pending.ifAvailable(p -> p.write(travellerId));
    }
  }

  /** True if the traveller exists (no audit entry: used to answer 404 before reading). */
  @Transactional(readOnly = true)
  public boolean exists(UUID id) {
    return repo.findById(id).isPresent();
  }

  /**
   * The traveller without an audit entry of its own, for a caller that audits the read it makes it
   * for (a movement history names its traveller); empty for an unknown traveller.
   */
  @PreAuthorize(STAFF)
  @Transactional(readOnly = true)
  public Optional<TravellerSummary> find(UUID id) {
    Optional<TravellerSummary> t = repo.findById(id);
    if (t.isPresent()) {
      requireInScope(id, "traveller.read");
    }
    return t;
  }

  /**
   * Searches by document number (when the text has a digit) or by name (start of the surname, any
   * script or transliteration). Post staff find travellers seen at their post only; headquarters
   * every traveller. Audited with the query.
   */
  @PreAuthorize(STAFF)
  @Transactional
  public List<TravellerSummary> search(String query) {
    String q = query == null ? "" : query.trim();
    if (q.length() < 2 || q.length() > 100) {
      throw new InvalidInputProblem("traveller.search_query", "Type 2 to 100 characters.");
    }
    UUID post = CurrentActor.get().postScope();
    List<TravellerSummary> found;
    if (q.chars().anyMatch(Character::isDigit)) {
      found =
          repo.searchByDocument(q.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""), post, 50);
    } else {
      String key = NameMatcher.matchKey(q);
      if (key.isBlank()) {
        throw new InvalidInputProblem(
            "traveller.search_query_empty", "The search has no letter to look for.");
      }
      found = repo.searchByNameKey(key, post, 50);
    }
    audit.record(
        "traveller.search", "query", null, AuditLog.Outcome.SUCCESS, q + " -> " + found.size());
    return found;
  }

  static String nameKey(String primary, String secondary) {
    return NameMatcher.matchKey((primary + " " + secondary).trim());
  }
}
