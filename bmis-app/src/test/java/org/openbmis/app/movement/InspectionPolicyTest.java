package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InspectionPolicyTest {

  static MovementSummary admitted(Direction d, LocalDate day) {
    return movement(d, Decision.ADMITTED, day);
  }

  static MovementSummary movement(Direction d, Decision decision, LocalDate day) {
    return new MovementSummary(
        UUID.randomUUID(),
        UUID.randomUUID(),
        d,
        decision,
        null,
        Instant.parse(day + "T10:00:00Z"),
        day,
        "UTO-AIR",
        "Airport",
        "UTC",
        "A01",
        "officer",
        null,
        null,
        null,
        null,
        null,
        1000L,
        null,
        "X",
        "KEN",
        "123",
        null,
        null,
        null);
  }

  @Test
  void sameDayEntryAndExitIsOneDayAndBothEndsCount() {
    assertThat(InspectionPolicy.stayDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
        .isEqualTo(1);
    assertThat(InspectionPolicy.stayDays(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1)))
        .isEqualTo(3);
  }

  @Test
  void anOpenStayProposesAnExitAndAnExitProposesAnEntry() {
    var entry = Optional.of(admitted(Direction.ENTRY, LocalDate.of(2026, 1, 1)));
    assertThat(InspectionPolicy.propose(entry, "KEN", "UTO")).isEqualTo(Direction.EXIT);
    var exit = Optional.of(admitted(Direction.EXIT, LocalDate.of(2026, 1, 5)));
    assertThat(InspectionPolicy.propose(exit, "UTO", "UTO")).isEqualTo(Direction.ENTRY);
  }

  @Test
  void withoutHistoryNationalsLeaveAndForeignersEnter() {
    assertThat(InspectionPolicy.propose(Optional.empty(), "UTO", "UTO")).isEqualTo(Direction.EXIT);
    assertThat(InspectionPolicy.propose(Optional.empty(), "KEN", "UTO")).isEqualTo(Direction.ENTRY);
  }

  @Test
  void openStayCountsDaysSoFarAndOnlyAfterAnEntry() {
    var stay =
        InspectionPolicy.openStay(
            Optional.of(admitted(Direction.ENTRY, LocalDate.of(2026, 1, 1))),
            LocalDate.of(2026, 1, 31));
    assertThat(stay).get().extracting(OpenStay::daysSoFar).isEqualTo(31L);
    assertThat(
            InspectionPolicy.openStay(
                Optional.of(admitted(Direction.EXIT, LocalDate.of(2026, 1, 1))),
                LocalDate.of(2026, 1, 31)))
        .isEmpty();
  }

  @Test
  void warnsAboutAMissingExitRefusalsAndAForeignerLeavingWithoutEntry() {
    var entry = Optional.of(admitted(Direction.ENTRY, LocalDate.of(2026, 1, 1)));
    assertThat(InspectionPolicy.historyWarnings(Direction.ENTRY, entry, 2, false, false))
        .extracting(InspectionWarning::code)
        .containsExactly("movement.no_exit_recorded", "movement.previous_refusals");
    assertThat(InspectionPolicy.historyWarnings(Direction.EXIT, Optional.empty(), 0, true, false))
        .extracting(InspectionWarning::code)
        .containsExactly("movement.exit_without_entry", "movement.first_crossing");
    assertThat(InspectionPolicy.historyWarnings(Direction.EXIT, Optional.empty(), 0, false, true))
        .isEmpty();
  }
}
