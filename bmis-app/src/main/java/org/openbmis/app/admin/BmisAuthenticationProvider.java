package org.openbmis.app.admin;

import java.time.Duration;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Username and password sign-in (form and HTTP Basic) with throttling per client address and
 * username ({@link LoginThrottle}), the demo-password rule and an audit entry for every checked
 * failure. An unknown username costs the same password-hash check as a known one (against a dummy
 * hash), so the answer time does not tell which usernames exist. Failures for unknown usernames are
 * audited as {@value #UNKNOWN}, without the name typed; attempts refused while waiting are not
 * audited one by one (the failure that started the wait is), so a guesser cannot flood the audit.
 */
class BmisAuthenticationProvider implements AuthenticationProvider {

  static final String DEMO_PASSWORD = "demo";
  static final String UNKNOWN = "(unknown)";

  private final PrincipalCache principals;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private final DemoProperties demo;
  private final AuditLog audit;
  private final String dummyHash;

  BmisAuthenticationProvider(
      PrincipalCache principals,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      DemoProperties demo,
      AuditLog audit) {
    this.principals = principals;
    this.encoder = encoder;
    this.throttle = throttle;
    this.demo = demo;
    this.audit = audit;
    this.dummyHash = encoder.encode(UUID.randomUUID().toString());
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = String.valueOf(authentication.getPrincipal()).trim();
    String password = String.valueOf(authentication.getCredentials());
    String address = address(authentication);
    Duration wait = throttle.remainingWait(address, username);
    if (!wait.isZero()) {
      throw new LockedException(
          "Too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s.");
    }
    BmisPrincipal principal = principals.load(username).orElse(null);
    boolean matches =
        encoder.matches(password, principal == null ? dummyHash : principal.getPassword());
    boolean demoOutside = !demo.enabled() && DEMO_PASSWORD.equals(password);
    if (principal == null || !matches || demoOutside) {
      boolean waits = throttle.failed(address, username);
      String why =
          principal == null
              ? "unknown username"
              : demoOutside ? "demo password outside demo mode" : "bad credentials";
      fail(principal == null ? UNKNOWN : principal.getUsername(), why, address, waits);
      throw new BadCredentialsException(
          demoOutside && matches
              ? "The demo password works only in demo mode."
              : "Wrong username or password.");
    }
    if (!principal.isEnabled()) {
      fail(principal.getUsername(), "disabled", address, false);
      throw new DisabledException("This account is disabled.");
    }
    throttle.succeeded(address, username);
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, principal.getAuthorities());
  }

  private void fail(String username, String why, String address, boolean waits) {
    String details = why + " from " + address + (waits ? "; further attempts wait" : "");
    audit.record(username, null, "auth.login", "user", null, AuditLog.Outcome.DENIED, details);
  }

  /** The client address (behind a trusted proxy, the forwarded one: see server.tomcat.remoteip). */
  private static String address(Authentication authentication) {
    if (authentication.getDetails() instanceof WebAuthenticationDetails d
        && d.getRemoteAddress() != null) {
      return d.getRemoteAddress();
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      return a.getRequest().getRemoteAddr();
    }
    return "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
