package org.openbmis.app.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.screening.HitCount;
import org.openbmis.app.screening.HitService;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CountryProperties;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.SmallCounts;
import org.openbmis.app.visa.OverstayCount;
import org.openbmis.app.visa.OverstayService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration statistics from the aggregates: flows and processing times grouped and filtered by any
 * dimension, and the rebuild of the aggregates. Analysts and administrators only; they see counts,
 * never a person.
 */
@Service
public class StatisticsService {

  /** What a rebuild did: movements counted and the time it took. */
  public record RebuildResult(long movements, long millis) {}

  /**
   * Whether the aggregates are whole ({@code complete}: false while a rebuild runs and after one
   * stopped half-way), whether this application is rebuilding them, and when the last rebuild
   * started and finished (null: never, or not yet).
   */
  public record Status(
      boolean complete, boolean rebuilding, Instant rebuildStartedAt, Instant rebuildFinishedAt) {}

  private static final int MAX_YEARS = 20;

  private final StatisticsRepository repository;
  private final PostService posts;
  private final CountryProperties country;
  private final SmallCounts smallCounts;
  private final AuditLog audit;
  private final Clock clock;
  private final StatisticsWorker worker;
  private final MonthCube cube;
  private final HitService hits;
  private final OverstayService overstays;
  private final TransactionTemplate reads;

  StatisticsService(
      PlatformTransactionManager transactions,
      StatisticsRepository repository,
      PostService posts,
      CountryProperties country,
      SmallCounts smallCounts,
      AuditLog audit,
      Clock clock,
      StatisticsWorker worker,
      MonthCube cube,
      HitService hits,
      OverstayService overstays) {
    this.hits = hits;
    this.overstays = overstays;
    this.worker = worker;
    this.cube = cube;
    this.repository = repository;
    this.posts = posts;
    this.country = country;
    this.smallCounts = smallCounts;
    this.audit = audit;
    this.clock = clock;
    this.reads = new TransactionTemplate(transactions);
    this.reads.setReadOnly(true);
  }

  /** Movements counted by the query's dimensions, sorted by their labels. */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  public List<StatRow> movements(StatisticsQuery q) {
    checkPeriod(q);
    // counted before the read takes its connection: the count needs one of its own, and a
    // dashboard's panels asking at once held the whole pool, each waiting for a second one (they
    // failed with 503 after the pool's timeout)
    worker.flush();
    return read(() -> movementsCounted(q));
  }

  private List<StatRow> movementsCounted(StatisticsQuery q) {
    Context ctx = context();
    Map<List<String>, Long> counts = new TreeMap<>(StatisticsService::compare);
    for (QueryPlanner.Plan plan : QueryPlanner.flows(q, ctx.filters, ctx.newest)) {
      List<StatisticsRepository.Grouped> read =
          MonthCube.holds(plan)
              ? cube.sum(plan)
              : repository.sum(plan.table(), plan.columns(), plan.measure(), plan.where());
      for (StatisticsRepository.Grouped g : read) {
        counts.merge(key(q, g, ctx.labels), g.count(), Long::sum);
      }
    }
    List<StatRow> rows = new ArrayList<>();
    counts.forEach((k, n) -> rows.add(StatRow.count(dims(q, k), n)));
    return rows;
  }

  /** Inspections, median, 90th percentile and mean processing time by the query's dimensions. */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  public List<StatRow> processingTimes(StatisticsQuery q) {
    checkPeriod(q);
    worker.flush(); // before the read's connection, as in movements
    return read(() -> processingTimesCounted(q));
  }

  /** Runs a read in a read-only transaction of its own. */
  private List<StatRow> read(java.util.function.Supplier<List<StatRow>> read) {
    List<StatRow> rows = reads.execute(s -> read.get());
    return rows == null ? List.of() : rows;
  }

