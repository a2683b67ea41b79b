package org.openbmis.app.screening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openbmis.screening.DocumentAlertReason;

/**
 * One lost, stolen, revoked or invalid document as a supervisor records it on a document list.
 * {@code sourceId}: the national reference (generated when empty on a new alert; an existing one
 * proposes a new version). {@code number} and {@code issuingState} (alpha-3) and {@code reason} are
 * required; {@code source} is who reported it.
 */
public record DocumentAlertCommand(
    @Nullable String sourceId,
    @Nullable String number,
    @Nullable String issuingState,
    @Nullable String documentType,
    @Nullable DocumentAlertReason reason,
    @Nullable LocalDate reportedOn,
    @Nullable String source) {}
