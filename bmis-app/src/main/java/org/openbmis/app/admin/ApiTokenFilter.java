package org.openbmis.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer bmis_...} API tokens. */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokenService tokens;
  private final ProblemResponses problems;

  ApiTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var principal = tokens.authenticate(header.substring(7).trim());
      if (principal.isEmpty() || !principal.get().isEnabled()) {
        problems.write(
            response, 401, "auth.token_invalid", "The API token is unknown, expired or revoked.");
        return;
      }
      var auth =
          UsernamePasswordAuthenticationToken.authenticated(
              principal.get(), null, principal.get().getAuthorities());
      SecurityContextHolder.getContext().setAuthentication(auth);
    }
    chain.doFilter(request, response);
  }
}
