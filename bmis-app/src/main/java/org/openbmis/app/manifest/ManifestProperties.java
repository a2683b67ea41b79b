package org.openbmis.app.manifest;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of advance passenger information ({@code bmis.manifest}): the watched folder (none:
 * intake by API only) and how often it is read; how long after the scheduled arrival a listed
 * passenger not yet inspected is a no-show; how far before and after a flight's scheduled arrival
 * the desk expects its passengers (a traveller on no manifest then is a warning).
 */
@ConfigurationProperties("bmis.manifest")
public record ManifestProperties(
    @Nullable Path inbox,
    Integer pollSeconds,
    Integer noShowAfterMinutes,
    Integer deskWindowHours) {

  public ManifestProperties {
    pollSeconds = pollSeconds == null ? 30 : pollSeconds;
    noShowAfterMinutes = noShowAfterMinutes == null ? 180 : noShowAfterMinutes;
    deskWindowHours = deskWindowHours == null ? 6 : deskWindowHours;
  }
}
