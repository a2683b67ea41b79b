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
 * @param previousKey the key the stored secrets were encrypted with before a rotation (env {@code
 *     BMIS_SECOND_FACTOR_PREVIOUS_KEY}; blank: they were stored without a key); read only by the
 *     rotation command
 * @param rotateKeyAndExit re-encrypt every stored secret from {@code previousKey} to {@code key}
 *     and stop (the command-line rotation, {@link SecondFactorKeyRotationOnStartup})
 */
@ConfigurationProperties(prefix = "bmis.security.second-factor")
public record SecondFactorProperties(
    Set<Role> roles,
    String key,
    int maxFailures,
    Duration lockout,
    String previousKey,
    boolean rotateKeyAndExit) {

  public SecondFactorProperties {
    Set<Role> all = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    if (roles != null) {
      all.addAll(roles);
    }
    roles = Set.copyOf(all);
    key = key == null ? "" : key.trim();
    previousKey = previousKey == null ? "" : previousKey.trim();
    maxFailures = maxFailures <= 0 ? 5 : maxFailures;
    lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
  }

  boolean requiredFor(Set<Role> userRoles) {
    return userRoles.stream().anyMatch(roles::contains);
  }
}
