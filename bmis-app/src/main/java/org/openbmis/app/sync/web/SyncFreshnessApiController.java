package org.openbmis.app.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.sync.DeskFreshness;
import org.openbmis.app.sync.NodeRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A post's desks and the age of their reference data (ADR 0023). */
@RestController
@Tag(name = "Sync")
class SyncFreshnessApiController {

  /** The supervisor's reason. */
  record AcknowledgementRequest(@Nullable String reason) {}

  private final NodeRole role;
  private final DeskFreshness freshness;

  SyncFreshnessApiController(NodeRole role, DeskFreshness freshness) {
    this.role = role;
    this.freshness = freshness;
  }

  @GetMapping("/api/v1/sync/freshness")
  @Operation(
      summary =
          "At a post: the age of its reference data, the warn and block limits, the"
              + " acknowledgement in force and whether desks record decisions now")
  DeskFreshness.State state() {
    postOnly();
    return freshness.state();
  }

  @PostMapping("/api/v1/sync/acknowledgement")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "A supervisor lets the desks record decisions although the reference data is older"
              + " than bmis.sync.block-after (reason required; audited). 409"
              + " sync.acknowledgement_not_needed when the desks are not blocked")
  DeskFreshness.AckView acknowledge(
      @RequestBody(required = false) @Nullable AcknowledgementRequest body) {
    postOnly();
    return freshness.acknowledge(body == null ? null : body.reason());
  }

  private void postOnly() {
    if (role != NodeRole.POST) {
      throw new NotFoundProblem("sync.not_networked", "Only a post node has desks to acknowledge.");
    }
  }
}
