package org.openbmis.app.admin;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API token as listed to its owner or an administrator: never the token itself.
 *
 * @param revokedReason why it ended early: {@code revoked}, {@code password_changed}, {@code
 *     account_changed} or {@code account_disabled}
 */
public record ApiTokenSummary(
    UUID id,
    String username,
    String name,
    Instant createdAt,
    @Nullable Instant expiresAt,
    @Nullable Instant revokedAt,
    @Nullable String revokedReason,
    boolean active) {}
