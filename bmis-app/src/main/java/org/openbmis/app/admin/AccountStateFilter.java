package org.openbmis.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in user's view of their account current on every request (from {@link
 * PrincipalCache}, so at most a few seconds old): a desk chosen, roles changed or the account
 * disabled take effect without signing in again. A session opened before the account's password,
 * roles or post changed (its credentials version is older) ends. A user with a one-time password
 * sees nothing but the password page until they change it.
 */
class AccountStateFilter extends OncePerRequestFilter {

  static final String PAGE = "/account/password";

  private final PrincipalCache principals;
  private final ProblemResponses problems;

  AccountStateFilter(PrincipalCache principals, ProblemResponses problems) {
    this.principals = principals;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof BmisPrincipal signedIn)) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<BmisPrincipal> current = principals.load(signedIn.getUsername());
    if (current.isEmpty() || !current.get().isEnabled()) {
      SecurityContextHolder.clearContext();
      if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
        problems.write(response, 401, "auth.account_disabled", "This account is disabled.");
      } else {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?disabled");
      }
      return;
    }
    BmisPrincipal fresh = current.get();
    if (fresh.credentialVersion() != signedIn.credentialVersion()) {
      SecurityContextHolder.clearContext();
      if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
        problems.write(response, 401, "auth.session_ended", "The account changed: sign in again.");
      } else {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?ended");
      }
      return;
    }
    var refreshed =
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
    refreshed.setDetails(auth.getDetails());
    SecurityContextHolder.getContext().setAuthentication(refreshed);
    if (fresh.mustChangePassword() && !allowed(path)) {
      if (path.startsWith("/api/")) {
        problems.write(
            response, 403, "auth.password_change_required", "Change the one-time password first.");
      } else {
        response.sendRedirect(request.getContextPath() + PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean allowed(String path) {
    return path.equals(PAGE)
        || path.startsWith(SecondFactorSession.VERIFY_PAGE)
        || path.equals("/logout")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/webjars/")
        || path.equals("/api/v1/me/password");
  }
}
