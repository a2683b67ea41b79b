package org.openbmis.app.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admission decision from its facts: policies, visas, permits, passes, rolling periods. */
class VisaEntryAssessorTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  static EntryRule rule(EntryPolicy p, Integer max, Integer period, Integer granted) {
    return new EntryRule(
        UUID.randomUUID(),
        "KEN",
        null,
        null,
        p,
        max,
        period,
        granted,
        BigDecimal.valueOf(50),
        "USD",
        "rule",
        LocalDate.of(2020, 1, 1),
        null,
        1,
        Instant.EPOCH,
        "admin");
  }

  static Visa visa(LocalDate from, LocalDate until, Integer entries, int used, int duration) {
    return new Visa(
        UUID.randomUUID(),
        "V1234567",
        VisaType.TOURIST,
        VisaSource.ISSUED,
        "WANJIRU",
        "GRACE",
        LocalDate.of(1985, 3, 14),
        "F",
        "KEN",
        "T1",
        "Nairobi",
        from,
        until,
        entries,
        used,
        duration,
        null,
        null,
        null,
        null);
  }

  static EntryAssessment assess(
      EntryRule rule, List<Visa> visas, List<Permit> permits, List<Stay> stays) {
    return EntryAssessor.assess(
        new EntryAssessor.Facts(DAY, rule, visas, permits, List.of(), stays));
  }

  static List<String> codes(EntryAssessment a) {
    return a.reasons().stream().map(Reason::code).toList();
  }

  @Test
  void visaRequiredWithoutVisaIsFlagged() {
    var a =
        assess(rule(EntryPolicy.VISA_REQUIRED, null, null, null), List.of(), List.of(), List.of());
    assertThat(a.visaMissing()).isTrue();
    assertThat(a.visaOnArrivalAvailable()).isFalse();
    assertThat(a.authorisedUntil()).isNull();
    assertThat(codes(a)).contains("visa.visa_missing");
  }

  @Test
  void visaOnArrivalIsOffered() {
    var a =
        assess(rule(EntryPolicy.VISA_ON_ARRIVAL, null, null, 30), List.of(), List.of(), List.of());
    assertThat(a.visaMissing()).isTrue();
    assertThat(a.visaOnArrivalAvailable()).isTrue();
  }

  @Test
  void visaGivesTheEarliestOfValidityAndDuration() {
    Visa v = visa(DAY.minusDays(10), DAY.plusDays(60), 2, 1, 30);
    var a =
        assess(rule(EntryPolicy.VISA_REQUIRED, null, null, null), List.of(v), List.of(), List.of());
    assertThat(a.visaMissing()).isFalse();
    assertThat(a.visa()).isEqualTo(v);
    assertThat(a.entriesLeft()).isEqualTo(1);
    assertThat(a.authorisedUntil()).isEqualTo(DAY.plusDays(29));
    Visa shortValidity = visa(DAY.minusDays(10), DAY.plusDays(5), null, 3, 30);
    var b =
        assess(
            rule(EntryPolicy.VISA_REQUIRED, null, null, null),
            List.of(shortValidity),
            List.of(),
            List.of());
    assertThat(b.authorisedUntil()).isEqualTo(DAY.plusDays(5));
    assertThat(b.entriesLeft()).isNull();
  }

  @Test
  void usedUpOrExpiredVisasDoNotCount() {
    var used =
        assess(
            rule(EntryPolicy.VISA_REQUIRED, null, null, null),
            List.of(visa(DAY.minusDays(1), DAY.plusDays(9), 1, 1, 10)),
            List.of(),
            List.of());
    assertThat(used.visaMissing()).isTrue();
    assertThat(codes(used)).contains("visa.visa_used_up");
    var expired =
        assess(
            rule(EntryPolicy.VISA_REQUIRED, null, null, null),
            List.of(visa(DAY.minusDays(20), DAY.minusDays(1), 1, 0, 10)),
            List.of(),
            List.of());
    assertThat(codes(expired)).contains("visa.visa_expired");
  }

  @Test
  void exemptionAppliesTheRollingPeriod() {
    var a =
        assess(
            rule(EntryPolicy.VISA_EXEMPT, 90, 180, null),
            List.of(),
            List.of(),
            List.of(new Stay(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10))));
    assertThat(a.authorisedUntil()).isEqualTo(LocalDate.of(2026, 5, 19));
    assertThat(a.daysUsed()).isEqualTo(10);
    assertThat(a.daysRemaining()).isEqualTo(80);
    assertThat(a.refused()).isFalse();
  }

  @Test
  void exemptionUsedUpIsRefused() {
    var a =
        assess(
            rule(EntryPolicy.VISA_EXEMPT, 90, 180, null),
            List.of(),
            List.of(),
            List.of(new Stay(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28))));
    assertThat(a.refused()).isTrue();
    assertThat(codes(a)).contains("visa.rolling_limit_reached");
  }

  @Test
  void daysGrantedCapTheStay() {
    var a = assess(rule(EntryPolicy.FREE_MOVEMENT, 90, 180, 30), List.of(), List.of(), List.of());
    assertThat(a.authorisedUntil()).isEqualTo(DAY.plusDays(29));
  }

  @Test
  void aPermitAuthorisesWhateverThePolicy() {
    Permit p =
        new Permit(
            UUID.randomUUID(),
            "WP-1",
            PermitKind.WORK,
            null,
            "WANJIRU",
            "KEN",
            "T1",
            LocalDate.of(1985, 3, 14),
            DAY.minusYears(1),
            DAY.plusYears(1),
            null);
    var a = assess(rule(EntryPolicy.REFUSED, null, null, null), List.of(), List.of(p), List.of());
    assertThat(a.refused()).isFalse();
    assertThat(a.authorisedUntil()).isEqualTo(DAY.plusYears(1));
    assertThat(codes(a)).contains("visa.permit_valid");
  }

  @Test
  void refusedNationality() {
    var a = assess(rule(EntryPolicy.REFUSED, null, null, null), List.of(), List.of(), List.of());
    assertThat(a.refused()).isTrue();
  }

  @Test
  void staysFromMovements() {
    var c =
        List.of(
            new StayRepository.Crossing(
                UUID.randomUUID(), true, LocalDate.of(2026, 1, 1), Instant.EPOCH),
            new StayRepository.Crossing(
                UUID.randomUUID(), false, LocalDate.of(2026, 1, 10), Instant.EPOCH),
            new StayRepository.Crossing(
                UUID.randomUUID(), true, LocalDate.of(2026, 2, 1), Instant.EPOCH),
            new StayRepository.Crossing(
                UUID.randomUUID(), true, LocalDate.of(2026, 2, 20), Instant.EPOCH));
    assertThat(StayHistory.stays(c))
        .containsExactly(
            new Stay(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)),
            new Stay(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)),
            new Stay(LocalDate.of(2026, 2, 20), null));
    assertThat(StayHistory.beforeNewEntry(StayHistory.stays(c)))
        .last()
        .isEqualTo(new Stay(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 20)));
  }
}
