package org.openbmis.app.shared;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person acting: who they are, their roles, and the post and desk they work at (null for
 * headquarters staff). The desk's code is what the audit log records ({@code deskCode}: the desk
 * the user chose or was given; null when not known, also when {@code deskId} is only the post's
 * first desk standing in for movements).
 */
public record Actor(
    UUID userId,
    String username,
    Set<Role> roles,
    @Nullable UUID postId,
    @Nullable String postCode,
    @Nullable UUID deskId,
    @Nullable String deskCode) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  /** An actor whose desk's code is not known. */
  public Actor(
      UUID userId,
      String username,
      Set<Role> roles,
      @Nullable UUID postId,
      @Nullable String postCode,
      @Nullable UUID deskId) {
    this(userId, username, roles, postId, postCode, deskId, null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Headquarters staff: administrators, who see every post's person records and hits (analysts see
   * aggregates only, never a person).
   */
  public boolean isHeadquarters() {
    return has(Role.ADMIN);
  }

  /**
   * The post whose person records and hits this user is limited to: their own post for officers and
   * supervisors, null for headquarters ({@link #isHeadquarters()}), who see every post.
   *
   * @throws AccessDeniedProblem {@code auth.no_post} for a post role without a post
   */
  public @Nullable UUID postScope() {
    if (isHeadquarters()) {
      return null;
    }
    if (postId == null) {
      throw new AccessDeniedProblem("auth.no_post", "Your account belongs to no post.");
    }
    return postId;
  }

  /**
   * Officers, supervisors and secondary officers work at a post ({@link Role#worksAtPost()}); they
   * may act on person records.
   */
  public boolean isPostStaff() {
    return postId != null && roles.stream().anyMatch(Role::worksAtPost);
  }
}