  private List<StatRow> processingTimesCounted(StatisticsQuery q) {
    Context ctx = context();
    Map<List<String>, Histogram> groups = new TreeMap<>(StatisticsService::compare);
    for (QueryPlanner.Plan plan : QueryPlanner.processing(q, ctx.filters, ctx.newest)) {
      for (StatisticsRepository.Grouped g :
          repository.histogram(plan.table(), plan.columns(), plan.where())) {
        groups
            .computeIfAbsent(key(q, g, ctx.labels), k -> new Histogram())
            .add(((Number) g.values().get("bucket")).intValue(), g.count(), g.totalMillis());
      }
    }
    List<StatRow> rows = new ArrayList<>();
    groups.forEach(
        (k, h) ->
            rows.add(
                new StatRow(
                    dims(q, k),
                    h.count(),
                    h.quantileSeconds(0.5),
                    h.quantileSeconds(0.9),
                    h.meanSeconds())));
    return rows;
  }

  /** The dimensions of {@link #alertHits}. */
  public static final List<String> HIT_DIMENSIONS = List.of("list", "resolution");

  /**
   * Alert hits found in the period (days in UTC), by list and resolution ({@code groupBy}: {@link
   * #HIT_DIMENSIONS}, in that order, both when empty), sorted. Counted from the screening module's
   * hits, which are few: a hit is a rare event beside the movements.
   */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  @Transactional(readOnly = true)
  public List<StatRow> alertHits(LocalDate from, LocalDate to, List<String> groupBy) {
    checkPeriod(new StatisticsQuery(from, to, List.of(), Map.of()));
    List<String> dims =
        groupBy.isEmpty()
            ? HIT_DIMENSIONS
            : HIT_DIMENSIONS.stream().filter(groupBy::contains).toList();
    Map<List<String>, Long> counts = new TreeMap<>(StatisticsService::compare);
    for (HitCount c : hits.counts(from, to)) {
      List<String> key = new ArrayList<>();
      for (String d : dims) {
        key.add(d.equals("list") ? c.list() : c.resolution());
      }
      counts.merge(key, c.hits(), Long::sum);
    }
    List<StatRow> rows = new ArrayList<>();
    counts.forEach(
        (k, n) -> {
          Map<String, String> values = new java.util.LinkedHashMap<>();
          for (int i = 0; i < dims.size(); i++) {
            values.put(dims.get(i), k.get(i));
          }
          rows.add(StatRow.count(values, n));
        });
    return rows;
  }

  /**
   * The overstayers on a day ({@code asOf}; null or later than today: today): travellers whose
   * authorised stay ended before the day and who have not moved since, by post of entry,
   * nationality and length of overstay ({@link QueryPlanner#OVERSTAYS}; the query's period is not
   * used), sorted. Counted by the visa module from its open-stay counts, as its overstay report
   * counts them: a stock, not a flow; for a past day, travellers who left after it are no longer
   * counted. Not in a read-only transaction: the visa module audits the read.
   */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  public List<StatRow> overstayers(StatisticsQuery q, @Nullable LocalDate asOf) {
    Context ctx = context();
    SqlWhere where = QueryPlanner.overstays(q, ctx.filters);
    LocalDate day = asOf == null || asOf.isAfter(ctx.newest) ? ctx.newest : asOf;
    Map<List<String>, Long> counts = new TreeMap<>(StatisticsService::compare);
    for (OverstayCount c : overstays.counts(day, Set.of(), Set.of())) {
      Map<String, Object> values =
          Map.of(
              "post_id", c.postId() == null ? AggregateSql.NO_DESK_ID : c.postId(),
              "nationality", c.nationality(),
              "overstay_length", c.length());
      if (where.conditions().stream().allMatch(w -> w.matches(values.get(w.column())))) {
        counts.merge(
            key(q, new StatisticsRepository.Grouped(values, c.count(), 0), ctx.labels),
            c.count(),
            Long::sum);
      }
    }
    List<StatRow> rows = new ArrayList<>();
    counts.forEach((k, n) -> rows.add(StatRow.count(dims(q, k), n)));
    return rows;
  }

