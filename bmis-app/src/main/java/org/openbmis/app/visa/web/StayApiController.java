package org.openbmis.app.visa.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.visa.Stay;
import org.openbmis.app.visa.StayCalculation;
import org.openbmis.app.visa.StayCalculator;
import org.openbmis.app.visa.StayStatus;
import org.openbmis.app.visa.VisaDeskService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The rolling-period stay calculator and a traveller's stay status. */
@RestController
@Tag(name = "Stays", description = "Length of stay: calculator and stay status")
class StayApiController {

  /** The calculator's input. */
  record CalculateRequest(
      @Nullable Integer maxDays,
      @Nullable Integer periodDays,
      @Nullable List<Stay> stays,
      @Nullable LocalDate onDate) {}

  private final VisaDeskService desk;

  StayApiController(VisaDeskService desk) {
    this.desk = desk;
  }

  @PostMapping("/api/v1/stay/calculate")
  @Operation(
      summary = "Rolling-period calculator (e.g. 90 days in any 180)",
      description =
          "Days used in the period ending on onDate, days remaining, and the latest exit of a continuous"
              + " stay entered on onDate (null when entering is already too much). Entry and exit days count; an open"
              + " stay (no exit) counts up to onDate. Invalid input answers 422 with a stay.* code.")
  StayCalculation calculate(@RequestBody CalculateRequest r) {
    return StayCalculator.calculate(
        r.maxDays() == null ? 0 : r.maxDays(),
        r.periodDays() == null ? 0 : r.periodDays(),
        r.stays() == null ? List.of() : r.stays(),
        r.onDate());
  }

  @GetMapping("/api/v1/travellers/{id}/stay")
  @Operation(
      summary =
          "A traveller's stay today: open stay, authorised until, overstay, days used and remaining")
  StayStatus status(@PathVariable UUID id) {
    return desk.stayStatus(id);
  }
}
