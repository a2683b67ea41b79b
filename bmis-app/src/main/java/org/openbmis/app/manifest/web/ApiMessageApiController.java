package org.openbmis.app.manifest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.openbmis.app.manifest.ApiMessageService;
import org.openbmis.app.manifest.IntakeResult;
import org.openbmis.app.manifest.MessageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Advance passenger information from carriers: raw UN/EDIFACT PAXLST (issue 24, ADR 0019). */
@RestController
@RequestMapping("/api/v1/api-messages")
@Tag(
    name = "Advance passenger information",
    description = "Flight manifests (PAXLST) from carriers")
class ApiMessageApiController {

  static final String EDIFACT = "application/edifact";

  private final ApiMessageService service;

  ApiMessageApiController(ApiMessageService service) {
    this.service = service;
  }

  @PostMapping(consumes = {"text/plain", EDIFACT})
  @Operation(
      summary = "Submit a PAXLST message (D02B or D05B, passengers or crew)",
      description =
          "The body is the raw EDIFACT. 201 ACCEPTED with the flight, the post, the persons counted,"
              + " the pre-arrival hits (administrators only) and what was cleaned; 422 REJECTED"
              + " (problem code `manifest.rejected`) with the reasons and the `id` under which the"
              + " raw bytes are kept. Roles ADMIN and API_SUBMITTER.")
  @ApiResponse(
      responseCode = "201",
      description = "ACCEPTED",
      content = @Content(schema = @Schema(implementation = IntakeResult.class)))
  @ApiResponse(
      responseCode = "422",
      description =
          "REJECTED: a problem detail (code manifest.rejected) with status \"REJECTED\", the"
              + " reasons, what was cleaned and the id of the kept message",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<?> submit(@RequestBody byte[] body, HttpServletRequest request) {
    IntakeResult r = service.submit(body);
    if (!r.accepted()) {
      return rejected(r, request.getRequestURI());
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/api-messages/" + r.id())
        .body(r);
  }

  /**
   * The 422 answer: a problem detail ({@code manifest.rejected}) whose {@code status} is the
   * message's, {@code "REJECTED"}, as the API promises. A problem detail's numeric {@code status}
   * beside it would repeat the key in one object, which strict JSON readers refuse; the HTTP status
   * line says 422.
   */
  private static ResponseEntity<Map<String, Object>> rejected(IntakeResult r, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
    problem.put("detail", "The message cannot be read.");
    problem.put("instance", instance);
    problem.put("code", "manifest.rejected");
    problem.put("id", r.id());
    problem.put("status", r.status());
    problem.put("reasons", r.reasons());
    problem.put("cleaned", r.cleaned());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A received message: status, reasons, what was cleaned, the flight")
  MessageView message(@PathVariable UUID id) {
    return service.message(id);
  }

  @PostMapping("/{id}/reprocess")
  @Operation(summary = "Process a kept message again (administrators), e.g. after a fix")
  ResponseEntity<IntakeResult> reprocess(@PathVariable UUID id) {
    IntakeResult r = service.reprocess(id);
    return ResponseEntity.status(r.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(r);
  }
}
