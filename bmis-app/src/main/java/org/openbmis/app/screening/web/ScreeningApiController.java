package org.openbmis.app.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.BatchItem;
import org.openbmis.app.screening.CheckResult;
import org.openbmis.app.screening.HitOrigin;
import org.openbmis.app.screening.HitService;
import org.openbmis.app.screening.HitStatus;
import org.openbmis.app.screening.HitView;
import org.openbmis.app.screening.HitVolume;
import org.openbmis.app.screening.ScreeningRequest;
import org.openbmis.app.screening.ScreeningService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Screening checks (single and manifest), hits and their resolution, hit volumes. */
@RestController
@RequestMapping("/api/v1/screening")
@Tag(name = "Screening", description = "Checks against alert lists, hits and their resolution")
class ScreeningApiController {

  /** A resolution: CONFIRMED or FALSE_POSITIVE, with a reason. */
  record Resolution(@Nullable HitStatus status, @Nullable String reason) {}

  private final ScreeningService screening;
  private final HitService hits;

  ScreeningApiController(ScreeningService screening, HitService hits) {
    this.screening = screening;
    this.hits = hits;
  }

  @PostMapping("/check")
  @Operation(summary = "Check a name and/or a document against every list (422 if neither)")
  CheckResult check(@RequestBody ScreeningRequest request) {
    return screening.check(request);
  }

  @PostMapping("/batch")
  @Operation(summary = "Check a manifest: a JSON array of checks, one result per passenger")
  List<BatchItem> batch(@RequestBody List<ScreeningRequest> requests) {
    return screening.batch(requests);
  }

  /**
   * Hits, newest first, a page at a time (default: the newest 500); a response as long as {@code
   * size} may have older hits on the next page.
   */
  @GetMapping("/hits")
  List<HitView> hits(
      @RequestParam(required = false) @Nullable HitStatus status,
      @RequestParam(required = false) @Nullable HitOrigin origin,
      @RequestParam(required = false) @Nullable UUID travellerId,
      @Parameter(description = "Page number, from 0 (newest hits first)")
          @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Hits per page, 1 to 500")
          @RequestParam(defaultValue = "" + HitService.MAX_PAGE_SIZE)
          int size) {
    return hits.hits(status, origin, travellerId, page, size).hits();
  }

  @PostMapping("/hits/{id}/resolution")
  @Operation(summary = "Resolve an open hit as CONFIRMED or FALSE_POSITIVE with a reason")
  HitView resolve(@PathVariable UUID id, @RequestBody Resolution body) {
    return hits.resolve(id, body.status(), body.reason());
  }

  @GetMapping("/volumes")
  @Operation(summary = "Hits per list per day and week, with the share of false positives")
  List<HitVolume> volumes() {
    return hits.volumes();
  }
}
