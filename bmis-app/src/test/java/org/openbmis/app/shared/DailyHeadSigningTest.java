package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The head is signed once a day at the configured UTC time, whatever the node's time zone. */
class DailyHeadSigningTest {

  private static long delayAt(String now) {
    Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.ofHours(3));
    return new DailyHeadSigning(
            mock(AuditHeadSigner.class),
            new AuditProperties(Path.of("target"), LocalTime.of(0, 5), false),
            clock,
            mock(RunOnce.class))
        .delayMillis();
  }

  @Test
  void theNextSigningIsTodayIfItsTimeHasNotCome() {
    assertThat(delayAt("2026-12-07T00:04:00Z")).isEqualTo(Duration.ofMinutes(1).toMillis());
  }

  @Test
  void theNextSigningIsTomorrowOnceItsTimeHasPassed() {
    assertThat(delayAt("2026-12-07T00:05:00Z")).isEqualTo(Duration.ofHours(24).toMillis());
    assertThat(delayAt("2026-12-07T12:05:00Z")).isEqualTo(Duration.ofHours(12).toMillis());
  }
}
