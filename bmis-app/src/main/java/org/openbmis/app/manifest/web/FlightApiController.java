package org.openbmis.app.manifest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.manifest.FlightBoardService;
import org.openbmis.app.manifest.FlightSummary;
import org.openbmis.app.manifest.ManifestStatisticsService;
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
  private final ManifestStatisticsService statistics;
  private final java.time.Clock clock;

  FlightApiController(
      FlightBoardService board, ManifestStatisticsService statistics, java.time.Clock clock) {
    this.board = board;
    this.statistics = statistics;
    this.clock = clock;
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

  @GetMapping("/statistics")
  @Operation(
      summary = "Manifests per carrier: received, late, data quality, no-shows, go-shows",
      description = "`from` and `to` YYYY-MM-DD (at most a year; default the last 30 days).")
  ManifestStatisticsService.Report statistics(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to) {
    LocalDate end = to != null ? to : LocalDate.now(clock);
    return statistics.report(from != null ? from : end.minusDays(30), end);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A flight and its passenger list with pre-arrival results (audited)")
  FlightBoardService.FlightDetail flight(@PathVariable UUID id) {
    return board.flight(id);
  }
}
