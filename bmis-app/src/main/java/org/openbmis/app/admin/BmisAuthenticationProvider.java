package org.openbmis.app.admin;

import org.openbmis.app.shared.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password sign-in (form and HTTP Basic) with throttling, the demo-password rule and
 * an audit entry for every failure.
 */
class BmisAuthenticationProvider implements AuthenticationProvider {

  static final String DEMO_PASSWORD = "demo";

  private final PrincipalCache principals;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private final DemoProperties demo;
  private final AuditLog audit;

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
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = String.valueOf(authentication.getPrincipal()).trim();
    String password = String.valueOf(authentication.getCredentials());
    if (throttle.isBlocked(username)) {
      fail(username, "blocked");
      throw new LockedException("Too many failed sign-ins; try again later.");
    }
    if (!demo.enabled() && DEMO_PASSWORD.equals(password)) {
      throttle.failed(username);
      fail(username, "demo password outside demo mode");
      throw new BadCredentialsException("The demo password works only in demo mode.");
    }
    BmisPrincipal principal = principals.load(username).orElse(null);
    if (principal == null || !encoder.matches(password, principal.getPassword())) {
      throttle.failed(username);
      fail(username, "bad credentials");
      throw new BadCredentialsException("Wrong username or password.");
    }
    if (!principal.isEnabled()) {
      fail(username, "disabled");
      throw new DisabledException("This account is disabled.");
    }
    throttle.succeeded(username);
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, principal.getAuthorities());
  }

  private void fail(String username, String why) {
    audit.record(username, null, "auth.login", "user", null, AuditLog.Outcome.DENIED, why);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
