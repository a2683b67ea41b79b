package org.openbmis.app.admin;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Role;

/** A user account with its password hash; never leaves this module. */
record UserAccount(
    UUID id,
    String username,
    String fullName,
    String passwordHash,
    Set<Role> roles,
    @Nullable UUID postId,
    @Nullable UUID deskId,
    boolean enabled,
    boolean mustChangePassword) {

  UserSummary summary() {
    return new UserSummary(
        id, username, fullName, roles, postId, deskId, enabled, mustChangePassword);
  }
}
