package org.openbmis.app.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.movement.GroupDecisions;
import org.openbmis.app.movement.StartGroupCommand;
import org.openbmis.app.movement.TravelGroup;
import org.openbmis.app.movement.TravelGroupService;
import org.openbmis.app.shared.NotFoundProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Groups of travellers inspected together: vehicles, families, tours (ADR 0016). */
@RestController
@RequestMapping("/api/v1/groups")
@Tag(
    name = "Groups",
    description =
        "A vehicle (driver and passengers), a family or a tour inspected together at a desk. Each"
            + " member keeps their own inspection, decision and movement; the movements carry the"
            + " group's id (`groupId`).")
class TravelGroupApiController {

  private final TravelGroupService groups;
  private final GroupDecisions decisions;

  TravelGroupApiController(TravelGroupService groups, GroupDecisions decisions) {
    this.groups = groups;
    this.decisions = decisions;
  }

  @PostMapping("/{id}/admit-undecided")
  @Operation(
      summary = "Decide a group together: admit every member not decided yet",
      description =
          "Each member scanned and not decided is admitted through the same decision as"
              + " `POST /api/v1/inspections/{id}/decision` (one movement each, in its proposed"
              + " direction, with the purpose and transport the desk would propose). A member the"
              + " rules stop (for example `movement.referral_required` for an alert hit) stays"
              + " undecided and is answered with that `problem` code. 409 `movement.group_closed`.")
  List<GroupDecisions.Outcome> admitUndecided(@PathVariable UUID id) {
    return decisions.admitUndecided(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Start a group at the officer's desk",
      description =
          "`kind`: VEHICLE (with `vehicle`: `plate`, `country` of registration, `type` CAR,"
              + " MOTORCYCLE, MINIBUS, BUS, TRUCK or OTHER; land and sea posts only), FAMILY or"
              + " TOUR (optional `label`). Every inspection the officer starts afterwards"
              + " (`POST /api/v1/inspections`) joins the group until it is closed. 409"
              + " `movement.group_already_open` while another group of the officer is open; 422"
              + " `movement.vehicle_invalid`, `movement.vehicle_not_at_this_post`,"
              + " `movement.vehicle_not_expected`.")
  TravelGroup start(@Valid @RequestBody StartGroupCommand command) {
    return groups.start(command);
  }

  @GetMapping("/current")
  @Operation(
      summary = "The officer's open group with its members so far",
      description = "404 `movement.no_open_group` when the officer has none.")
  TravelGroup current() {
    return groups
        .current()
        .orElseThrow(() -> new NotFoundProblem("movement.no_open_group", "No open group."));
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A group and its members",
      description =
          "Members in scan order with their direction, decision and movement (null until"
              + " decided); a minor (under 18) lists the group's adults in `travellingWith`."
              + " Officers and supervisors see their post's groups (403 `movement.other_post`).")
  TravelGroup group(@PathVariable UUID id) {
    return groups.group(id);
  }

  @PostMapping("/{id}/close")
  @Operation(
      summary = "Close a group",
      description =
          "By its officer or a supervisor of the post (403 `movement.group_not_yours`); 409"
              + " `movement.group_closed` when closed already.")
  TravelGroup close(@PathVariable UUID id) {
    return groups.close(id);
  }
}
