package org.openbmis.app.admin;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Role;

/**
 * A user account with its password hash; never leaves this module. {@code credentialVersion} moves
 * on whenever the password, roles, post or enabled state change: sessions and API tokens opened
 * under an older version end.
 */
record UserAccount(
    UUID id,
    String username,
    String fullName,
    String passwordHash,
    Set<Role> roles,
    @Nullable UUID postId,
    @Nullable UUID deskId,
    boolean enabled,
    boolean mustChangePassword,
    int credentialVersion) {

  UserAccount(
      UUID id,
      String username,
      String fullName,
      String passwordHash,
      Set<Role> roles,
      @Nullable UUID postId,
      @Nullable UUID deskId,
      boolean enabled,
      boolean mustChangePassword) {
    this(
        id,
        username,
        fullName,
        passwordHash,
        roles,
        postId,
        deskId,
        enabled,
        mustChangePassword,
        0);
  }

  UserSummary summary() {
    return new UserSummary(
        id, username, fullName, roles, postId, deskId, enabled, mustChangePassword);
  }
}
