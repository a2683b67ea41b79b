package org.openbmis.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer bmis_...} API tokens. The authentication carries the
 * token in its details, so that a token cannot issue further tokens.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokenService tokens;
  private final ProblemResponses problems;

  ApiTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  static Authentication authentication(BmisPrincipal principal, Object details) {
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities());
    auth.setDetails(details);
    return auth;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var auth = tokens.authenticate(header.substring(7).trim());
      if (auth.isEmpty() || !((BmisPrincipal) auth.get().getPrincipal()).isEnabled()) {
        problems.write(
            response, 401, "auth.token_invalid", "The API token is unknown, expired or revoked.");
        return;
      }
      SecurityContextHolder.getContext().setAuthentication(auth.get());
    }
    chain.doFilter(request, response);
  }
}
