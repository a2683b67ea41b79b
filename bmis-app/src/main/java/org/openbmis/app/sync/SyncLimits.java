package org.openbmis.app.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How old a post's reference data may grow (ADR 0023), measured from the time central last
 * confirmed the least recently confirmed dataset the post holds.
 *
 * @param warnAfter above it, every inspection carries the warning {@code sync.stale_lists}
 * @param blockAfter above it, the desks record no decision until a supervisor acknowledges
 * @param acknowledgementLasts how long a supervisor's acknowledgement lets the desks go on (it also
 *     ends when central confirms the data again)
 */
@ConfigurationProperties(prefix = "bmis.sync")
public record SyncLimits(
    @DefaultValue("24h") Duration warnAfter,
    @DefaultValue("72h") Duration blockAfter,
    @DefaultValue("24h") Duration acknowledgementLasts) {

  public SyncLimits {
    if (warnAfter.isNegative() || blockAfter.compareTo(warnAfter) < 0) {
      throw new IllegalStateException(
          "bmis.sync.block-after must not be shorter than bmis.sync.warn-after (both positive)");
    }
    if (acknowledgementLasts.isNegative() || acknowledgementLasts.isZero()) {
      throw new IllegalStateException("bmis.sync.acknowledgement-lasts must be positive");
    }
  }
}
