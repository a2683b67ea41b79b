package org.openbmis.app.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.CreateCrewListCommand;
import org.openbmis.app.movement.CrewList;
import org.openbmis.app.movement.CrewListService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Crew lists of flights and vessels at the officer's post (ADR 0016). */
@RestController
@RequestMapping("/api/v1/crew-lists")
@Tag(name = "Crew lists", description = "The declared crew of a flight or a vessel")
class CrewListApiController {

  private final CrewListService lists;

  CrewListApiController(CrewListService lists) {
    this.lists = lists;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record a crew list at the officer's post",
      description =
          "`carrier` (flight number or vessel name), `kind` FLIGHT or VESSEL, `direction` ENTRY"
              + " (arriving crew) or EXIT, `serviceDate`, `members` (1-200: `documentNumber`,"
              + " `issuingState`, `name`, optional `function`). A traveller whose document is on"
              + " a list of the post for the day (or the day before) is inspected as crew.")
  CrewList create(@Valid @RequestBody CreateCrewListCommand command) {
    return lists.create(command);
  }

  @GetMapping
  @Operation(summary = "The post's crew lists of a day (default today, in the post's time zone)")
  List<CrewList> lists(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate date) {
    return lists.lists(date != null ? date : lists.today());
  }
}
