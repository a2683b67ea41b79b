package org.openbmis.app.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code bmis.security}).
 *
 * @param maxFailedLogins failed sign-ins for one username from one client address before each
 *     further attempt from there must wait ({@code loginDelay}, doubling, at most {@code
 *     maxLoginDelay})
 * @param maxFailedLoginsPerAddress failed sign-ins from one client address, whatever the username,
 *     before the same growing wait applies to every attempt from that address
 * @param loginDelay the first wait
 * @param maxLoginDelay the longest wait
 * @param maxTokenDays the longest validity of an API token, in days
 * @param initialAdminPassword one-time password of the first administrator, or blank to generate
 */
@ConfigurationProperties(prefix = "bmis.security")
public record AccessProperties(
    int maxFailedLogins,
    int maxFailedLoginsPerAddress,
    Duration loginDelay,
    Duration maxLoginDelay,
    int maxTokenDays,
    String initialAdminPassword) {

  public AccessProperties {
    if (maxFailedLogins <= 0) {
      maxFailedLogins = 5;
    }
    if (maxFailedLoginsPerAddress <= 0) {
      maxFailedLoginsPerAddress = 30;
    }
    if (loginDelay == null || loginDelay.isNegative() || loginDelay.isZero()) {
      loginDelay = Duration.ofSeconds(2);
    }
    if (maxLoginDelay == null || maxLoginDelay.compareTo(loginDelay) < 0) {
      maxLoginDelay = Duration.ofMinutes(15);
    }
    if (maxTokenDays <= 0) {
      maxTokenDays = 90;
    }
    if (initialAdminPassword == null) {
      initialAdminPassword = "";
    }
  }
}
