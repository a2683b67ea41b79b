package org.openbmis.app.visa.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.visa.OverstayReport;
import org.openbmis.app.visa.OverstayService;
import org.openbmis.app.visa.Overstayer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overstayer list (JSON or CSV) and expected departures. */
@RestController
@Tag(name = "Overstays", description = "Overstayers and expected departures")
class OverstayApiController {

  private final OverstayService overstays;

  OverstayApiController(OverstayService overstays) {
    this.overstays = overstays;
  }

  @GetMapping("/api/v1/overstays")
  @Operation(
      summary = "Overstayers: entered, not exited, authorised stay ended",
      description =
          "Counts by nationality and length of overstay, and the list (not for analysts). format=csv"
              + " answers text/csv. Supervisors see their own post; administrators and analysts any post or all.")
  ResponseEntity<?> overstays(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(required = false) @Nullable UUID post,
      @RequestParam(required = false) @Nullable String nationality,
      @RequestParam(defaultValue = "1000") int limit,
      @RequestParam(required = false) @Nullable String format) {
    boolean csv = "csv".equalsIgnoreCase(format);
    OverstayReport report =
        overstays.report(asOf, post, nationality, csv ? OverstayService.MAX_ROWS : limit);
    if (!csv) {
      return ResponseEntity.ok(report);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"overstays-" + report.asOf() + ".csv\"")
        .body(overstays.csv(report));
  }

  @GetMapping("/api/v1/overstays/expected-departures")
  @Operation(summary = "Travellers whose authorised stay ends within the coming days (default 7)")
  List<Overstayer> expectedDepartures(
      @RequestParam(defaultValue = "7") int days,
      @RequestParam(required = false) @Nullable UUID post) {
    return overstays.expectedDepartures(days, post);
  }
}
