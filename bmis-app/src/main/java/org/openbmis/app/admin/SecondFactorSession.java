package org.openbmis.app.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * Where a form sign-in stands between the password and the second factor, kept in the session:
 * {@link Step#VERIFY} (a code is asked) or {@link Step#ENROL} (a second factor must be set up
 * first). Nothing else is reachable while a step is pending.
 */
public final class SecondFactorSession {

  /** What the signed-in user must still do. */
  public enum Step {
    VERIFY,
    ENROL
  }

  public static final String VERIFY_PAGE = "/login/second-factor";
  public static final String ENROL_PAGE = "/login/second-factor/enrol";
  private static final String ATTRIBUTE = SecondFactorSession.class.getName() + ".step";

  private SecondFactorSession() {}

  /** The pending step of this request's session, or null when none is pending. */
  public static @Nullable Step pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (Step) session.getAttribute(ATTRIBUTE);
  }

  static void require(HttpServletRequest request, Step step) {
    request.getSession().setAttribute(ATTRIBUTE, step);
  }

  /** The second factor is done: the session gets a new id and nothing is pending any more. */
  public static void complete(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
      request.changeSessionId();
    }
  }
}
