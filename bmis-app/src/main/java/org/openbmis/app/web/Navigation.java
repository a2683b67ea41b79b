package org.openbmis.app.web;

import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.Role;

/**
 * Which navigation entries the signed-in user may see, by role: the desk pages for post staff,
 * visas and overstays for officers, supervisors and administrators, entry rules and alert lists for
 * administrators, statistics for analysts and administrators, screening hits for supervisors and
 * administrators, national alerts for supervisors, the secondary inspection queue for secondary
 * officers at a post (supervisors reach it from the hit queue, where their header has no room).
 */
public record Navigation(
    boolean desk,
    boolean audit,
    boolean admin,
    boolean signedIn,
    boolean visas,
    boolean entryRules,
    boolean statistics,
    boolean screeningHits,
    boolean screeningAlerts,
    boolean screeningLists,
    boolean secondary) {

  static final Navigation NONE =
      new Navigation(false, false, false, false, false, false, false, false, false, false, false);

  static Navigation of(Actor a) {
    boolean officer = a.has(Role.OFFICER);
    boolean supervisor = a.has(Role.SUPERVISOR);
    boolean admin = a.has(Role.ADMIN);
    boolean analyst = a.has(Role.ANALYST);
    boolean secondaryOfficer = a.has(Role.SECONDARY);
    boolean atPost = a.postId() != null;
    return new Navigation(
        atPost && (officer || supervisor),
        supervisor || admin,
        admin,
        true,
        officer || supervisor || admin,
        admin,
        analyst || admin,
        supervisor || secondaryOfficer || admin,
        supervisor,
        admin,
        atPost && secondaryOfficer);
  }

  /** Whether any screening page is shown (the group label then appears). */
  public boolean screening() {
    return screeningHits || screeningAlerts || screeningLists;
  }
}
