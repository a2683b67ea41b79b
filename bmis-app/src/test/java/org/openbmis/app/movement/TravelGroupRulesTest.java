package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.InvalidInputProblem;

class TravelGroupRulesTest {

  private static StartGroupCommand vehicle(String plate, String country, VehicleType type) {
    return new StartGroupCommand(
        TravelGroupKind.VEHICLE, null, new StartGroupCommand.VehicleInput(plate, country, type));
  }

  @Test
  void aVehicleIsNormalisedToUpperCaseWithSingleSpaces() {
    assertThat(TravelGroupRules.vehicle(vehicle("  kd  482 zz ", " gb", VehicleType.BUS), true))
        .isEqualTo(new Vehicle("KD 482 ZZ", "GB", VehicleType.BUS));
  }

  @Test
  void aVehicleNeedsPlateCountryAndTypeAndALandOrSeaPost() {
    assertThatThrownBy(() -> TravelGroupRules.vehicle(vehicle("", "ZZZZ", null), true))
        .isInstanceOfSatisfying(
            InvalidInputProblem.class,
            e ->
                assertThat(e.fieldErrors().stream().map(InvalidInputProblem.FieldError::code))
                    .containsExactly(
                        "movement.plate_invalid",
                        "movement.vehicle_country_invalid",
                        "movement.vehicle_type_required"));
    assertThatThrownBy(
            () -> TravelGroupRules.vehicle(vehicle("AB1", "ZZZ", VehicleType.CAR), false))
        .hasFieldOrPropertyWithValue("code", "movement.vehicle_not_at_this_post");
    var family =
        new StartGroupCommand(
            TravelGroupKind.FAMILY, "Smith", new StartGroupCommand.VehicleInput("AB1", null, null));
    assertThatThrownBy(() -> TravelGroupRules.vehicle(family, true))
        .hasFieldOrPropertyWithValue("code", "movement.vehicle_not_expected");
    assertThat(
            TravelGroupRules.vehicle(
                new StartGroupCommand(
                    TravelGroupKind.TOUR, null, new StartGroupCommand.VehicleInput(" ", "", null)),
                false))
        .isNull();
  }

  @Test
  void aScanAbandonedAndRedoneForTheSameTravellerIsNotListedTwice() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    var abandoned = row(a, null);
    var redone = row(a, Decision.ADMITTED);
    var pending = row(b, null);
    var pendingAgain = row(b, null);
    assertThat(
            TravelGroupRules.withoutAbandonedScans(
                List.of(abandoned, redone, pending, pendingAgain)))
        .containsExactly(redone, pendingAgain);
    // two decided crossings of one traveller are two movements: both listed
    var twice = row(a, Decision.REFUSED);
    assertThat(TravelGroupRules.withoutAbandonedScans(List.of(redone, twice)))
        .containsExactly(redone, twice);
  }

  private static TravelGroupRepository.MemberRow row(UUID traveller, Decision decision) {
    return new TravelGroupRepository.MemberRow(
        UUID.randomUUID(),
        traveller,
        "X",
        null,
        "KEN",
        "N1",
        Direction.ENTRY,
        decision,
        decision == null ? null : UUID.randomUUID(),
        false,
        Instant.EPOCH);
  }
}
