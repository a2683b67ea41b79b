package org.openbmis.app.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.DailyLogQuery;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.MovementService;
import org.openbmis.app.movement.MovementSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Movement histories and the post's daily log. */
@RestController
@Tag(name = "Movements", description = "Recorded entries and exits")
class MovementApiController {

  private final MovementService movements;

  MovementApiController(MovementService movements) {
    this.movements = movements;
  }

  @GetMapping("/api/v1/travellers/{id}/movements")
  @Operation(summary = "A traveller's movements, newest first (404 for an unknown traveller)")
  List<MovementSummary> history(
      @PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
    return movements.history(id, limit);
  }

  @GetMapping("/api/v1/movements")
  @Operation(
      summary = "The post's daily log",
      description =
          "Movements on a day in the post's time zone (default today). Officers and"
              + " supervisors see their own post; administrators may name one with `post`.")
  List<MovementSummary> log(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate date,
      @RequestParam(required = false) @Nullable UUID post,
      @RequestParam(required = false) @Nullable Direction direction,
      @RequestParam(required = false) @Nullable Decision decision,
      @RequestParam(required = false) @Nullable UUID desk) {
    LocalDate day = date != null ? date : movements.today();
    return movements.dailyLog(new DailyLogQuery(day, post, direction, decision, desk));
  }
}
