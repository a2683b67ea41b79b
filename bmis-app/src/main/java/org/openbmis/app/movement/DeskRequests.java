package org.openbmis.app.movement;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.openbmis.app.shared.DeskFirst;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the desk's requests (the inspection screens and the inspection, movement and group API) in
 * {@link DeskFirst} while they are answered, so that manifest screening gives them a processor.
 */
@Component
class DeskRequests extends OncePerRequestFilter {

  /** Path prefixes of the desk's screens and API. */
  static final List<String> DESK =
      List.of("/inspection", "/api/v1/inspections", "/api/v1/movements", "/api/v1/groups");

  private final DeskFirst desks;

  DeskRequests(DeskFirst desks) {
    this.desks = desks;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return DESK.stream().noneMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    desks.started();
    try {
      chain.doFilter(request, response);
    } finally {
      desks.ended();
    }
  }
}
