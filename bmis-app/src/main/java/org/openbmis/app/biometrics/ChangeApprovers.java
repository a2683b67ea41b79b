package org.openbmis.app.biometrics;

import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.Role;

/**
 * Who may see and decide a change of enrolled fingerprints (maker-checker): headquarters
 * (administrators, and supervisors attached to no post) for every request; a supervisor at a post
 * for the requests whose current prints that post enrolled; never the officer who submitted it.
 */
final class ChangeApprovers {

  private ChangeApprovers() {}

  /** Headquarters: administrators and supervisors with no post. */
  static boolean central(Actor a) {
    return a.has(Role.ADMIN) || (a.has(Role.SUPERVISOR) && a.postId() == null);
  }

  /**
   * The enrolling post whose requests the actor sees, or null for all (headquarters).
   *
   * @throws AccessDeniedProblem for anyone but supervisors and headquarters
   */
  static @Nullable String scope(Actor a) {
    if (central(a)) {
      return null;
    }
    if (!a.has(Role.SUPERVISOR) || a.postCode() == null) {
      throw new AccessDeniedProblem(
          "biometrics.change_request_role", "Only supervisors decide changes of fingerprints.");
    }
    return a.postCode();
  }

  /** The actor may see this request (the same rule as listing). */
  static void requireMaySee(Actor a, ChangeRequest r) {
    String post = scope(a);
    if (post != null && !post.equals(r.referencePost())) {
      throw new AccessDeniedProblem(
          "biometrics.change_request_other_post",
          "A supervisor of the post that enrolled the traveller (or headquarters) decides.");
    }
  }

  /** The actor may approve or reject this request. */
  static void requireMayDecide(Actor a, ChangeRequest r) {
    requireMaySee(a, r);
    if (a.username().equals(r.requestedBy())) {
      throw new AccessDeniedProblem(
          "biometrics.own_change_request", "Another person decides on a change you submitted.");
    }
  }
}
