package org.openbmis.app.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formatting helpers for templates: person-facing times in the screen's time zone ({@link
 * ScreenZone}: the post's, UTC at headquarters) with {@code ${@fmt.at(x)}}, {@code
 * ${@fmt.clock(x)}} and {@code ${@fmt.day(x)}}, the zone said once per screen with the {@code
 * fragments/zone :: note} fragment ({@code ${@fmt.zoneLabel()}}); ISO dates (unambiguous in every
 * language); durations in seconds.
 */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final ScreenZone screen;
  private final Clock clock;

  Formats(ScreenZone screen, Clock clock) {
    this.screen = screen;
    this.clock = clock;
  }

  /** Date and time to the minute in the screen's zone. */
  public String at(@Nullable Instant at) {
    return at == null ? "" : DATE_TIME.format(at.atZone(screen.current()));
  }

  /** Time of day to the second in the screen's zone. */
  public String clock(@Nullable Instant at) {
    return at == null ? "" : TIME.format(at.atZone(screen.current()));
  }

  /** The day in the screen's zone. */
  public String day(@Nullable Instant at) {
    return at == null ? "" : DATE.format(at.atZone(screen.current()));
  }

  /**
   * Time of day in the screen's zone when {@code zone} (the zone of the post where it happened,
   * whose local day a table lists) keeps the same clock, else date and time: a crossing just after
   * midnight at a post does not read as the evening of the listed day elsewhere.
   */
  public String clockOf(@Nullable Instant at, @Nullable String zone) {
    if (at == null) {
      return "";
    }
    ZoneId screenZone = screen.current();
    boolean same = screenZone.getRules().getOffset(at).equals(zone(zone).getRules().getOffset(at));
    return same ? clock(at) : at(at);
  }

  /** The screen's zone as people read it: {@code Africa/Lagos (UTC+01:00)}, or {@code UTC}. */
  public String zoneLabel() {
    ZoneId zone = screen.current();
    if (zone.normalized().equals(ZoneOffset.UTC)) {
      return "UTC";
    }
    ZoneOffset offset = zone.getRules().getOffset(clock.instant());
    String utc = "UTC" + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId());
    return zone instanceof ZoneOffset ? utc : zone.getId() + " (" + utc + ")";
  }

  /** Date and time in an explicit zone (UTC when absent or unknown). */
  public String dateTime(@Nullable Instant at, @Nullable String zone) {
    return at == null ? "" : DATE_TIME.format(at.atZone(zone(zone)));
  }

  /** Time of day in an explicit zone (UTC when absent or unknown). */
  public String time(@Nullable Instant at, @Nullable String zone) {
    return at == null ? "" : TIME.format(at.atZone(zone(zone)));
  }

  /** Milliseconds as whole seconds, rounded. */
  public String seconds(@Nullable Long millis) {
    return millis == null ? "" : String.valueOf(Math.round(millis / 1000.0));
  }

  private static ZoneId zone(@Nullable String zone) {
    try {
      return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
