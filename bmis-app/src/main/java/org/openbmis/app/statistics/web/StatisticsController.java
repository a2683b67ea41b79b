package org.openbmis.app.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.PostType;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.TransportMode;
import org.openbmis.app.statistics.CrewStatistics;
import org.openbmis.app.statistics.StatisticsService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst's dashboard ({@code /statistics}) and, for its scripts and links, the same data and
 * files as the API under the signed-in session ({@code /statistics/data}, {@code
 * /statistics/export}).
 */
@Controller
class StatisticsController {

  static final List<String> AGE_GROUPS =
      List.of(
          "00-04", "05-09", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
          "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+");
  static final List<String> REGIONS =
      List.of("Africa", "Americas", "Asia", "Europe", "Oceania", "Other");

  private final StatisticsService statistics;
  private final StatisticsParams params;
  private final StatisticsDownloads downloads;
  private final PostService posts;
  private final Clock clock;
  private final CrewStatistics crew;
  private final ChartLabels labels;
  private final JsonMapper json;

  StatisticsController(
      StatisticsService statistics,
      StatisticsParams params,
      StatisticsDownloads downloads,
      PostService posts,
      Clock clock,
      CrewStatistics crew,
      ChartLabels labels,
      JsonMapper json) {
    this.crew = crew;
    this.labels = labels;
    this.json = json;
    this.statistics = statistics;
    this.params = params;
    this.downloads = downloads;
    this.posts = posts;
    this.clock = clock;
  }

  @GetMapping("/statistics")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String dashboard(Model model, Locale locale) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Map<String, String>> words = labels.all(locale);
    model.addAttribute("labels", words);
    // read by the scripts as data, never run: "</" cannot close the script element
    model.addAttribute("labelsJson", json.writeValueAsString(words).replace("</", "<\\/"));
    model.addAttribute("from", today.withDayOfMonth(1).minusMonths(11));
    model.addAttribute("to", today);
    model.addAttribute("reportMonth", today.minusMonths(1).toString().substring(0, 7));
    model.addAttribute("country", statistics.country());
    model.addAttribute("threshold", statistics.suppressionThreshold());
    model.addAttribute("status", statistics.status());
    model.addAttribute(
        "crew",
        crew.split(today.minusDays(CrewStatistics.MAX_DAYS - 1), today, false).stream()
            .map(r -> r.toMap(statistics.smallCounts()))
            .toList());
    model.addAttribute(
        "options",
        Map.of(
            "post",
            posts.posts().stream().map(p -> p.code()).sorted().toList(),
            "postType",
            names(PostType.values()),
            "direction",
            names(Direction.values()),
            "decision",
            names(Decision.values()),
            "purpose",
            names(Purpose.values()),
            "transportMode",
            names(TransportMode.values()),
            "refusalReason",
            names(RefusalReason.values()),
            "sex",
            List.of("F", "M", "X"),
            "ageGroup",
            AGE_GROUPS,
            "region",
            REGIONS));
    return "statistics/dashboard";
  }

  @GetMapping("/statistics/data/movements")
  @ResponseBody
  List<Map<String, Object>> movements(@RequestParam MultiValueMap<String, String> query) {
    return statistics.movements(params.read(query)).stream()
        .map(r -> r.toMap(statistics.smallCounts()))
        .toList();
  }

  /** The periods of the comparison panel for the chosen last day (default today). */
  @GetMapping("/statistics/data/comparison")
  @ResponseBody
  ComparisonPeriods comparison(@RequestParam MultiValueMap<String, String> query) {
    return ComparisonPeriods.monthToDate(params.readPeriod(query).to());
  }

  @GetMapping("/statistics/data/processing-times")
  @ResponseBody
  List<Map<String, Object>> processingTimes(@RequestParam MultiValueMap<String, String> query) {
    return statistics.processingTimes(params.read(query)).stream()
        .map(r -> r.toMap(statistics.smallCounts()))
        .toList();
  }

  @GetMapping("/statistics/data/alert-hits")
  @ResponseBody
  List<Map<String, Object>> alertHits(@RequestParam MultiValueMap<String, String> query) {
    var q = params.readHits(query);
    return statistics.alertHits(q.from(), q.to(), q.groupBy()).stream()
        .map(r -> r.toMap(statistics.smallCounts()))
        .toList();
  }

  @GetMapping("/statistics/data/overstayers")
  @ResponseBody
  List<Map<String, Object>> overstayers(@RequestParam MultiValueMap<String, String> query) {
    return statistics.overstayers(params.read(query), params.asOf(query)).stream()
        .map(r -> r.toMap(statistics.smallCounts()))
        .toList();
  }

  @GetMapping("/statistics/export/{table}.{format}")
  ResponseEntity<byte[]> download(
      @PathVariable String table,
      @PathVariable String format,
      @RequestParam MultiValueMap<String, String> query) {
    return downloads.download(table, format, query);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
