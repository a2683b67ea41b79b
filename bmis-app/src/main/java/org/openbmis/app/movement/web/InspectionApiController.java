package org.openbmis.app.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.openbmis.app.movement.DecisionCommand;
import org.openbmis.app.movement.DecisionResult;
import org.openbmis.app.movement.InspectionView;
import org.openbmis.app.movement.MovementService;
import org.openbmis.app.movement.StartInspectionCommand;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Primary inspection for desks, kiosks and e-gates. Post and desk come from the account. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "Primary inspection and the recorded movement")
class InspectionApiController {

  private final MovementService movements;

  InspectionApiController(MovementService movements) {
    this.movements = movements;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Start an inspection",
      description =
          "Reads the MRZ (or the keyed-in document), finds or registers the traveller, and answers"
              + " the parsed document, warnings, history and the proposed direction.")
  InspectionView start(@Valid @RequestBody StartInspectionCommand command) {
    return movements.startInspection(command);
  }

  @PostMapping("/{id}/decision")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record the decision",
      description =
          "Records the movement. A refusal needs a reason; a second decision answers 409.")
  DecisionResult decide(@PathVariable UUID id, @Valid @RequestBody DecisionCommand command) {
    return movements.decide(id, command);
  }
}
