package org.openbmis.app.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposed change of a national alert (CREATE, UPDATE or DELETE) and where it stands: PENDING
 * until a second person approves (APPROVED, effective from {@code listVersion}) or rejects it.
 */
public record AlertChangeView(
    UUID id,
    String list,
    String sourceId,
    String operation,
    @Nullable String displayName,
    @Nullable String payload,
    String reason,
    String status,
    String madeBy,
    Instant madeAt,
    @Nullable String checkedBy,
    @Nullable Instant checkedAt,
    @Nullable String checkReason,
    @Nullable Integer listVersion) {}