  /** Empties the aggregates and recounts every movement (administrators; also the CLI rebuild). */
  @PreAuthorize("hasRole('ADMIN')")
  public RebuildResult rebuild() {
    Instant start = clock.instant();
    long n = worker.rebuild();
    RebuildResult r = new RebuildResult(n, Duration.between(start, Instant.now(clock)).toMillis());
    audit.record(
        "statistics.rebuilt",
        "statistics",
        "aggregates",
        AuditLog.Outcome.SUCCESS,
        r.movements() + " movements in " + r.millis() + " ms");
    return r;
  }

  /** Whether the figures are whole (see {@link Status}). */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  public Status status() {
    AggregateRepository.RebuildTimes t = worker.rebuildTimes();
    return new Status(!t.unfinished(), worker.rebuilding(), t.started(), t.finished());
  }

  /**
   * Refuses an export (409, {@code statistics.incomplete}) while the figures are incomplete: a file
   * is handed on as it is (to a minister, to a statistics office), with no banner beside it.
   */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  public void requireComplete() {
    if (!status().complete()) {
      throw new ConflictProblem(
          "statistics.incomplete",
          "The statistics are being rebuilt, or their last rebuild did not finish: exports are"
              + " available again once a rebuild has counted every movement.");
    }
  }

  /** Counts below this (and above zero) are suppressed wherever they leave the system. */
  public int suppressionThreshold() {
    return smallCounts.threshold();
  }

  /** The disclosure control every exit applies (JSON, dashboard data, files). */
  public SmallCounts smallCounts() {
    return smallCounts;
  }

  /** The state running the system (its name goes on reports; its nationals are residents). */
  public CountryProperties country() {
    return country;
  }

  /** What a query needs besides itself; {@code newest}: the latest date at any post now. */
  private record Context(FilterTranslator filters, Labels labels, LocalDate newest) {}

  private Context context() {
    List<BorderPostSummary> all = posts.posts();
    Map<UUID, DeskSummary> desks = new HashMap<>();
    all.forEach(p -> posts.desks(p.id()).forEach(d -> desks.put(d.id(), d)));
    return new Context(
        new FilterTranslator(all, List.copyOf(desks.values()), country.code()),
        new Labels(all, desks, country.code()),
        all.stream()
            .map(p -> LocalDate.now(clock.withZone(p.timeZone())))
            .max(LocalDate::compareTo)
            .orElse(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC))));
  }

  private static List<String> key(
      StatisticsQuery q, StatisticsRepository.Grouped g, Labels labels) {
    List<String> key = new ArrayList<>(q.groupBy().size());
    for (Dimension d : q.groupBy()) {
      String col =
          d.isTime() ? (g.values().containsKey("in_month") ? "in_month" : "on_day") : d.column();
      key.add(labels.label(d, g.values().get(col)));
    }
    return key;
  }

  private static Map<String, String> dims(StatisticsQuery q, List<String> key) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < key.size(); i++) {
      m.put(q.groupBy().get(i).param(), key.get(i));
    }
    return m;
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = compareLabels(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Labels in text order, except that labels which both start with a number are ordered by that
   * number first: stay bands {@code 2-7} before {@code 8-30} before {@code 31-90}. Zero-padded
   * labels (days, months, age bands, hours) keep their text order.
   */
  static int compareLabels(String a, String b) {
    int na = leadingDigits(a);
    int nb = leadingDigits(b);
    if (na > 0 && nb > 0 && na <= 9 && nb <= 9) {
      int c = Long.compare(Long.parseLong(a.substring(0, na)), Long.parseLong(b.substring(0, nb)));
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  private static int leadingDigits(String s) {
    int n = 0;
    while (n < s.length() && s.charAt(n) >= '0' && s.charAt(n) <= '9') {
      n++;
    }
    return n;
  }

  private static void checkPeriod(StatisticsQuery q) {
    if (q.from().isAfter(q.to())) {
      throw new InvalidInputProblem(
          "statistics.period_invalid",
          "The period starts after it ends.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "from", "statistics.period_invalid", "from > to")));
    }
    if (q.from().plusYears(MAX_YEARS).isBefore(q.to())) {
      throw new InvalidInputProblem(
          "statistics.period_too_long",
          "Ask for at most " + MAX_YEARS + " years.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "to", "statistics.period_too_long", "max " + MAX_YEARS + " years")));
    }
  }
}
