package org.openbmis.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openbmis.app.admin.SecondFactorSession.Step;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second factor of the form sign-in. After the password ({@link #onAuthenticationSuccess}) a
 * user with a second factor is asked for a code, and a user whose role needs one but who has none
 * is sent to set it up (not in demo mode, so that the demo accounts sign in with the password
 * alone); until then every other page redirects to that step.
 */
class SecondFactorGate extends OncePerRequestFilter implements AuthenticationSuccessHandler {

  private final SecondFactorService factors;
  private final SecondFactorProperties properties;
  private final DemoProperties demo;

  SecondFactorGate(
      SecondFactorService factors, SecondFactorProperties properties, DemoProperties demo) {
    this.factors = factors;
    this.properties = properties;
    this.demo = demo;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    String target = "/";
    if (authentication.getPrincipal() instanceof BmisPrincipal principal) {
      if (factors.enrolled(principal.actor().userId())) {
        SecondFactorSession.require(request, Step.VERIFY);
        target = SecondFactorSession.VERIFY_PAGE;
      } else if (!demo.enabled() && properties.requiredFor(principal.actor().roles())) {
        SecondFactorSession.require(request, Step.ENROL);
        target = SecondFactorSession.ENROL_PAGE;
      }
    }
    response.sendRedirect(request.getContextPath() + target);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Step step = SecondFactorSession.pending(request);
    if (step == null) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String page =
        step == Step.VERIFY ? SecondFactorSession.VERIFY_PAGE : SecondFactorSession.ENROL_PAGE;
    if (path.equals(page) || open(path)) {
      chain.doFilter(request, response);
    } else {
      response.sendRedirect(request.getContextPath() + page);
    }
  }

  private static boolean open(String path) {
    return path.equals("/logout")
        || path.equals("/error")
        || path.equals("/favicon.ico")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/img/")
        || path.startsWith("/webjars/");
  }
}
