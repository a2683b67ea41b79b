package org.openbmis.app.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;

/**
 * A hit at the desk. {@code blocking}: the action is ARREST, REFUSE_ENTRY or REFER_TO_SECONDARY and
 * the hit was not cleared before. {@code previouslyCleared}: a supervisor resolved the same alert
 * (same content) as a false positive for this traveller; shown, never hidden, and not blocking.
 * {@code clearedBy}, {@code clearedAt} and {@code clearedReason} say by whom, when and why. {@code
 * detailsWithheld}: the alert is more confidential than the user's clearance (ADR 0005); the
 * matched name, reason and agency are then null and the explanation says that details are withheld.
 * {@code foundBeforeArrival}: the hit is the one the screening of a flight manifest of this post
 * stored before landing, now linked to this desk (one hit for both moments, issue 24).
 */
public record DeskHit(
    UUID hitId,
    String list,
    int listVersion,
    String sourceId,
    double score,
    AlertAction action,
    @Nullable String matchedName,
    String explanation,
    boolean blocking,
    boolean previouslyCleared,
    @Nullable String clearedBy,
    @Nullable String clearedReason,
    HitStatus status,
    @Nullable Instant clearedAt,
    Confidentiality confidentiality,
    boolean detailsWithheld,
    @Nullable String reason,
    @Nullable String issuingAgency,
    boolean foundBeforeArrival)
    implements ShownHit {}
