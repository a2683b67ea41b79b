package org.openbmis.app.screening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.AlertAction;

/**
 * A hit at the desk. {@code blocking}: the action is ARREST, REFUSE_ENTRY or REFER_TO_SECONDARY and
 * the hit was not cleared before. {@code previouslyCleared}: a supervisor resolved the same alert
 * (same content) as a false positive for this traveller; shown, never hidden, and not blocking.
 * {@code clearedBy} and {@code clearedReason} say by whom and why.
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
    HitStatus status) {}
