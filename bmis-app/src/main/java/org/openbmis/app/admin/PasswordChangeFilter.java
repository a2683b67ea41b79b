package org.openbmis.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user with a one-time password sees nothing but the password page until they change it. */
class PasswordChangeFilter extends OncePerRequestFilter {

  static final String PAGE = "/account/password";

  private final PrincipalCache principals;
  private final ProblemResponses problems;

  PasswordChangeFilter(PrincipalCache principals, ProblemResponses problems) {
    this.principals = principals;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (auth != null
        && auth.getPrincipal() instanceof BmisPrincipal p
        && mustChange(p)
        && !allowed(path)) {
      if (path.startsWith("/api/")) {
        problems.write(response, 403, "auth.password_change_required", "Change the one-time password first.");
      } else {
        response.sendRedirect(request.getContextPath() + PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean mustChange(BmisPrincipal p) {
    return principals.load(p.getUsername()).map(BmisPrincipal::mustChangePassword).orElse(false);
  }

  private static boolean allowed(String path) {
    return path.equals(PAGE)
        || path.equals("/logout")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/webjars/")
        || path.equals("/api/v1/me/password");
  }
}
