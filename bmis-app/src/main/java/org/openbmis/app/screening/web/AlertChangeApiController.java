package org.openbmis.app.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.AlertChangeView;
import org.openbmis.app.screening.NationalAlertService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Maker-checker on national alerts: pending changes, approve or reject. */
@RestController
@RequestMapping("/api/v1/alert-changes")
@Tag(name = "Alert lists")
class AlertChangeApiController {

  /** A decision on a pending change. */
  record Decision(boolean approve, @Nullable String reason) {}

  private final NationalAlertService national;

  AlertChangeApiController(NationalAlertService national) {
    this.national = national;
  }

  @GetMapping
  List<AlertChangeView> changes(@RequestParam(required = false) @Nullable String status) {
    return national.changes(status);
  }

  @PostMapping("/{id}/decision")
  @Operation(summary = "Approve or reject a pending change (not by its maker)")
  AlertChangeView decide(@PathVariable UUID id, @RequestBody Decision decision) {
    return national.decide(id, decision.approve(), decision.reason());
  }
}
