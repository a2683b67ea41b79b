package org.openbmis.app.web;

import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.Role;

/** Which navigation entries the signed-in user may see. */
public record Navigation(boolean desk, boolean audit, boolean admin, boolean signedIn) {

  static final Navigation NONE = new Navigation(false, false, false, false);

  static Navigation of(Actor a) {
    boolean audit = a.has(Role.SUPERVISOR) || a.has(Role.ADMIN);
    return new Navigation(a.isPostStaff(), audit, a.has(Role.ADMIN), true);
  }
}
