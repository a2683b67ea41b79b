package org.openbmis.app.biometrics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.ChangeRequest;
import org.openbmis.app.biometrics.ChangeRequestDetail;
import org.openbmis.app.biometrics.ChangeRequestService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes of enrolled fingerprints awaiting a supervisor of the enrolling post (or headquarters):
 * list, both references side by side, approve or reject. Officers get 403, as do supervisors of
 * another post ({@code biometrics.change_request_other_post}) and the submitter ({@code
 * biometrics.own_change_request}).
 */
@RestController
@Tag(name = "Biometrics", description = "Fingerprints and face photos")
class ChangeRequestApiController {

  /** An optional note for the decision (300 characters at most). */
  record Decision(@Nullable String note) {}

  private final ChangeRequestService changes;

  ChangeRequestApiController(ChangeRequestService changes) {
    this.changes = changes;
  }

  @GetMapping("/api/v1/biometrics/change-requests")
  @Operation(
      summary = "Changes of enrolled fingerprints, newest first (supervisors, headquarters)",
      description =
          "`status` PENDING (default), APPROVED or REJECTED. A post's supervisors see the requests"
              + " for travellers their post enrolled; administrators every request. A request whose"
              + " new prints match another traveller carries `otherTravellerId` and `otherScore`.")
  List<ChangeRequest> list(
      @RequestParam(defaultValue = "PENDING") String status,
      @RequestParam(defaultValue = "200") int limit) {
    return changes.requests(status, limit);
  }

  @GetMapping("/api/v1/biometrics/change-requests/{id}")
  @Operation(
      summary = "One change request with both references",
      description =
          "`current`: the approved prints; `proposed`: the new ones (finger position, source,"
              + " quality, who captured them where); the request holds the score of new vs old.")
  ChangeRequestDetail detail(@PathVariable UUID id) {
    return changes.detail(id);
  }

  @PostMapping("/api/v1/biometrics/change-requests/{id}/approval")
  @Operation(
      summary = "Approve: the new prints become current, the old ones stay as history",
      description = "Body optional: `{\"note\": \"...\"}`. 409 `biometrics.change_request_closed`.")
  ChangeRequest approve(
      @PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
    return changes.approve(id, body == null ? null : body.note());
  }

  @PostMapping("/api/v1/biometrics/change-requests/{id}/rejection")
  @Operation(
      summary = "Reject: the current prints stay, the proposed ones are kept as history",
      description = "Body optional: `{\"note\": \"...\"}`. 409 `biometrics.change_request_closed`.")
  ChangeRequest reject(
      @PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
    return changes.reject(id, body == null ? null : body.note());
  }
}
