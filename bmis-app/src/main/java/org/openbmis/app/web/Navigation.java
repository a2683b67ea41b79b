package org.openbmis.app.web;

import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.Role;

/**
 * Which navigation entries the signed-in user may see: exactly the pages their role may open, by
 * the same rules as the pages' services and URL rules (a link that would answer 403 is not shown).
 * Desk pages for post staff; visas for officers, supervisors and administrators, visa on arrival
 * for post staff; overstayers for supervisors, administrators and analysts (counts only); entry
 * rules and alert lists for administrators; statistics for analysts and administrators; screening
 * hits for supervisors and administrators; national alerts for supervisors; the audit log for
 * supervisors and administrators. {@code NavigationLinksIT} opens every shown link per role.
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
    boolean screeningLists) {

  static final Navigation NONE =
      new Navigation(
          false, false, false, false, false, false, false, false, false, false, false, false);

  static Navigation of(Actor a) {
    boolean officer = a.has(Role.OFFICER);
    boolean supervisor = a.has(Role.SUPERVISOR);
    boolean admin = a.has(Role.ADMIN);
    boolean analyst = a.has(Role.ANALYST);
    return new Navigation(
        a.isPostStaff(),
        supervisor || admin,
        admin,
        true,
        officer || supervisor || admin,
        a.isPostStaff(),
        supervisor || admin || analyst,
        admin,
        analyst || admin,
        supervisor || admin,
        supervisor,
        admin);
  }

  /** Whether any screening page is shown (the group label then appears). */
  public boolean screening() {
    return screeningHits || screeningAlerts || screeningLists;
  }
}
