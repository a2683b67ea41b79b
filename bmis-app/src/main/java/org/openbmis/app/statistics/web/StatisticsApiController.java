package org.openbmis.app.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.openbmis.app.statistics.CrewStatistics;
import org.openbmis.app.statistics.StatRow;
import org.openbmis.app.statistics.StatisticsService;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Migration statistics for analysts and administrators: aggregates only. */
@RestController
@Tag(name = "Statistics", description = "Flows and processing times from the aggregates")
class StatisticsApiController {

  private final StatisticsService statistics;
  private final StatisticsParams params;
  private final StatisticsDownloads downloads;
  private final CrewStatistics crew;

  StatisticsApiController(
      StatisticsService statistics,
      StatisticsParams params,
      StatisticsDownloads downloads,
      CrewStatistics crew) {
    this.crew = crew;
    this.statistics = statistics;
    this.params = params;
    this.downloads = downloads;
  }

  @GetMapping("/api/v1/statistics/movements")
  @Operation(
      summary = "Movements counted by any dimensions",
      description =
          "from, to (YYYY-MM-DD, both included; default the last 30 days), groupBy (comma-separated: day,"
              + " week, month, year, post, postType, direction, decision, nationality, region, subregion, residence, sex,"
              + " ageGroup, purpose, transportMode, refusalReason, carrier, stayLength) and one parameter per filter"
              + " (nationality=KEN,NGA). Rows of {dimensions..., count}.")
  List<Map<String, Object>> movements(@RequestParam MultiValueMap<String, String> query) {
    return maps(statistics.movements(params.read(query)));
  }

  @GetMapping("/api/v1/statistics/crew")
  @Operation(
      summary = "Crew and passengers counted apart",
      description =
          "Admitted crossings from, to (YYYY-MM-DD, both included; default the last 30 days; at"
              + " most 366 days) by direction and travellerType (CREW, PASSENGER), and by post"
              + " unless byPost=false. A traveller crosses as crew on a crew document (AC, a"
              + " seafarer's identity document), at a crew lane or on the post's crew list. Small"
              + " counts are suppressed as in every table.")
  List<Map<String, Object>> crew(@RequestParam MultiValueMap<String, String> query) {
    var p = params.readPeriod(query);
    return maps(crew.split(p.from(), p.to(), !"false".equals(query.getFirst("byPost"))));
  }

  @GetMapping("/api/v1/statistics/processing-times")
  @Operation(
      summary = "Inspections and processing times (median, 90th percentile, mean, in seconds)",
      description =
          "groupBy any of day, week, month, year, post, postType, desk, hour; filters post, postType, desk,"
              + " hour.")
  List<Map<String, Object>> processingTimes(@RequestParam MultiValueMap<String, String> query) {
    return maps(statistics.processingTimes(params.read(query)));
  }

  @GetMapping("/api/v1/statistics/alert-hits")
  @Operation(
      summary = "Alert hits by list and resolution",
      description =
          "from, to (YYYY-MM-DD, days in UTC, both included; default the last 30 days), groupBy (list,"
              + " resolution; both when absent). Rows of {list, resolution (OPEN, CONFIRMED,"
              + " FALSE_POSITIVE), count}.")
  List<Map<String, Object>> alertHits(@RequestParam MultiValueMap<String, String> query) {
    var q = params.readHits(query);
    return maps(statistics.alertHits(q.from(), q.to(), q.groupBy()));
  }

  @GetMapping("/api/v1/statistics/overstayers")
  @Operation(
      summary = "Overstayers on a day, by post of entry, nationality and length of overstay",
      description =
          "asOf (YYYY-MM-DD: the day counted; default today, and never later than today), groupBy"
              + " any of post, postType, nationality, region, subregion, overstayLength (1-7, 8-30,"
              + " 31-90, 91-365, 366+ days), and filters on the same. Travellers whose authorised"
              + " stay ended before the day and who have not moved since (for a past day, those who"
              + " left after it are not counted). Rows of {dimensions..., count}.")
  List<Map<String, Object>> overstayers(@RequestParam MultiValueMap<String, String> query) {
    return maps(statistics.overstayers(params.read(query), params.asOf(query)));
  }

  @GetMapping("/api/v1/statistics/{table}.{format}")
  @Operation(
      summary =
          "A table as a file (movements, processing-times, alert-hits, overstayers; csv, xlsx; small counts suppressed); report.pdf?month=YYYY-MM is the monthly report;"
              + " un-flows.csv and un-flows.json the flow table for statistics offices")
  ResponseEntity<byte[]> download(
      @PathVariable String table,
      @PathVariable String format,
      @RequestParam MultiValueMap<String, String> query) {
    return downloads.download(table, format, query);
  }

  @GetMapping("/api/v1/statistics/status")
  @Operation(
      summary =
          "Whether the aggregates are whole: false while a rebuild runs and after one stopped"
              + " half-way (the next start of the application counts again)")
  StatisticsService.Status status() {
    return statistics.status();
  }

  @PostMapping("/api/v1/statistics/rebuild")
  @Operation(summary = "Recount the aggregates from the raw movements (administrators)")
  StatisticsService.RebuildResult rebuild() {
    return statistics.rebuild();
  }

  /** The rows as they leave the system: small counts suppressed. */
  private List<Map<String, Object>> maps(List<StatRow> rows) {
    return rows.stream().map(r -> r.toMap(statistics.smallCounts())).toList();
  }
}
