package org.openbmis.bench.statistics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Times the dashboard's queries against a running application over HTTP (the analyst {@code
 * bench.analyst} made by {@link MovementGenerator}), as {@code dashboard.js} issues them: every
 * panel plus the period comparison for the default view (the last 12 months by month), the same
 * filtered by a nationality, drilled down to last month by day and to one day, five years by year,
 * and a year by week for women at airports; then two export-sized queries. Each query runs twice
 * unmeasured, then {@code rounds} times one after the other. Prints p50, p95 and max per query in
 * milliseconds.
 *
 * <p>Usage: {@code DashboardQueries baseUrl [rounds]}
 */
public final class DashboardQueries {

  /**
   * The panels of the dashboard: endpoint and groupBy (TIME is the granularity) and fixed filters.
   */
  private static final List<String> PANELS =
      List.of(
          "movements?groupBy=TIME,direction&decision=ADMITTED",
          "movements?groupBy=post",
          "movements?groupBy=postType",
          "movements?groupBy=nationality",
          "movements?groupBy=region",
          "movements?groupBy=residence,direction",
          "movements?groupBy=sex",
          "movements?groupBy=ageGroup",
          "movements?groupBy=purpose",
          "movements?groupBy=transportMode",
          "movements?groupBy=carrier",
          "movements?groupBy=refusalReason&decision=REFUSED",
          "alert-hits?groupBy=list,resolution",
          "movements?groupBy=stayLength",
          "overstayers?groupBy=overstayLength",
          "overstayers?groupBy=nationality",
          "processing-times?groupBy=desk",
          "processing-times?groupBy=post",
          "processing-times?groupBy=hour");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    LocalDate today = LocalDate.now();
    LocalDate monthStart = today.withDayOfMonth(1);
    LocalDate lastMonth = monthStart.minusMonths(1);
    List<String> queries = new ArrayList<>();
    // what dashboard.js asks for: every panel of a view, plus the period comparison (this month
    // against the same month a year before)
    view(queries, monthStart.minusMonths(11), today, "month", "");
    view(queries, monthStart.minusMonths(11), today, "month", "&nationality=KEN");
    view(queries, lastMonth, monthStart.minusDays(1), "day", "&nationality=KEN");
    view(queries, lastMonth.plusDays(9), lastMonth.plusDays(9), "day", "&nationality=KEN");
    view(queries, today.minusYears(5).withDayOfYear(1), today, "year", "");
    view(queries, monthStart.minusMonths(11), today, "week", "&postType=AIR&sex=F");
    int dashboard = queries.size();
    // exports, not the dashboard: the statistics offices' flow table
    queries.add(
        "movements?from="
            + lastMonth
            + "&to="
            + monthStart.minusDays(1)
            + "&groupBy=nationality,sex,ageGroup,purpose,direction&decision=ADMITTED");
    queries.add(
        "movements?from="
            + today.minusYears(5).withDayOfYear(1)
            + "&to="
            + today
            + "&groupBy=year,nationality,sex,ageGroup,purpose,direction&decision=ADMITTED");
    run(base, queries, dashboard, rounds);
  }

  private static void view(
      List<String> queries, LocalDate from, LocalDate to, String granularity, String filters) {
    String period = "from=" + from + "&to=" + to;
    for (String panel : PANELS) {
      List<String> only = only(panel);
      StringBuilder f = new StringBuilder();
      for (String kv : filters.split("&")) {
        if (!kv.isEmpty() && (only == null || only.contains(kv.substring(0, kv.indexOf('='))))) {
          f.append('&').append(kv);
        }
      }
      queries.add(panel.replace("TIME", granularity) + "&" + period + f);
    }
    LocalDate now = to.withDayOfMonth(1);
    for (LocalDate m : List.of(now, now.minusYears(1))) {
      queries.add(
          "movements?groupBy=direction&decision=ADMITTED&from="
              + m
              + "&to="
              + m.withDayOfMonth(m.lengthOfMonth())
              + filters);
    }
  }

  /**
   * As dashboard.js: the filters a panel can take when its table holds fewer dimensions (null:
   * all).
   */
  private static List<String> only(String panel) {
    if (panel.startsWith("processing-times")) {
      return List.of("post", "postType");
    }
    if (panel.startsWith("alert-hits")) {
      return List.of();
    }
    if (panel.startsWith("overstayers")) {
      return List.of("post", "postType", "nationality", "region");
    }
    if (panel.contains("stayLength")) {
      return List.of("post", "postType", "nationality", "region", "residence");
    }
    return panel.contains("carrier")
        ? List.of("post", "postType", "direction", "transportMode")
        : null;
  }

  private static void run(String base, List<String> queries, int dashboard, int rounds)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    "bench.analyst:bench-password-123".getBytes(StandardCharsets.UTF_8));
    System.out.printf("%-100s %8s %8s %8s %6s%n", "query", "p50 ms", "p95 ms", "max ms", "rows");
    double worst = 0;
    List<Long> all = new ArrayList<>();
    for (int n = 0; n < queries.size(); n++) {
      String q = queries.get(n);
      if (n == dashboard) {
        System.out.printf(
            "dashboard: worst p95 %.0f ms over %d queries x %d rounds; p95 of all %d timings %d ms%n",
            worst, dashboard, rounds, all.size(), percentile(all, 0.95));
        System.out.println("exports (not dashboard queries):");
      }
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/statistics/" + q))
              .header("Authorization", auth)
              .header("Accept", "application/json")
              .GET()
              .build();
      long[] ms = new long[rounds];
      String body = "";
      for (int i = -2; i < rounds; i++) {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new IllegalStateException(r.statusCode() + " " + q + " " + r.body());
        }
        body = r.body();
        if (i >= 0) {
          ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
      }
      Arrays.stream(ms).forEach(all::add);
      Arrays.sort(ms);
      long p95 = ms[(int) Math.ceil(0.95 * rounds) - 1];
      if (n < dashboard) {
        worst = Math.max(worst, p95);
      }
      int rows = body.isEmpty() ? 0 : body.split("\"count\"").length - 1;
      System.out.printf(
          "%-100s %8d %8d %8d %6d%n",
          q.length() > 100 ? q.substring(0, 100) : q, ms[rounds / 2], p95, ms[rounds - 1], rows);
    }
  }

  private static long percentile(List<Long> values, double p) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p * sorted.size()) - 1);
  }
}
