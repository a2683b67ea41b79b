package org.openbmis.app.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;

/**
 * A stored hit as supervisors see it, with the traveller's name and the resolution. The alert's
 * confidentiality decides whether the matched name, explanation, reason and agency are shown to the
 * reader ({@code detailsWithheld} otherwise, ADR 0005). {@code postId} is the post whose
 * supervisors see and resolve it (null: headquarters only). {@code officer} and {@code deskCode}:
 * who scanned the traveller, and where, for a hit found at a desk. {@code arrival}: the flight,
 * seat and expected arrival of a hit found on a flight manifest before landing; {@code seenAt}:
 * when the traveller of such a hit was scanned at a desk of the post (by {@code officer} at {@code
 * deskCode}), the same hit then standing for both moments.
 */
public record HitView(
    UUID id,
    UUID travellerId,
    @Nullable String travellerName,
    @Nullable UUID inspectionId,
    HitOrigin origin,
    String list,
    int listVersion,
    String sourceId,
    double score,
    AlertAction action,
    @Nullable String matchedName,
    String explanation,
    boolean blocking,
    boolean previouslyCleared,
    HitStatus status,
    Instant createdAt,
    @Nullable String resolvedBy,
    @Nullable Instant resolvedAt,
    @Nullable String resolutionReason,
    Confidentiality confidentiality,
    boolean detailsWithheld,
    @Nullable String reason,
    @Nullable String issuingAgency,
    @Nullable UUID postId,
    @Nullable String officer,
    @Nullable String deskCode,
    @Nullable Instant seenAt,
    @Nullable ExpectedArrival arrival)
    implements ShownHit {

  /** This hit as a user with the given clearance may see it. */
  HitView forClearance(Confidentiality clearance) {
    AlertVisibility v = AlertVisibility.of(confidentiality, clearance);
    return new HitView(
        id,
        travellerId,
        travellerName,
        inspectionId,
        origin,
        list,
        listVersion,
        sourceId,
        score,
        action,
        v.showsMatch() ? matchedName : null,
        v.showsMatch() ? explanation : Match.withheld(confidentiality),
        blocking,
        previouslyCleared,
        status,
        createdAt,
        resolvedBy,
        resolvedAt,
        resolutionReason,
        confidentiality,
        v != AlertVisibility.FULL,
        v.showsReason() ? reason : null,
        v.showsMatch() ? issuingAgency : null,
        postId,
        officer,
        deskCode,
        seenAt,
        arrival);
  }
}
