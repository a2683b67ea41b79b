package org.openbmis.app.visa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.shared.SmallCounts;
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

  /** The most posts or nationalities one {@link #counts} call may filter on. */
  public static final int MAX_FILTER = 1000;

  private final OverstayRepository repo;
  private final PostService posts;
  private final AuditLog audit;
  private final SmallCounts small;
  private final Clock clock;

  OverstayService(
      OverstayRepository repo, PostService posts, AuditLog audit, SmallCounts small, Clock clock) {
    this.repo = repo;
    this.posts = posts;
    this.audit = audit;
    this.small = small;
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
    for (OverstayCount c : counts(filter)) {
      byNationality.merge(c.nationality(), c.count(), Long::sum);
      byLength.merge(c.length(), c.count(), Long::sum);
      total += c.count();
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
        aggregated ? small.shown(total) : Long.valueOf(total),
        counts(byNationality, aggregated),
        counts(byLength, aggregated),
        people,
        aggregated,
        small.threshold());
  }

  /**
   * Overstayer counts for statistics: open authorised stays whose end fell before {@code asOf}, by
   * post of entry, nationality and length of overstay (the buckets of {@link
   * OverstayReport#LENGTHS}). Aggregates only, never a person; read from counts kept when stays are
   * recorded and closed, so it answers in milliseconds at national scale. Audited as {@code
   * visa.overstay_counts_read}.
   *
   * @param asOf the day (overstayers are stays authorised until a day before it)
   * @param postIds the posts of entry to count; empty for every post
   * @param nationalities ISO 3166-1 alpha-3 codes to count ({@code "-"} for unknown); empty for
   *     every nationality
   * @return one count per post, nationality and length with at least one overstayer, in no order;
   *     the post is null for stays recorded without one
   * @throws InvalidInputProblem {@code visa.overstay_filter} for more than 1,000 posts or
   *     nationalities
   */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  @Transactional
  public List<OverstayCount> counts(LocalDate asOf, Set<UUID> postIds, Set<String> nationalities) {
    if (postIds.size() > MAX_FILTER || nationalities.size() > MAX_FILTER) {
      throw new InvalidInputProblem(
          "visa.overstay_filter", "Count at most " + MAX_FILTER + " posts or nationalities.");
    }
    Set<String> nats =
        nationalities.stream()
            .map(n -> n.trim().toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet());
    List<OverstayCount> list = repo.counts(asOf, postIds, nats);
    audit.record(
        "visa.overstay_counts_read",
        "post",
        postIds.size() == 1 ? postIds.iterator().next() : null,
        AuditLog.Outcome.SUCCESS,
        asOf + " -> " + list.stream().mapToLong(OverstayCount::count).sum());
    return list;
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

  /**
   * The report as CSV: people, or counts by nationality and length for analysts (small counts
   * suppressed: empty, status {@code C}).
   */
  public String csv(OverstayReport r) {
    StringBuilder out = new StringBuilder();
    if (r.aggregatedOnly()) {
      out.append("dimension,value,count,status\n");
      r.byNationality()
          .forEach(
              c ->
                  out.append("nationality,")
                      .append(cell(c.key()))
                      .append(',')
                      .append(countCell(c))
                      .append('\n'));
      r.byLength()
          .forEach(
              c ->
                  out.append("overstay_days,")
                      .append(cell(c.key()))
                      .append(',')
                      .append(countCell(c))
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

  /** The report's counts: as the old anti-join, a filter on a placeholder matches no stay. */
  private List<OverstayCount> counts(OverstayRepository.Filter f) {
    UUID post = f.postId();
    String nat = f.nationality();
    if (OpenStayCountRepository.NO_POST.equals(post)
        || OpenStayCountRepository.NO_NATIONALITY.equals(nat)) {
      return List.of();
    }
    return repo.counts(
        f.asOf(), post == null ? Set.of() : Set.of(post), nat == null ? Set.of() : Set.of(nat));
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

  /**
   * The counts as they may leave: suppressed in an aggregated report (they add up to its total).
   */
  private List<OverstayReport.Count> counts(Map<String, Long> m, boolean aggregated) {
    List<Map.Entry<String, Long>> cells = List.copyOf(m.entrySet());
    boolean[] hide =
        aggregated
            ? small.hidden(cells.stream().mapToLong(Map.Entry::getValue).toArray())
            : new boolean[cells.size()];
    List<OverstayReport.Count> out = new java.util.ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      var e = cells.get(i);
      out.add(new OverstayReport.Count(e.getKey(), hide[i] ? null : e.getValue(), hide[i]));
    }
    return out;
  }

  /** A count and its status: empty and {@code C} (confidential) when suppressed. */
  private static String countCell(OverstayReport.Count c) {
    return c.suppressed() ? ",C" : c.count() + ",";
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
