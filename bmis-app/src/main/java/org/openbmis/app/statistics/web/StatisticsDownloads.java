package org.openbmis.app.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.SmallCounts;
import org.openbmis.app.statistics.StatisticsQuery;
import org.openbmis.app.statistics.StatisticsService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The files behind every table (CSV, XLSX), the monthly PDF report and the flow table for
 * statistics offices; served by the API and by the dashboard. Small counts are suppressed.
 */
@Component
class StatisticsDownloads {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final StatisticsService statistics;
  private final StatisticsParams params;
  private final MonthlyReport report;
  private final UnFlowsExport unFlows;
  private final ExportHeader header;
  private final Clock clock;

  StatisticsDownloads(
      StatisticsService statistics,
      StatisticsParams params,
      MonthlyReport report,
      UnFlowsExport unFlows,
      ExportHeader header,
      Clock clock) {
    this.header = header;
    this.statistics = statistics;
    this.params = params;
    this.report = report;
    this.unFlows = unFlows;
    this.clock = clock;
  }

  ResponseEntity<byte[]> download(
      String table, String format, MultiValueMap<String, String> query) {
    String key = table + "." + format;
    statistics.requireComplete();
    SmallCounts threshold = statistics.smallCounts();
    switch (key) {
      case "movements.csv":
      case "movements.xlsx":
      case "processing-times.csv":
      case "processing-times.xlsx":
      case "overstayers.csv":
      case "overstayers.xlsx":
        StatisticsQuery q = params.read(query);
        var rows =
            switch (table) {
              case "movements" -> statistics.movements(q);
              case "overstayers" -> statistics.overstayers(q, params.asOf(query));
              default -> statistics.processingTimes(q);
            };
        Table t = Table.of(table, rows, threshold);
        boolean stock = table.equals("overstayers");
        var about =
            header.lines(
                table,
                q.from(),
                q.to(),
                stock ? asOf(query) : null,
                q.filters(),
                q.groupBy().stream().map(d -> d.param()).toList(),
                statistics.suppressionThreshold());
        String name =
            "openbmis-"
                + table
                + "-"
                + (table.equals("overstayers") ? "on-" + asOfLabel(query) : q.from() + "-" + q.to())
                + "."
                + format;
        return format.equals("csv")
            ? file(FileWriters.csv(t, about), csv(), name)
            : file(FileWriters.xlsx(t, about), XLSX, name);
      case "alert-hits.csv":
      case "alert-hits.xlsx":
        StatisticsParams.HitsQuery h = params.readHits(query);
        Table hits =
            Table.of(table, statistics.alertHits(h.from(), h.to(), h.groupBy()), threshold);
        String hitsName = "openbmis-alert-hits-" + h.from() + "-" + h.to() + "." + format;
        var hitsAbout =
            header.lines(
                table,
                h.from(),
                h.to(),
                null,
                java.util.Map.of(),
                h.groupBy(),
                statistics.suppressionThreshold());
        return format.equals("csv")
            ? file(FileWriters.csv(hits, hitsAbout), csv(), hitsName)
            : file(FileWriters.xlsx(hits, hitsAbout), XLSX, hitsName);
      case "report.pdf":
        YearMonth month = month(query.getFirst("month"));
        return file(
            report.render(month, org.springframework.context.i18n.LocaleContextHolder.getLocale()),
            MediaType.APPLICATION_PDF,
            "openbmis-report-" + month + ".pdf");
      case "un-flows.csv":
      case "un-flows.json":
        StatisticsQuery uq = params.read(query);
        byte[] body =
            format.equals("csv")
                ? unFlows.csv(uq)
                : unFlows.json(uq).getBytes(StandardCharsets.UTF_8);
        MediaType type = format.equals("csv") ? csv() : MediaType.APPLICATION_JSON;
        return file(body, type, "openbmis-un-flows-" + uq.from() + "-" + uq.to() + "." + format);
      default:
        throw new NotFoundProblem("statistics.export_unknown", "No such export: " + key);
    }
  }

  private YearMonth month(String value) {
    if (value == null || value.isBlank()) {
      return YearMonth.now(clock).minusMonths(1);
    }
    try {
      YearMonth m = YearMonth.parse(value.trim());
      StatisticsParams.requireYear(m.getYear(), "month");
      return m;
    } catch (DateTimeParseException e) {
      throw new InvalidInputProblem(
          "statistics.date_invalid",
          "Months are written YYYY-MM.",
          List.of(new InvalidInputProblem.FieldError("month", "statistics.date_invalid", value)));
    }
  }

  private String asOfLabel(MultiValueMap<String, String> query) {
    return asOf(query).toString();
  }

  private java.time.LocalDate asOf(MultiValueMap<String, String> query) {
    java.time.LocalDate asOf = params.asOf(query);
    return asOf == null ? java.time.LocalDate.now(clock) : asOf;
  }

  private static MediaType csv() {
    return new MediaType("text", "csv", StandardCharsets.UTF_8);
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
