package org.openbmis.app.movement.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.GroupDecisions;
import org.openbmis.app.movement.StartGroupCommand;
import org.openbmis.app.movement.TravelGroup;
import org.openbmis.app.movement.TravelGroupKind;
import org.openbmis.app.movement.TravelGroupService;
import org.openbmis.app.movement.VehicleType;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The group panel of the inspection screen (start a vehicle, a family or a tour; the members
 * scanned so far; close) and the page of a group (ADR 0016). The panel reloads itself after every
 * scan and decision on the screen.
 */
@Controller
class TravelGroupController {

  private static final String PANEL = "inspection/group :: panel";

  private final TravelGroupService groups;
  private final GroupDecisions decisions;

  TravelGroupController(TravelGroupService groups, GroupDecisions decisions) {
    this.groups = groups;
    this.decisions = decisions;
  }

  /** Admits the members scanned and not decided yet; those the rules stop are named. */
  @PostMapping("/inspection/group/{id}/admit")
  String admitUndecided(@PathVariable UUID id, Model model) {
    try {
      var outcomes = decisions.admitUndecided(id);
      model.addAttribute("admitted", outcomes.stream().filter(o -> o.movementId() != null).count());
      model.addAttribute("stopped", outcomes.stream().filter(o -> o.problem() != null).toList());
    } catch (BmisException e) {
      model.addAttribute("problemCode", e.code());
    }
    return show(groups.current().orElse(null), model);
  }

  @GetMapping("/inspection/group")
  String panel(Model model) {
    return show(groups.current().orElse(null), model);
  }

  @PostMapping("/inspection/group")
  String start(
      @RequestParam TravelGroupKind kind,
      @RequestParam(required = false) @Nullable String label,
      @RequestParam(required = false) @Nullable String plate,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable VehicleType type,
      Model model) {
    var vehicle =
        kind == TravelGroupKind.VEHICLE
            ? new StartGroupCommand.VehicleInput(plate, country, type)
            : null;
    try {
      return show(groups.start(new StartGroupCommand(kind, label, vehicle)), model);
    } catch (InvalidInputProblem e) {
      model.addAttribute("fieldErrors", e.fieldErrors());
      model.addAttribute("problemCode", e.code());
      model.addAttribute("kind", kind);
      model.addAttribute("plate", plate);
      model.addAttribute("country", country);
      model.addAttribute("label", label);
      return show(null, model);
    } catch (BmisException e) {
      model.addAttribute("problemCode", e.code());
      return show(groups.current().orElse(null), model);
    }
  }

  @PostMapping("/inspection/group/{id}/close")
  String close(@PathVariable UUID id, Model model) {
    try {
      model.addAttribute("closed", groups.close(id));
    } catch (BmisException e) {
      model.addAttribute("problemCode", e.code());
    }
    return show(groups.current().orElse(null), model);
  }

  @GetMapping("/groups/{id}")
  String page(@PathVariable UUID id, Model model) {
    model.addAttribute("group", groups.group(id));
    return "movements/group";
  }

  private static String show(@Nullable TravelGroup group, Model model) {
    model.addAttribute("group", group);
    model.addAttribute("kinds", TravelGroupKind.values());
    model.addAttribute("vehicleTypes", VehicleType.values());
    return PANEL;
  }
}
