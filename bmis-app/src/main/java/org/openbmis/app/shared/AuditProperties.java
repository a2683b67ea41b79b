package org.openbmis.app.shared;

import java.nio.file.Path;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tamper-evident audit ({@code bmis.audit}, ADR 0010).
 *
 * @param folder where the node's signing key and the signed heads are written (under the data
 *     folder)
 * @param signAt the time of day (UTC) at which the chain's head is signed
 * @param verifyAndExit verify the chain at start, print the result and stop (the command)
 */
@ConfigurationProperties(prefix = "bmis.audit")
public record AuditProperties(Path folder, LocalTime signAt, boolean verifyAndExit) {

  public AuditProperties {
    folder = folder == null ? Path.of("data", "audit") : folder;
    signAt = signAt == null ? LocalTime.of(0, 5) : signAt;
  }
}
