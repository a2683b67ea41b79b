package org.openbmis.app.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formatting helpers for templates ({@code ${@fmt.dateTime(m.recordedAt, m.timeZone)}}): times in
 * the post's own time zone, ISO dates (unambiguous in every language), durations in seconds.
 */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  public String dateTime(@Nullable Instant at, @Nullable String zone) {
    return at == null ? "" : DATE_TIME.format(at.atZone(zone(zone)));
  }

  public String time(@Nullable Instant at, @Nullable String zone) {
    return at == null ? "" : TIME.format(at.atZone(zone(zone)));
  }

  /** Milliseconds as whole seconds, rounded. */
  public String seconds(@Nullable Long millis) {
    return millis == null ? "" : String.valueOf(Math.round(millis / 1000.0));
  }

  private static ZoneId zone(@Nullable String zone) {
    try {
      return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }
}
