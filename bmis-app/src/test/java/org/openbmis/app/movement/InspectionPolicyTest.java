package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbmis.app.admin.DeskFlow;

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
        null,
        null,
        false);
  }

  @Test
  void sameDayEntryAndExitIsOneDayAndBothEndsCount() {
    assertThat(InspectionPolicy.stayDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
        .isEqualTo(1);
    assertThat(InspectionPolicy.stayDays(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1)))
        .isEqualTo(3);
  }

  @Test
  void atADeskServingBothWaysAnOpenStayProposesAnExitAndAnExitProposesAnEntry() {
    var entry = Optional.of(admitted(Direction.ENTRY, LocalDate.of(2026, 1, 1)));
    assertThat(InspectionPolicy.propose(DeskFlow.BOTH, entry)).isEqualTo(Direction.EXIT);
    var exit = Optional.of(admitted(Direction.EXIT, LocalDate.of(2026, 1, 5)));
    assertThat(InspectionPolicy.propose(DeskFlow.BOTH, exit)).isEqualTo(Direction.ENTRY);
  }

  @Test
  void atADeskServingBothWaysATravellerWithoutHistoryIsProposedAnEntry() {
    // nationals included: their first crossing on record is no longer guessed to be an exit
    assertThat(InspectionPolicy.propose(DeskFlow.BOTH, Optional.empty()))
        .isEqualTo(Direction.ENTRY);
  }

  @Test
  void theDesksFlowComesBeforeTheHistory() {
    var entry = Optional.of(admitted(Direction.ENTRY, LocalDate.of(2026, 1, 1)));
    var exit = Optional.of(admitted(Direction.EXIT, LocalDate.of(2026, 1, 5)));
    assertThat(InspectionPolicy.propose(DeskFlow.ARRIVALS, Optional.empty()))
        .isEqualTo(Direction.ENTRY);
    assertThat(InspectionPolicy.propose(DeskFlow.ARRIVALS, entry)).isEqualTo(Direction.ENTRY);
    assertThat(InspectionPolicy.propose(DeskFlow.DEPARTURES, Optional.empty()))
        .isEqualTo(Direction.EXIT);
    assertThat(InspectionPolicy.propose(DeskFlow.DEPARTURES, exit)).isEqualTo(Direction.EXIT);
    // the contradiction is shown as a history warning
    assertThat(
            InspectionPolicy.historyWarnings(Direction.ENTRY, entry, 0, false, false).stream()
                .map(InspectionWarning::code))
        .contains("movement.no_exit_recorded");
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
