package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.Role;

/** Who decides a change of enrolled fingerprints (issue 20), rule by rule. */
class ChangeApproversTest {

  static final UUID AIR = UUID.randomUUID();
  static final UUID LAND = UUID.randomUUID();

  static Actor actor(String name, Role role, UUID post, String code) {
    return new Actor(UUID.randomUUID(), name, Set.of(role), post, code, null);
  }

  static ChangeRequest request(String by, String referencePost) {
    return new ChangeRequest(
        UUID.randomUUID(),
        UUID.randomUUID(),
        ChangeRequest.FINGERPRINTS,
        ChangeRequest.PENDING,
        "worn",
        "RIGHT_THUMB",
        Instant.EPOCH,
        "UTO-LND",
        by,
        referencePost,
        1.9,
        false,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aSupervisorOfTheEnrollingPostDecides() {
    ChangeApprovers.requireMayDecide(
        actor("sup", Role.SUPERVISOR, AIR, "UTO-AIR"), request("officer", "UTO-AIR"));
  }

  @Test
  void aSupervisorOfAnotherPostIsRefused() {
    assertThatThrownBy(
            () ->
                ChangeApprovers.requireMayDecide(
                    actor("sup", Role.SUPERVISOR, LAND, "UTO-LND"), request("o", "UTO-AIR")))
        .isInstanceOf(AccessDeniedProblem.class)
        .hasFieldOrPropertyWithValue("code", "biometrics.change_request_other_post");
  }

  @Test
  void officersAreRefused() {
    assertThatThrownBy(
            () ->
                ChangeApprovers.requireMayDecide(
                    actor("off", Role.OFFICER, AIR, "UTO-AIR"), request("o", "UTO-AIR")))
        .isInstanceOf(AccessDeniedProblem.class);
  }

  @Test
  void headquartersDecideForEveryPostButNobodyDecidesTheirOwnRequest() {
    Actor admin = new Actor(UUID.randomUUID(), "admin", Set.of(Role.ADMIN), null, null, null);
    Actor hqSupervisor =
        new Actor(UUID.randomUUID(), "hq", Set.of(Role.SUPERVISOR), null, null, null);
    assertThat(ChangeApprovers.scope(admin)).isNull();
    assertThat(ChangeApprovers.scope(hqSupervisor)).isNull();
    ChangeApprovers.requireMayDecide(admin, request("o", "UTO-AIR"));
    ChangeApprovers.requireMayDecide(hqSupervisor, request("o", null));
    assertThatThrownBy(() -> ChangeApprovers.requireMayDecide(admin, request("admin", "UTO-AIR")))
        .hasFieldOrPropertyWithValue("code", "biometrics.own_change_request");
  }
}
