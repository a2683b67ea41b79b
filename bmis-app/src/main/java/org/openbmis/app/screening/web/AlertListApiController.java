package org.openbmis.app.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.AlertChangeView;
import org.openbmis.app.screening.AlertListService;
import org.openbmis.app.screening.AlertListView;
import org.openbmis.app.screening.CreateListCommand;
import org.openbmis.app.screening.DocumentAlertCommand;
import org.openbmis.app.screening.ImportFormat;
import org.openbmis.app.screening.ImportResult;
import org.openbmis.app.screening.ListVersionView;
import org.openbmis.app.screening.NationalAlertCommand;
import org.openbmis.app.screening.NationalAlertService;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Alert lists: create, import published lists, tune the threshold, propose national alerts. */
@RestController
@RequestMapping("/api/v1/alert-lists")
@Tag(name = "Alert lists", description = "Lists, imports, thresholds and national alerts")
class AlertListApiController {

  /** A new threshold. */
  record ThresholdBody(@Nullable Double threshold) {}

  private final AlertListService lists;
  private final NationalAlertService national;

  AlertListApiController(AlertListService lists, NationalAlertService national) {
    this.lists = lists;
    this.national = national;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a list: code, name, kind PERSON|DOCUMENT, defaultAction, threshold")
  AlertListView create(@RequestBody CreateListCommand command) {
    return lists.create(command);
  }

  @GetMapping
  List<AlertListView> lists() {
    return lists.lists();
  }

  @GetMapping("/{code}/versions")
  @Operation(summary = "The versions of a list with their import reports, newest first")
  List<ListVersionView> versions(@PathVariable String code) {
    return lists.versions(code);
  }

  @PostMapping(
      path = "/{code}/imports",
      consumes = {"!application/x-www-form-urlencoded", "!multipart/form-data"})
  @Operation(
      summary = "Import a published list; the file is the body (streamed)",
      description =
          "format=un-xml (UN consolidated XML), ofac-csv (a ZIP holding sdn.csv and optionally"
              + " alt.csv and sdn_comments.csv, or sdn.csv alone), eu-xml (EU financial sanctions"
              + " file), ftm-json (FollowTheMoney JSON lines), csv (person list: the national CSV"
              + " template; document list: id,number,issuing_state,document_type,reason,"
              + "reported_on,source). Send it as application/octet-stream (or text/csv,"
              + " application/xml, application/zip). Re-importing the same file changes nothing"
              + " and keeps the version; records missing from a new file are soft-deleted.")
  ImportResult importList(
      @PathVariable String code, @RequestParam String format, HttpServletRequest request) {
    ImportFormat f = ImportFormat.of(format);
    try {
      return lists.importList(code, f, request.getInputStream());
    } catch (IOException e) {
      throw new InvalidInputProblem("screening.import_unreadable", "The body could not be read.");
    }
  }

  @PutMapping("/{code}/threshold")
  @Operation(summary = "Change a list's threshold (0..1), audited")
  AlertListView threshold(@PathVariable String code, @RequestBody ThresholdBody body) {
    if (body.threshold() == null) {
      throw new InvalidInputProblem("screening.threshold_invalid", "Give a threshold.");
    }
    return lists.changeThreshold(code, body.threshold());
  }

  @PostMapping("/{code}/alerts")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary =
          "Propose a national alert or a new version of one (supervisor; approval by"
              + " a second person)")
  AlertChangeView propose(
      @PathVariable String code,
      @RequestBody NationalAlertCommand command,
      @RequestParam(required = false) @Nullable String reason) {
    return national.propose(code, command, reason);
  }

  @PostMapping("/{code}/documents")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary =
          "Propose one lost, stolen, revoked or invalid document on a document list, or a new"
              + " version of one (supervisor; approval by a second person)",
      description =
          "Body: {sourceId (empty for a new alert), number, issuingState (alpha-3), documentType,"
              + " reason LOST|STOLEN|REVOKED|INVALID, reportedOn (YYYY-MM-DD), source}. Approve"
              + " with POST /api/v1/alert-changes/{id}/decision.")
  AlertChangeView proposeDocument(
      @PathVariable String code,
      @RequestBody DocumentAlertCommand command,
      @RequestParam(required = false) @Nullable String reason) {
    return national.proposeDocument(code, command, reason);
  }

  @DeleteMapping({"/{code}/alerts/{sourceId}", "/{code}/documents/{sourceId}"})
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Propose the removal of a national person or document alert, with a reason")
  AlertChangeView remove(
      @PathVariable String code,
      @PathVariable String sourceId,
      @RequestParam(required = false) @Nullable String reason) {
    return national.proposeRemoval(code, sourceId, reason);
  }
}
