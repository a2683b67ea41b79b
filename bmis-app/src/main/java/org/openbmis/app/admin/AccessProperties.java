package org.openbmis.app.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code bmis.security}).
 *
 * @param maxFailedLogins failed attempts before an account is blocked for {@code lockout}
 * @param lockout how long a blocked account stays blocked
 * @param initialAdminPassword one-time password of the first administrator, or blank to generate
 */
@ConfigurationProperties(prefix = "bmis.security")
public record AccessProperties(int maxFailedLogins, Duration lockout, String initialAdminPassword) {

  public AccessProperties {
    if (maxFailedLogins <= 0) {
      maxFailedLogins = 5;
    }
    if (lockout == null) {
      lockout = Duration.ofMinutes(5);
    }
    if (initialAdminPassword == null) {
      initialAdminPassword = "";
    }
  }
}
