package org.openbmis.app.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.DeskDecisionStatistics;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Overrides and secondary inspection in counts, for analysts and supervisors. */
@RestController
@Tag(name = "Statistics")
class DeskDecisionStatisticsApiController {

  private final DeskDecisionStatistics statistics;
  private final org.openbmis.app.movement.ChipStatistics chips;
  private final Clock clock;

  DeskDecisionStatisticsApiController(
      DeskDecisionStatistics statistics,
      org.openbmis.app.movement.ChipStatistics chips,
      Clock clock) {
    this.statistics = statistics;
    this.chips = chips;
    this.clock = clock;
  }

  @GetMapping("/api/v1/statistics/chips")
  @Operation(
      summary = "ePassport chips read at the desk",
      description =
          "From `from` to `to` (ISO dates in UTC, both included; default the last 30 days):"
              + " inspections with chip files by the document signer's country and outcome (VALID,"
              + " INVALID, UNKNOWN_SIGNER), with DG1 mismatches. Supervisors see their own post.")
  org.openbmis.app.movement.ChipStatistics.Summary chips(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to) {
    LocalDate end = to == null ? LocalDate.now(clock) : to;
    return chips.summary(from == null ? end.minusDays(29) : from, end);
  }

  @GetMapping("/api/v1/statistics/desk-decisions")
  @Operation(
      summary = "Overrides and secondary inspection",
      description =
          "From `from` to `to` (ISO dates, both included; default the last 30 days): overrides by"
              + " post, desk, officer and condition; referrals, their rate among primary decisions,"
              + " outcomes and minutes in secondary. Supervisors see their own post.")
  DeskDecisionStatistics.Summary summary(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to) {
    LocalDate end = to == null ? LocalDate.now(clock) : to;
    return statistics.summary(from == null ? end.minusDays(29) : from, end);
  }
}
