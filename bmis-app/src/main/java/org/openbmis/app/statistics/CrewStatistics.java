package org.openbmis.app.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.movement.CrewCount;
import org.openbmis.app.movement.CrewCounts;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Crew and passengers counted apart (ADR 0016): admitted crossings by post, direction and traveller
 * type ({@code CREW} or {@code PASSENGER}). A separate aggregate beside the flows: it is read from
 * movement's {@link CrewCounts}, not from the statistics tables and their month cube, and covers at
 * most a year.
 */
@Service
public class CrewStatistics {

  public static final int MAX_DAYS = 366;

  private final CrewCounts counts;
  private final PostService posts;

  CrewStatistics(CrewCounts counts, PostService posts) {
    this.counts = counts;
    this.posts = posts;
  }

  /**
   * Rows {post, direction, travellerType, count} sorted by post, direction and type; with {@code
   * byPost} false the posts are summed.
   */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  public List<StatRow> split(LocalDate from, LocalDate to, boolean byPost) {
    if (from.isAfter(to)) {
      throw invalid("from", "statistics.period_invalid", "The period starts after it ends.");
    }
    if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
      throw invalid("to", "statistics.crew_period_too_long", "Ask for at most 366 days.");
    }
    Map<String, Long> sums = new TreeMap<>();
    for (CrewCount c : counts.admitted(from, to)) {
      String post = byPost ? posts.post(c.postId()).code() : "";
      String key = post + "|" + c.direction().name() + "|" + (c.crew() ? "CREW" : "PASSENGER");
      sums.merge(key, c.count(), Long::sum);
    }
    List<StatRow> rows = new ArrayList<>();
    sums.forEach(
        (key, n) -> {
          String[] k = key.split("\\|", -1);
          Map<String, String> dims = new LinkedHashMap<>();
          if (byPost) {
            dims.put("post", k[0]);
          }
          dims.put("direction", k[1]);
          dims.put("travellerType", k[2]);
          rows.add(StatRow.count(dims, n));
        });
    return rows;
  }

  private static InvalidInputProblem invalid(String field, String code, String message) {
    return new InvalidInputProblem(
        code, message, List.of(new InvalidInputProblem.FieldError(field, code, message)));
  }
}
