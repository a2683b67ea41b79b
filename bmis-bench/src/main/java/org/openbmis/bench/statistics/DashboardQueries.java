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
 * bench.analyst} made by {@link MovementGenerator}): every panel of the default view (last 12
 * months by month), the same for five years, and drill-downs by day and by nationality. Prints p50,
 * p95 and max per query in milliseconds.
 *
 * <p>Usage: {@code DashboardQueries baseUrl [rounds]}
 */
public final class DashboardQueries {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    LocalDate to = LocalDate.now();
    String year = "from=" + to.withDayOfMonth(1).minusMonths(11) + "&to=" + to;
    String five = "from=" + to.minusYears(5).withDayOfYear(1) + "&to=" + to;
    String lastMonth =
        "from=" + to.minusMonths(1).withDayOfMonth(1) + "&to=" + to.withDayOfMonth(1).minusDays(1);
    String month = "from=" + to.withDayOfMonth(1) + "&to=" + to;
    List<String> queries = new ArrayList<>();
    for (String p : List.of(year, five)) {
      for (String g :
          List.of(
              "month,direction&decision=ADMITTED",
              "post",
              "postType",
              "nationality",
              "region",
              "residence,direction",
              "sex",
              "ageGroup",
              "purpose",
              "transportMode",
              "carrier",
              "refusalReason&decision=REFUSED")) {
        queries.add("movements?" + p + "&groupBy=" + g);
      }
      for (String g : List.of("desk", "post", "hour")) {
        queries.add("processing-times?" + p + "&groupBy=" + g);
      }
    }
    queries.add("movements?" + month + "&groupBy=day,direction&decision=ADMITTED");
    queries.add("movements?" + year + "&groupBy=day,direction&nationality=KEN");
    queries.add("movements?" + lastMonth + "&groupBy=nationality,sex,ageGroup,purpose,direction");
    queries.add("movements?" + five + "&groupBy=year,nationality,sex,ageGroup,purpose,direction");
    run(base, queries, rounds);
  }

  private static void run(String base, List<String> queries, int rounds) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    "bench.analyst:bench-password-123".getBytes(StandardCharsets.UTF_8));
    System.out.printf("%-100s %8s %8s %8s %6s%n", "query", "p50 ms", "p95 ms", "max ms", "rows");
    double worst = 0;
    for (String q : queries) {
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
      Arrays.sort(ms);
      long p95 = ms[(int) Math.ceil(0.95 * rounds) - 1];
      worst = Math.max(worst, p95);
      int rows = body.isEmpty() ? 0 : body.split("\"count\"").length - 1;
      System.out.printf(
          "%-100s %8d %8d %8d %6d%n",
          q.length() > 100 ? q.substring(0, 100) : q, ms[rounds / 2], p95, ms[rounds - 1], rows);
    }
    System.out.printf(
        "worst p95: %.0f ms over %d queries x %d rounds%n", worst, queries.size(), rounds);
  }
}
