package org.openbmis.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic carries a password and nothing more: outside demo mode it is refused for the roles
 * that need a second factor, which call the API with an API token issued after a full sign-in
 * (password and code) instead.
 */
class BasicSecondFactorFilter extends OncePerRequestFilter {

  private final SecondFactorProperties properties;
  private final DemoProperties demo;
  private final ProblemResponses problems;

  BasicSecondFactorFilter(
      SecondFactorProperties properties, DemoProperties demo, ProblemResponses problems) {
    this.properties = properties;
    this.demo = demo;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!demo.enabled()
        && header != null
        && header.regionMatches(true, 0, "Basic ", 0, 6)
        && auth != null
        && auth.getPrincipal() instanceof BmisPrincipal principal
        && properties.requiredFor(principal.actor().roles())) {
      SecurityContextHolder.clearContext();
      problems.write(
          response,
          401,
          "auth.api_token_required",
          "This role needs a second factor: call the API with an API token (Authorization: Bearer),"
              + " issued under Account after signing in with the password and the code.");
      return;
    }
    chain.doFilter(request, response);
  }
}
