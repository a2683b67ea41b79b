package org.openbmis.app.web;

import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.Role;

/**
 * Which navigation entries the signed-in user may see: exactly the pages their role may open, by
 * the same rules as the pages' services and URL rules (a link that would answer 403 is not shown).
 * Desk pages for post staff; visas for officers, supervisors and administrators, visa on arrival
 * for post staff; overstayers for supervisors, administrators and analysts (counts only); entry
 * rules and alert lists for administrators; statistics for analysts and administrators; screening
 * hits for supervisors, secondary officers and administrators; national alerts for supervisors; the
 * audit log for supervisors and administrators; the secondary inspection queue for secondary
 * officers at a post (supervisors reach it from the hit queue, where their header has no room); the
 * flight board (advance passenger information) for post staff at their post and for administrators
 * and analysts (headquarters: every post's flights). {@code NavigationLinksIT} opens every shown
 * link per role.
 */
public record Navigation(
    boolean desk,
    boolean audit,
    boolean admin,
    boolean signedIn,
    boolean visas,
    boolean visaOnArrival,
    boolean overstays,
    boolean entryRules,
    boolean statistics,
    boolean screeningHits,
    boolean screeningAlerts,
    boolean screeningLists,
    boolean secondary,
    boolean biometricChanges,
    boolean flights) {

  static final Navigation NONE =
      new Navigation(
          false, false, false, false, false, false, false, false, false, false, false, false, false,
          false, false);

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
        atPost && (officer || supervisor),
        supervisor || admin || analyst,
        admin,
        analyst || admin,
        supervisor || secondaryOfficer || admin,
        supervisor,
        admin,
        atPost && secondaryOfficer,
        supervisor || admin,
        (atPost && (officer || supervisor || secondaryOfficer)) || admin || analyst);
  }

  /** Whether any screening page is shown (the group label then appears). */
  public boolean screening() {
    return screeningHits || screeningAlerts || screeningLists;
  }
}
