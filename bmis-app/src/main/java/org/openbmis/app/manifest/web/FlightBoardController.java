package org.openbmis.app.manifest.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.manifest.FlightBoardService;
import org.openbmis.app.manifest.ManifestStatisticsService;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The flight board of the post, a flight's passenger list, and the statistics per carrier. */
@Controller
class FlightBoardController {

  private final FlightBoardService board;
  private final ManifestStatisticsService statistics;
  private final Clock clock;

  FlightBoardController(
      FlightBoardService board, ManifestStatisticsService statistics, Clock clock) {
    this.board = board;
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/flights")
  String board(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate date,
      @RequestParam(required = false) @Nullable UUID post,
      Model model) {
    var flights = board.flights(date, post);
    model.addAttribute("flights", flights);
    model.addAttribute("date", date);
    model.addAttribute("post", post);
    model.addAttribute(
        "details",
        CurrentActor.find().map(a -> a.has(Role.SUPERVISOR) || a.has(Role.ADMIN)).orElse(false));
    model.addAttribute(
        "statistics",
        CurrentActor.find()
            .map(a -> a.has(Role.SUPERVISOR) || a.has(Role.ADMIN) || a.has(Role.ANALYST))
            .orElse(false));
    return "manifest/board";
  }

  @GetMapping("/flights/{id}")
  String flight(@PathVariable UUID id, Model model) {
    model.addAttribute("detail", board.flight(id));
    return "manifest/flight";
  }

  @GetMapping("/flights/statistics")
  String statistics(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      Model model) {
    LocalDate end = to != null ? to : LocalDate.now(clock);
    LocalDate start = from != null ? from : end.minusDays(30);
    model.addAttribute("report", statistics.report(start, end));
    return "manifest/statistics";
  }
}
