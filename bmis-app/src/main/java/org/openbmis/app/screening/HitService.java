package org.openbmis.app.screening;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hits for supervisors (list, resolve) and hit volumes per list for administrators. A supervisor
 * sees and resolves the hits held by their own post (found at its desks, re-screening hits of
 * travellers who entered there, and open hits of travellers presenting there now); administrators
 * (headquarters) see every post's.
 */
@Service
public class HitService {

  private final HitRepository hits;
  private final AlertListRepository lists;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final AlertDetailViews views;
  private final Clock clock;

  HitService(
      HitRepository hits,
      AlertListRepository lists,
      JdbcClient jdbc,
      AuditLog audit,
      AlertDetailViews views,
      Clock clock) {
    this.hits = hits;
    this.lists = lists;
    this.jdbc = jdbc;
    this.audit = audit;
    this.views = views;
    this.clock = clock;
  }

  /** The most hits one page holds. */
  public static final int MAX_PAGE_SIZE = 500;

  /**
   * One page of hits, newest first: page {@code page} (from 0) of {@code size} hits (1 to {@link
   * #MAX_PAGE_SIZE}); {@code more} tells whether older hits follow.
   */
  public record HitPage(List<HitView> hits, int page, int size, boolean more) {}

  @PreAuthorize("hasAnyRole('SUPERVISOR','SECONDARY','ADMIN')")
  @Transactional
  public HitPage hits(
      @Nullable HitStatus status,
      @Nullable HitOrigin origin,
      @Nullable UUID travellerId,
      int page,
      int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputProblem(
          "screening.paging_invalid",
          "The page starts at 0 and holds 1 to " + MAX_PAGE_SIZE + " hits.");
    }
    UUID post = CurrentActor.get().postScope();
    // one hit more than the page tells whether another page follows
    List<HitView> found =
        hits.search(post, status, origin, travellerId, (long) page * size, size + 1);
    boolean more = found.size() > size;
    List<HitView> shown = more ? found.subList(0, size) : found;
    audit.record(
        "screening.hits_read",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        shown.size() + " hits, page " + page);
    return new HitPage(shown(shown), page, size, more);
  }

  /** Hits as the current user may see them (ADR 0005); each view of details is audited. */
  private List<HitView> shown(List<HitView> found) {
    var clearance = AlertVisibility.clearance();
    return found.stream()
        .map(
            h -> {
              views.viewed(
                  h.list(),
                  h.sourceId(),
                  h.confidentiality(),
                  AlertVisibility.of(h.confidentiality(), clearance),
                  "hit " + h.id());
              return h.forClearance(clearance);
            })
        .toList();
  }

  /**
   * Resolves an open hit as CONFIRMED or FALSE_POSITIVE with a reason; once only (409 after). A
   * supervisor resolves their own post's hits only (403 {@code screening.hit_other_post}).
   */
  @PreAuthorize("hasAnyRole('SUPERVISOR','SECONDARY','ADMIN')")
  @Transactional
  public HitView resolve(UUID id, @Nullable HitStatus status, @Nullable String reason) {
    if (status == null || status == HitStatus.OPEN) {
      throw new InvalidInputProblem(
          "screening.resolution_status", "Resolve as CONFIRMED or FALSE_POSITIVE.");
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new InvalidInputProblem(
          "screening.resolution_reason", "A reason (at most 500 characters) is required.");
    }
    HitView hit =
        hits.find(id)
            .orElseThrow(() -> new NotFoundProblem("screening.hit_not_found", "No such hit."));
    Actor actor = CurrentActor.get();
    UUID post = actor.postScope();
    if (post != null && !post.equals(hit.postId())) {
      audit.record(
          "screening.hit_resolved",
          "traveller",
          hit.travellerId(),
          AuditLog.Outcome.DENIED,
          "hit " + id + " held by another post");
      throw new AccessDeniedProblem(
          "screening.hit_other_post",
          "This hit is held by another post; its supervisors resolve it.");
    }
    if (hits.receivedFromPost(id)) {
      throw new ConflictProblem(
          "screening.hit_held_by_post",
          "This hit was raised at a border post; the post's supervisors resolve it there.");
    }
    String by = actor.username();
    if (!hits.resolve(id, status, by, clock.instant(), reason.strip())) {
      throw new ConflictProblem("screening.hit_resolved", "This hit is already resolved.");
    }
    audit.record(
        "screening.hit_resolved",
        "traveller",
        hit.travellerId(),
        AuditLog.Outcome.SUCCESS,
        status + " hit " + id + " " + hit.list() + "/" + hit.sourceId());
    return shown(List.of(hits.find(id).orElseThrow())).get(0);
  }

  /**
   * Hits found from {@code from} to {@code to} (days in UTC, both included) per list and
   * resolution, list by list: counts only, no person, for analysts.
   */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  @Transactional(readOnly = true)
  public List<HitCount> counts(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select list_code, status, count(*) as hits from scr_hit where created_at >= ? and"
                + " created_at < ? group by list_code, status order by list_code, status")
        .params(
            from.atStartOfDay().atOffset(ZoneOffset.UTC),
            to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
        .query(
            (rs, i) ->
                new HitCount(rs.getString("list_code"), rs.getString("status"), rs.getLong("hits")))
        .list();
  }

  /**
   * Hits per list and threshold per day (last 14 days) and per week (last 8 weeks), with false
   * positives: the threshold is the list's when the hit was found (the current one for hits older
   * than that record), so that the effect of a threshold change shows.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<HitVolume> volumes() {
    LocalDate today = LocalDate.now(clock);
    LocalDate since = today.minusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Map<String, Double> thresholds = new TreeMap<>();
    lists.all().forEach(l -> thresholds.put(l.code(), l.threshold()));
    Map<String, long[]> days = new TreeMap<>();
    Map<String, long[]> weeks = new TreeMap<>();
    jdbc.sql("select list_code, threshold, created_at, status from scr_hit where created_at >= ?")
        .param(since.atStartOfDay().atOffset(ZoneOffset.UTC))
        .query(
            rs -> {
              LocalDate d =
                  rs.getObject("created_at", java.time.OffsetDateTime.class).toLocalDate();
              boolean fp = "FALSE_POSITIVE".equals(rs.getString("status"));
              String list = rs.getString("list_code");
              double t = rs.getDouble("threshold");
              String key =
                  list + "|" + (rs.wasNull() ? thresholds.getOrDefault(list, 0.0) : t) + "|";
              if (!d.isBefore(today.minusDays(13))) {
                add(days, key + d, fp);
              }
              add(weeks, key + d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), fp);
            });
    List<HitVolume> out = new ArrayList<>();
    collect(out, days, "DAY");
    collect(out, weeks, "WEEK");
    return out;
  }

  private static void add(Map<String, long[]> m, String key, boolean fp) {
    long[] c = m.computeIfAbsent(key, k -> new long[2]);
    c[0]++;
    c[1] += fp ? 1 : 0;
  }

  private static void collect(List<HitVolume> out, Map<String, long[]> m, String period) {
    m.forEach(
        (key, c) -> {
          String[] p = key.split("\\|");
          out.add(
              new HitVolume(
                  p[0], Double.parseDouble(p[1]), LocalDate.parse(p[2]), period, c[0], c[1]));
        });
  }
}
