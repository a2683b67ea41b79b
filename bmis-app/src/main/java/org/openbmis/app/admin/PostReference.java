package org.openbmis.app.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The reference data a border post needs to work on its own, as headquarters hands it over at
 * enrolment (ADR 0017): the post, its desks and the accounts assigned to it, password hashes
 * included (never passwords).
 */
public record PostReference(BorderPostSummary post, List<DeskSummary> desks, List<Account> users) {

  /** An account as stored (the hash is a bcrypt/delegating hash, never a password). */
  public record Account(
      UUID id,
      String username,
      String fullName,
      String passwordHash,
      String roles,
      @Nullable UUID postId,
      @Nullable UUID deskId,
      boolean enabled,
      boolean mustChangePassword,
      Instant createdAt,
      @Nullable Instant passwordChangedAt,
      int credentialVersion) {}
}
