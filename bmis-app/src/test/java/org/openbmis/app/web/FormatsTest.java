package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Times on screens: in the screen's zone, which the label names with its offset. */
class FormatsTest {

  private static final Instant AT = Instant.parse("2026-07-01T22:30:15Z");
  private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

  private static Formats in(ZoneId zone) {
    return new Formats(
        new ScreenZone(null) {
          @Override
          ZoneId current() {
            return zone;
          }
        },
        CLOCK);
  }

  @Test
  void timesAreShownInTheScreensZone() {
    Formats lagos = in(ZoneId.of("Africa/Lagos"));
    assertThat(lagos.at(AT)).isEqualTo("2026-07-01 23:30");
    assertThat(lagos.clock(AT)).isEqualTo("23:30:15");
    assertThat(lagos.day(AT)).isEqualTo("2026-07-01");
    Formats apia = in(ZoneId.of("Pacific/Apia"));
    assertThat(apia.day(AT)).isEqualTo("2026-07-02");
    assertThat(lagos.at(null)).isEmpty();
  }

  @Test
  void aLogOfAnotherZonesDayShowsTheDateWithTheTime() {
    Formats lagos = in(ZoneId.of("Africa/Lagos"));
    assertThat(lagos.clockOf(AT, "Africa/Lagos")).isEqualTo("23:30:15");
    assertThat(lagos.clockOf(AT, "Africa/Douala")).isEqualTo("23:30:15");
    assertThat(in(ZoneOffset.UTC).clockOf(AT, "Africa/Lagos")).isEqualTo("2026-07-01 22:30");
    assertThat(lagos.clockOf(null, "Africa/Lagos")).isEmpty();
  }

  @Test
  void theLabelNamesTheZoneAndItsOffsetNow() {
    assertThat(in(ZoneId.of("Africa/Lagos")).zoneLabel()).isEqualTo("Africa/Lagos (UTC+01:00)");
    // summer time in July
    assertThat(in(ZoneId.of("Europe/Lisbon")).zoneLabel()).isEqualTo("Europe/Lisbon (UTC+01:00)");
    assertThat(in(ZoneId.of("America/Caracas")).zoneLabel())
        .isEqualTo("America/Caracas (UTC-04:00)");
    assertThat(in(ZoneOffset.UTC).zoneLabel()).isEqualTo("UTC");
    assertThat(in(ZoneId.of("Etc/UTC")).zoneLabel()).isEqualTo("UTC");
    assertThat(in(ZoneOffset.ofHours(3)).zoneLabel()).isEqualTo("UTC+03:00");
  }
}
