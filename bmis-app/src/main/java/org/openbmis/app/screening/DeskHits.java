package org.openbmis.app.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Uuids;
import org.openbmis.screening.Confidentiality;
import org.springframework.stereotype.Component;

/** Stores the hits found at the desk, by names and documents or by fingerprints, as shown there. */
@Component
class DeskHits {

  private final HitRepository hits;
  private final AlertDetailViews views;
  private final PreArrivalLinks links;

  DeskHits(HitRepository hits, AlertDetailViews views, PreArrivalLinks links) {
    this.hits = hits;
    this.views = views;
    this.links = links;
  }

  /**
   * Stores one hit found at the desk (by name, document or fingerprints) and answers it as this
   * user may see it: an alert (same content) resolved as a false positive for this traveller is
   * shown as previously cleared and does not block; otherwise ARREST, REFUSE_ENTRY and
   * REFER_TO_SECONDARY block admission. Details above the user's clearance are withheld. The hit
   * belongs to the post of the user at the desk. When the traveller is {@code listedPersonId} on a
   * manifest of this post and its screening before arrival hit the same alert entry, that hit is
   * linked to this desk and answered (its resolution so far included) instead of a second one.
   */
  DeskHit record(
      UUID travellerId,
      @Nullable UUID inspectionId,
      @Nullable UUID listedPersonId,
      HitOrigin origin,
      Match m,
      Instant now,
      Confidentiality clearance) {
    AlertVisibility v = m.visibility(clearance);
    views.viewed(m.listCode(), m.sourceId(), m.confidentiality(), v, "desk");
    var cleared = hits.clearance(travellerId, m.alertRef(), m.alertHash());
    if (listedPersonId != null) {
      var linked = links.link(listedPersonId, m.alertRef(), travellerId, inspectionId, now);
      if (linked.isPresent()) {
        var l = linked.get();
        if (l.status() == HitStatus.OPEN && cleared.isPresent()) {
          l = links.clearAsBefore(l, cleared.get(), now);
        }
        return shown(l, m, v);
      }
    }
    boolean blocking = cleared.isEmpty() && m.action().stopsAtDesk();
    UUID id = Uuids.timeOrdered();
    HitStatus status = cleared.isPresent() ? HitStatus.FALSE_POSITIVE : HitStatus.OPEN;
    String reason =
        cleared.map(c -> "previously cleared by " + c.by() + " on " + c.at()).orElse(null);
    hits.insert(
        new HitRepository.NewHit(
            id,
            travellerId,
            inspectionId,
            origin,
            m,
            blocking,
            cleared.isPresent(),
            status,
            now,
            cleared.isPresent() ? "system" : null,
            reason,
            CurrentActor.find().map(Actor::postId).orElse(null),
            null));
    return new DeskHit(
        id,
        m.listCode(),
        m.listVersion(),
        m.sourceId(),
        m.score(),
        m.action(),
        v.showsMatch() ? m.matchedName() : null,
        v.showsMatch() ? m.explanation() : Match.withheld(m.confidentiality()),
        blocking,
        cleared.isPresent(),
        cleared.map(HitRepository.Clearance::by).orElse(null),
        cleared.map(HitRepository.Clearance::reason).orElse(null),
        status,
        cleared.map(HitRepository.Clearance::at).orElse(null),
        m.confidentiality(),
        v != AlertVisibility.FULL,
        v.showsReason() ? m.reason() : null,
        v.showsMatch() ? m.issuingAgency() : null,
        false);
  }

  /**
   * A pre-arrival hit linked to the desk, with the desk's match: cleared before (as a false
   * positive) it does not block; open or confirmed, it blocks as its action says.
   */
  private static DeskHit shown(PreArrivalLinks.Linked l, Match m, AlertVisibility v) {
    boolean falsePositive = l.status() == HitStatus.FALSE_POSITIVE;
    return new DeskHit(
        l.id(),
        m.listCode(),
        m.listVersion(),
        m.sourceId(),
        m.score(),
        m.action(),
        v.showsMatch() ? m.matchedName() : null,
        v.showsMatch() ? m.explanation() : Match.withheld(m.confidentiality()),
        l.blocking() && !falsePositive,
        falsePositive,
        falsePositive ? l.resolvedBy() : null,
        falsePositive ? l.reason() : null,
        l.status(),
        falsePositive ? l.resolvedAt() : null,
        m.confidentiality(),
        v != AlertVisibility.FULL,
        v.showsReason() ? m.reason() : null,
        v.showsMatch() ? m.issuingAgency() : null,
        true);
  }
}
