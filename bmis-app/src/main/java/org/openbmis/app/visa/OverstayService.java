package org.openbmis.app.visa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily overstayer list and expected departures. Supervisors see their own post; administrators
 * every post or one; analysts every post as counts only (no person). The day is the post's local
 * date when a post is chosen, else today in UTC.
 */
@Service
public class OverstayService {

  public static final int MAX_ROWS = 100_000;

  private final OverstayRepository repo;
  private final PostService posts;
  private final AuditLog audit;
  private final Clock clock;

  OverstayService(OverstayRepository repo, PostService posts, AuditLog audit, Clock clock) {
    this.repo = repo;
    this.posts = posts;
    this.audit = audit;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
  @Transactional
  public OverstayReport report(
      @Nullable LocalDate asOf, @Nullable UUID postId, @Nullable String nationality, int limit) {
    Actor actor = CurrentActor.get();
    UUID post = scope(actor, postId);
    String nat =
        nationality == null || nationality.isBlank()
            ? null
            : nationality.trim().toUpperCase(Locale.ROOT);
    var filter = new OverstayRepository.Filter(asOf != null ? asOf : today(post), post, nat);
    Map<String, Long> byNationality = new TreeMap<>();
    Map<String, Long> byLength =
        new TreeMap<>(
            (a, b) -> OverstayReport.LENGTHS.indexOf(a) - OverstayReport.LENGTHS.indexOf(b));
    long total = 0;
    for (Object[] row : repo.counts(filter)) {
      long n = (Long) row[2];
      byNationality.merge((String) row[0], n, Long::sum);
      byLength.merge((String) row[1], n, Long::sum);
      total += n;
    }
    boolean aggregated = !actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN);
    List<Overstayer> people =
        aggregated ? List.of() : repo.overstayers(filter, Math.max(1, Math.min(limit, MAX_ROWS)));
    audit.record(
        "visa.overstays_read",
        "post",
        post,
        AuditLog.Outcome.SUCCESS,
        filter.asOf() + " -> " + total);
    return new OverstayReport(
        filter.asOf(),
        post == null ? null : posts.post(post).code(),
        total,
        counts(byNationality),
        counts(byLength),
        people,
        aggregated);
  }

  /** Travellers whose authorised stay ends within the coming days (today included). */
  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional
  public List<Overstayer> expectedDepartures(int days, @Nullable UUID postId) {
    if (days < 0 || days > 90) {
      throw new InvalidInputProblem("visa.departure_days", "Look 0 to 90 days ahead.");
    }
    UUID post = scope(CurrentActor.get(), postId);
    LocalDate today = today(post);
    List<Overstayer> list =
        repo.expectedDepartures(
            new OverstayRepository.Filter(today, post, null), today.plusDays(days), 5000);
    audit.record(
        "visa.departures_read",
        "post",
        post,
        AuditLog.Outcome.SUCCESS,
        days + " days -> " + list.size());
    return list;
  }

  /** The report as CSV: people, or counts by nationality and length for analysts. */
  public String csv(OverstayReport r) {
    StringBuilder out = new StringBuilder();
    if (r.aggregatedOnly()) {
      out.append("dimension,value,count\n");
      r.byNationality()
          .forEach(
              c ->
                  out.append("nationality,")
                      .append(cell(c.key()))
                      .append(',')
                      .append(c.count())
                      .append('\n'));
      r.byLength()
          .forEach(
              c ->
                  out.append("overstay_days,")
                      .append(cell(c.key()))
                      .append(',')
                      .append(c.count())
                      .append('\n'));
      return out.toString();
    }
    out.append(
        "traveller_id,name,nationality,post,entry_date,authorised_until,overstay_days,basis\n");
    for (Overstayer o : r.overstayers()) {
      out.append(o.travellerId())
          .append(',')
          .append(cell(o.name()))
          .append(',')
          .append(cell(o.nationality()))
          .append(',')
          .append(cell(o.postCode()))
          .append(',')
          .append(o.entryDate())
          .append(',')
          .append(o.authorisedUntil())
          .append(',')
          .append(o.overstayDays())
          .append(',')
          .append(cell(o.basis()))
          .append('\n');
    }
    return out.toString();
  }

  private @Nullable UUID scope(Actor actor, @Nullable UUID postId) {
    if (actor.has(Role.ADMIN) || actor.has(Role.ANALYST)) {
      return postId;
    }
    if (postId != null && !postId.equals(actor.postId())) {
      throw new AccessDeniedProblem(
          "visa.other_post", "You can see your own post's overstayers only.");
    }
    return actor.postId();
  }

  private LocalDate today(@Nullable UUID post) {
    return post == null
        ? LocalDate.now(clock)
        : LocalDate.now(clock.withZone(posts.post(post).timeZone()));
  }

  private static List<OverstayReport.Count> counts(Map<String, Long> m) {
    return m.entrySet().stream()
        .map(e -> new OverstayReport.Count(e.getKey(), e.getValue()))
        .toList();
  }

  /** A CSV cell: quoted when needed; a leading formula character is neutralised. */
  static String cell(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }
}
