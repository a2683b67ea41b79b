package org.openbmis.app.manifest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.manifest.FlightBoardService;
import org.openbmis.app.manifest.FlightSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The flight board: flights announced by manifests, per post and day. */
@RestController
@RequestMapping("/api/v1/flights")
@Tag(name = "Flights", description = "Flights announced by advance passenger information")
class FlightApiController {

  private final FlightBoardService board;

  FlightApiController(FlightBoardService board) {
    this.board = board;
  }

  @GetMapping
  @Operation(
      summary = "The flights of a post and day with expected, inspected, noShows, goShows, hits",
      description = "`date` YYYY-MM-DD (default today in the post's zone), `post` (default yours).")
  List<FlightSummary> flights(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate date,
      @RequestParam(required = false) @Nullable UUID post) {
    return board.flights(date, post);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A flight and its passenger list with pre-arrival results (audited)")
  FlightBoardService.FlightDetail flight(@PathVariable UUID id) {
    return board.flight(id);
  }
}
