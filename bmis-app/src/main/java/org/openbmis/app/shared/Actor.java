package org.openbmis.app.shared;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person acting: who they are, their roles, and the post and desk they work at (null for
 * headquarters staff).
 */
public record Actor(
    UUID userId,
    String username,
    Set<Role> roles,
    @Nullable UUID postId,
    @Nullable String postCode,
    @Nullable UUID deskId) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Officers and supervisors work at a post; they may act on person records. */
  public boolean isPostStaff() {
    return postId != null && (has(Role.OFFICER) || has(Role.SUPERVISOR));
  }
}
