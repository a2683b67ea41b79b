package org.openbmis.app.admin;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.openbmis.app.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The second factor ({@code bmis.security.second-factor}). SUPERVISOR and ADMIN always need one;
 * {@code roles} adds more roles (e.g. OFFICER), it cannot remove these two.
 *
 * @param roles further roles that must use a second factor
 * @param key base64 AES-256 key encrypting the TOTP secrets at rest (blank: stored unencrypted)
 * @param maxFailures wrong codes in a row before the second factor is blocked for {@code lockout}
 * @param lockout how long the second factor stays blocked
 */
@ConfigurationProperties(prefix = "bmis.security.second-factor")
public record SecondFactorProperties(
    Set<Role> roles, String key, int maxFailures, Duration lockout) {

  public SecondFactorProperties {
    Set<Role> all = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    if (roles != null) {
      all.addAll(roles);
    }
    roles = Set.copyOf(all);
    key = key == null ? "" : key.trim();
    maxFailures = maxFailures <= 0 ? 5 : maxFailures;
    lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
  }

  boolean requiredFor(Set<Role> userRoles) {
    return userRoles.stream().anyMatch(roles::contains);
  }
}
