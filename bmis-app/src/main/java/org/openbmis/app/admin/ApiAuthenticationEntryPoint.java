package org.openbmis.app.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers the API's failed authentications as problem details: 401 {@code auth.required}, or 429
 * {@code auth.too_many_attempts} while sign-ins from this address for this username must wait.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final ProblemResponses problems;

  ApiAuthenticationEntryPoint(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
      throws IOException {
    if (ex instanceof LockedException) {
      problems.write(response, 429, "auth.too_many_attempts", ex.getMessage());
    } else {
      problems.write(response, 401, "auth.required", "Authentication required.");
    }
  }
}
