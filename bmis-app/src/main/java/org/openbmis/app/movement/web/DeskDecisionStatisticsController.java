package org.openbmis.app.movement.web;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.DeskDecisionStatistics;
import org.openbmis.app.shared.BmisException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics page of overrides and secondary inspection (linked from the dashboard). */
@Controller
class DeskDecisionStatisticsController {

  private final DeskDecisionStatistics statistics;
  private final Clock clock;

  DeskDecisionStatisticsController(DeskDecisionStatistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/statistics/desk-decisions")
  String page(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      Model model) {
    LocalDate end = to == null ? LocalDate.now(clock) : to;
    LocalDate start = from == null ? end.minusDays(29) : from;
    try {
      model.addAttribute("summary", statistics.summary(start, end));
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
      model.addAttribute("summary", statistics.summary(end.minusDays(29), end));
    }
    return "secondary/statistics";
  }
}
