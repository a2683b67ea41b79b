package org.openbmis.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.ReferenceFreshness;
import org.openbmis.app.shared.Uuids;
import org.openbmis.app.sync.Acknowledgements.Acknowledgement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offline, and honest about it (ADR 0023): at a post, how old the reference data is (since central
 * last confirmed the least recently confirmed dataset; the last contact before the first pull), the
 * warning every inspection carries above {@code bmis.sync.warn-after}, and the refusal of decisions
 * above {@code bmis.sync.block-after} until a supervisor acknowledges. At a single node or at
 * headquarters the data is the node's own: never stale.
 */
@Service
public class DeskFreshness implements ReferenceFreshness {

  /** How the desks stand. */
  public enum Level {
    FRESH,
    WARN,
    BLOCK
  }

  /** A supervisor's acknowledgement as shown. */
  public record AckView(
      String acknowledgedBy, String reason, Instant acknowledgedAt, Instant expiresAt) {}

  /**
   * The state of a post's desks: {@code measuredFrom} is when central last confirmed the oldest
   * dataset, {@code acknowledgement} the one in force (null: none), {@code mayRecord} whether
   * decisions are recorded now.
   */
  public record State(
      boolean networked,
      boolean linkUp,
      @Nullable Instant lastContactAt,
      @Nullable Instant measuredFrom,
      long ageSeconds,
      Level level,
      @Nullable AckView acknowledgement,
      boolean mayRecord,
      long warnAfterHours,
      long blockAfterHours) {}

  private final NodeRole role;
  private final ObjectProvider<PostNode> node;
  private final ObjectProvider<Uploader> uploader;
  private final DatasetVersions versions;
  private final Acknowledgements acknowledgements;
  private final SyncLimits limits;
  private final AuditLog audit;
  private final Clock clock;

  DeskFreshness(
      NodeRole role,
      ObjectProvider<PostNode> node,
      ObjectProvider<Uploader> uploader,
      DatasetVersions versions,
      Acknowledgements acknowledgements,
      SyncLimits limits,
      AuditLog audit,
      Clock clock) {
    this.role = role;
    this.node = node;
    this.uploader = uploader;
    this.versions = versions;
    this.acknowledgements = acknowledgements;
    this.limits = limits;
    this.audit = audit;
    this.clock = clock;
  }

  /** The desks' state now. */
  public State state() {
    PostNode n = role == NodeRole.POST ? node.getIfAvailable() : null;
    if (n == null) {
      return new State(
          false,
          false,
          null,
          null,
          0,
          Level.FRESH,
          null,
          true,
          hours(limits.warnAfter()),
          hours(limits.blockAfter()));
    }
    Instant now = clock.instant();
    Instant lastContact = n.lastContact();
    Instant from = measuredFrom(n, lastContact);
    long age = from == null ? 0 : Math.max(0, Duration.between(from, now).toSeconds());
    Level level =
        age > limits.blockAfter().toSeconds()
            ? Level.BLOCK
            : age > limits.warnAfter().toSeconds() ? Level.WARN : Level.FRESH;
    AckView ack = inForce(from, now).map(DeskFreshness::view).orElse(null);
    Uploader u = uploader.getIfAvailable();
    return new State(
        true,
        u != null && u.linkUp(),
        lastContact,
        from,
        age,
        level,
        ack,
        level != Level.BLOCK || ack != null,
        hours(limits.warnAfter()),
        hours(limits.blockAfter()));
  }

  @Override
  public List<Warning> warnings() {
    State s = state();
    List<Warning> out = new ArrayList<>();
    if (s.level() != Level.FRESH) {
      out.add(
          new Warning(
              "sync.stale_lists",
              "Headquarters last confirmed this post's reference data (alert lists, users, entry"
                  + " rules) "
                  + s.ageSeconds() / 3600
                  + " h ago: a recent alert may be missing."));
    }
    if (!s.mayRecord()) {
      out.add(new Warning("sync.acknowledgement_required", blockedText(s)));
    }
    return out;
  }

  @Override
  public void requireMayRecord() {
    State s = state();
    if (s.mayRecord()) {
      return;
    }
    audit.record(
        "sync.decision_blocked",
        "post",
        postId(),
        AuditLog.Outcome.DENIED,
        "reference data unconfirmed since " + s.measuredFrom());
    throw new BusinessRuleProblem("sync.acknowledgement_required", blockedText(s));
  }

  /**
   * A supervisor lets the desks go on with data older than the block limit, for {@code
   * bmis.sync.acknowledgement-lasts} or until central confirms the data again (audited).
   */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional
  public AckView acknowledge(@Nullable String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new InvalidInputProblem(
          "sync.reason_required",
          "Say why the desks may go on (up to 500 characters).",
          List.of(
              new InvalidInputProblem.FieldError("reason", "sync.reason_required", "required")));
    }
    State s = state();
    if (s.level() != Level.BLOCK || s.measuredFrom() == null) {
      throw new ConflictProblem(
          "sync.acknowledgement_not_needed", "The desks are not blocked: nothing to acknowledge.");
    }
    Instant now = clock.instant();
    Acknowledgement a =
        new Acknowledgement(
            Uuids.timeOrdered(),
            CurrentActor.get().username(),
            why,
            now,
            s.measuredFrom(),
            now.plus(limits.acknowledgementLasts()));
    acknowledgements.insert(a);
    audit.record(
        "sync.stale_acknowledged",
        "post",
        postId(),
        AuditLog.Outcome.SUCCESS,
        "reference data unconfirmed since "
            + s.measuredFrom()
            + ", until "
            + a.expiresAt()
            + ": "
            + why);
    return view(a);
  }

  private @Nullable Instant measuredFrom(PostNode n, @Nullable Instant lastContact) {
    Optional<Instant> oldest =
        versions.held().values().stream()
            .map(DatasetVersions.Held::checkedAt)
            .min(Comparator.naturalOrder());
    if (oldest.isPresent()) {
      return oldest.get();
    }
    if (lastContact != null) {
      return lastContact;
    }
    PostNode.Enrolment e = n.enrolment();
    return e == null ? null : e.enrolledAt();
  }

  /** The latest acknowledgement while it lasts and central has confirmed nothing since. */
  private Optional<Acknowledgement> inForce(@Nullable Instant from, Instant now) {
    if (from == null) {
      return Optional.empty();
    }
    return acknowledgements
        .latest()
        .filter(a -> now.isBefore(a.expiresAt()) && !from.isAfter(a.acknowledgedAt()));
  }

  private @Nullable UUID postId() {
    PostNode n = node.getIfAvailable();
    PostNode.Enrolment e = n == null ? null : n.enrolment();
    return e == null ? null : e.postId();
  }

  private static String blockedText(State s) {
    return "Headquarters has not confirmed this post's reference data for more than "
        + s.blockAfterHours()
        + " h: a supervisor must acknowledge on the network screen before decisions are recorded.";
  }

  private static AckView view(Acknowledgement a) {
    return new AckView(a.acknowledgedBy(), a.reason(), a.acknowledgedAt(), a.expiresAt());
  }

  private static long hours(Duration d) {
    return d.toHours();
  }
}
