package org.openbmis.app.screening;

import org.openbmis.screening.Confidentiality;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a user may see of an alert that matched (ADR 0005). The hit itself, its list, reference,
 * score and action are always shown: an officer must never wave through a traveller because a hit
 * was hidden. The <em>match details</em> (the alert's matched name and the explanation, which
 * reveal the alert's identity data) and the <em>alert details</em> (reason, issuing agency) depend
 * on the alert's confidentiality and the user's clearance, which follows the role: officers and
 * administrators are cleared for RESTRICTED, supervisors for CONFIDENTIAL. SECRET alerts keep their
 * reason with the issuing agency: a supervisor sees the match details (to resolve the hit) and the
 * agency to call, never the reason.
 */
enum AlertVisibility {
  /** Match and alert details. */
  FULL,
  /** Match details and the issuing agency to contact, not the reason (SECRET for supervisors). */
  MATCH_ONLY,
  /** Only that there is a hit, its list, reference, score and action. */
  WITHHELD;

  /** The clearance of the signed-in user, from their roles. */
  static Confidentiality clearance() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return Confidentiality.PUBLIC;
    }
    Confidentiality c = Confidentiality.PUBLIC;
    for (GrantedAuthority a : auth.getAuthorities()) {
      switch (String.valueOf(a.getAuthority())) {
        case "ROLE_SUPERVISOR" -> c = max(c, Confidentiality.CONFIDENTIAL);
        case "ROLE_OFFICER", "ROLE_ADMIN" -> c = max(c, Confidentiality.RESTRICTED);
        default -> {}
      }
    }
    return c;
  }

  static AlertVisibility of(Confidentiality alert, Confidentiality clearance) {
    if (alert.compareTo(clearance) <= 0) {
      return FULL;
    }
    if (alert == Confidentiality.SECRET && clearance == Confidentiality.CONFIDENTIAL) {
      return MATCH_ONLY;
    }
    return WITHHELD;
  }

  boolean showsMatch() {
    return this != WITHHELD;
  }

  boolean showsReason() {
    return this == FULL;
  }

  private static Confidentiality max(Confidentiality a, Confidentiality b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
