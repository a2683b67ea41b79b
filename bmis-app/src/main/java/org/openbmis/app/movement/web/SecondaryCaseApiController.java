package org.openbmis.app.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.SecondaryCaseService;
import org.openbmis.app.movement.SecondaryCaseView;
import org.openbmis.app.movement.SecondaryOutcomeCommand;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Secondary inspection: the post's referred travellers, worked and closed with an outcome. */
@RestController
@RequestMapping("/api/v1/secondary-cases")
@Tag(name = "Secondary inspection", description = "Referrals from primary, worked to an outcome")
class SecondaryCaseApiController {

  /** A note on a case. */
  record NoteRequest(@Nullable String text) {}

  private final SecondaryCaseService cases;

  SecondaryCaseApiController(SecondaryCaseService cases) {
    this.cases = cases;
  }

  @GetMapping
  @Operation(
      summary = "The post's secondary cases",
      description = "`status` OPEN (default: the queue, oldest referral first) or CLOSED.")
  List<SecondaryCaseView> list(@RequestParam(required = false) @Nullable String status) {
    return cases.cases(status);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One case with its notes")
  SecondaryCaseView get(@PathVariable UUID id) {
    return cases.get(id);
  }

  @PostMapping("/{id}/take")
  @Operation(summary = "Take a case from the queue (the user now works it)")
  SecondaryCaseView take(@PathVariable UUID id) {
    return cases.take(id);
  }

  @PostMapping("/{id}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a note to an open case")
  SecondaryCaseView note(@PathVariable UUID id, @RequestBody NoteRequest body) {
    return cases.addNote(id, body.text());
  }

  @PostMapping("/{id}/outcome")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Close the case with its outcome",
      description =
          "`decision` ADMITTED or REFUSED records the crossing's one movement (`movementId`);"
              + " OTHER_AUTHORITY and WITHDRAWN record none. A refusal needs `refusalReason`"
              + " (Annex V, J with `remarks`); `authorisedUntil` shortens an admitted entry's stay;"
              + " `examination` is the document examination ("
              + "GENUINE, ALTERED, COUNTERFEIT, FRAUDULENTLY_OBTAINED, IMPOSTOR). 422"
              + " `secondary.hits_open` admits no one with an unresolved blocking hit; a second"
              + " outcome answers 409 `secondary.closed`.")
  SecondaryCaseView outcome(
      @PathVariable UUID id, @Valid @RequestBody SecondaryOutcomeCommand command) {
    return cases.close(id, command);
  }
}
