package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sign-in throttling that an attacker cannot turn against the owner (issue 20). */
class LoginThrottleTest {

  static final class StoppedClock extends Clock {
    Instant now = Instant.parse("2026-12-07T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  final StoppedClock clock = new StoppedClock();
  final LoginThrottle throttle =
      new LoginThrottle(
          new AccessProperties(5, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), 90, ""),
          clock);

  static final String ATTACKER = "203.0.113.7";
  static final String OWNER = "198.51.100.9";

  @Test
  void fiveWrongPasswordsMakeOnlyThatAddressWaitAndTheOwnerElsewhereIsNotLockedOut() {
    for (int i = 0; i < 4; i++) {
      assertThat(throttle.failed(ATTACKER, "officer.air")).isFalse();
      assertThat(throttle.remainingWait(ATTACKER, "officer.air")).isZero();
    }
    assertThat(throttle.failed(ATTACKER, "officer.air")).isTrue();
    assertThat(throttle.remainingWait(ATTACKER, "officer.air")).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.remainingWait(ATTACKER, "OFFICER.Air")).as("any letter case").isPositive();
    assertThat(throttle.remainingWait(OWNER, "officer.air")).isZero();
    assertThat(throttle.remainingWait(ATTACKER, "supervisor.air")).isZero();
  }

  @Test
  void theWaitGrowsWithEachFurtherFailureUpToTheCap() {
    for (int i = 0; i < 5; i++) {
      throttle.failed(ATTACKER, "officer.air");
    }
    Duration previous = throttle.remainingWait(ATTACKER, "officer.air");
    for (int i = 0; i < 12; i++) {
      clock.advance(previous);
      assertThat(throttle.remainingWait(ATTACKER, "officer.air")).isZero();
      throttle.failed(ATTACKER, "officer.air");
      Duration next = throttle.remainingWait(ATTACKER, "officer.air");
      assertThat(next).isEqualTo(min(previous.multipliedBy(2), Duration.ofMinutes(15)));
      previous = next;
    }
    assertThat(previous).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void oneAddressFailingForManyUsernamesWaitsForEveryUsername() {
    for (int i = 0; i < 29; i++) {
      throttle.failed(ATTACKER, "guess" + i);
    }
    assertThat(throttle.remainingWait(ATTACKER, "officer.air")).isZero();
    assertThat(throttle.failed(ATTACKER, "guess29")).isTrue();
    assertThat(throttle.remainingWait(ATTACKER, "officer.air")).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.remainingWait(OWNER, "officer.air")).isZero();
  }

  @Test
  void aSuccessClearsTheCountForThatAddressAndUsernameAndFailuresAreForgottenInTime() {
    for (int i = 0; i < 4; i++) {
      throttle.failed(OWNER, "officer.air");
    }
    throttle.succeeded(OWNER, "officer.air");
    assertThat(throttle.failed(OWNER, "officer.air")).isFalse();
    for (int i = 0; i < 3; i++) {
      throttle.failed(OWNER, "officer.air");
    }
    clock.advance(Duration.ofMinutes(16));
    assertThat(throttle.failed(OWNER, "officer.air")).as("counted afresh").isFalse();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }
}
