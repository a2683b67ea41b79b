package org.openbmis.app.visa.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.openbmis.app.visa.OverstayReport;
import org.openbmis.app.visa.OverstayService;
import org.openbmis.app.visa.Overstayer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The overstayers page (supervisors, administrators; counts only for analysts) and its CSV. */
@Controller
class OverstayController {

  private final OverstayService overstays;

  OverstayController(OverstayService overstays) {
    this.overstays = overstays;
  }

  @GetMapping("/overstays")
  String page(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(required = false) @Nullable String nationality,
      Model model) {
    OverstayReport report = overstays.report(asOf, null, nationality, 500);
    boolean people = !report.aggregatedOnly();
    List<Overstayer> departures = people ? overstays.expectedDepartures(7, null) : List.of();
    model.addAttribute("report", report);
    model.addAttribute("nationality", nationality);
    model.addAttribute("departures", departures);
    model.addAttribute("isAdmin", CurrentActor.get().has(Role.ADMIN));
    return "visa/overstays";
  }

  @GetMapping("/overstays.csv")
  ResponseEntity<String> csv(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(required = false) @Nullable String nationality) {
    OverstayReport report = overstays.report(asOf, null, nationality, OverstayService.MAX_ROWS);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"overstays-" + report.asOf() + ".csv\"")
        .body(overstays.csv(report));
  }
}
