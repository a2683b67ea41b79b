package org.openbmis.app.visa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The open-stay counts and {@code closed_at}, kept at recording, against the truth: the anti-join
 * the overstay report used before (kept here as the oracle). Run on each database (H2 and
 * PostgreSQL subclasses), through the desk API so that the movement module closes the stays.
 */
abstract class OpenStayCountsContract {

  /** The old report query: open stays are those with no later admitted movement. */
  static final String STILL_IN =
      " not exists (select 1 from mov_movement m where m.traveller_id = s.traveller_id"
          + " and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at)";

  static final String TRUE_COUNTS =
      "select s.authorised_until, s.post_id, coalesce(s.nationality, '-') as nationality,"
          + " count(*) as n from vis_authorised_stay s where"
          + STILL_IN
          + " group by s.authorised_until, s.post_id, coalesce(s.nationality, '-')";

  static final String TRUE_REPORT =
      "select post_id, nationality, bucket, count(*) as n from (select s.post_id,"
          + " coalesce(s.nationality, '-') as nationality, case when s.authorised_until >= ? then"
          + " '1-7' when s.authorised_until >= ? then '8-30' when s.authorised_until >= ? then"
          + " '31-90' when s.authorised_until >= ? then '91-365' else '366+' end as bucket"
          + " from vis_authorised_stay s where s.authorised_until < ? and"
          + STILL_IN
          + ") x group by post_id, nationality, bucket";

  /**
   * Birth dates one day apart: the travellers of a test share a name and a nationality, and two
   * with the same birth date would be one traveller (the desk matches a new passport to a known
   * traveller by name, birth date and nationality). Drawn at random, about one run in thirty merged
   * two.
   */
  static final AtomicInteger BIRTHS = new AtomicInteger();

  static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired VisaDeskService desk;
  @Autowired OverstayService overstays;

  ApiClient api() {
    return new ApiClient(port);
  }

  @AfterEach
  void reset() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  /** A traveller of this run: a passport and its number. */
  record Traveller(String passport, String number, LocalDate birth, String nationality) {}

  /** A recorded movement. */
  record Crossing(UUID travellerId, UUID movementId) {}

  @Test
  void countsAndClosingsMatchTheAntiJoin() {
    String n = TestNationalities.unused();
    String noRule = TestNationalities.unused();
    rule(n, 5);
    LocalDate day0 = LocalDate.now(clock.withZone(LAGOS));
    Traveller a = traveller(n);
    Traveller b = traveller(n);
    Traveller c = traveller(n);
    Traveller d = traveller(n);
    Traveller e = traveller(n);
    Traveller f = traveller(n);
    Traveller g = traveller(noRule);
    Crossing aIn = cross(a, "ENTRY", "ADMITTED");
    Crossing bIn = cross(b, "ENTRY", "ADMITTED");
    Crossing cIn = cross(c, "ENTRY", "ADMITTED");
    Crossing dIn = cross(d, "ENTRY", "ADMITTED");
    Crossing eIn = cross(e, "ENTRY", "ADMITTED");
    Crossing fIn = cross(f, "ENTRY", "ADMITTED");
    Crossing gIn = cross(g, "ENTRY", "ADMITTED");
    assertThat(until(aIn)).isEqualTo(day0.plusDays(4));
    assertThat(stays(gIn)).as("no rule, no stay at entry").isZero();
    assertTruth();

    clock.advance(Duration.ofDays(2));
    Crossing aOut = cross(a, "EXIT", "ADMITTED");
    cross(f, "EXIT", "REFUSED");
    Crossing gOut = cross(g, "EXIT", "ADMITTED");
    asOfficer();
    // out of order: the stay of an entry whose exit is already recorded is born closed
    desk.recordAuthorisedStay(gIn.movementId(), gIn.travellerId(), day0.plusDays(9), "LATE");
    // a closed stay replaced: its count must not move
    desk.recordAuthorisedStay(aIn.movementId(), aIn.travellerId(), day0.plusDays(8), "LATER");
    // an open stay replaced: -1 on its old end, +1 on the new one
    desk.recordAuthorisedStay(cIn.movementId(), cIn.travellerId(), day0.plusDays(3), "SHORTER");
    SecurityContextHolder.clearContext();
    extend(e, eIn, day0.plusDays(60));
    assertThat(until(eIn)).isEqualTo(day0.plusDays(60));
    assertTruth();

    clock.advance(Duration.ofDays(8));
    Crossing bOut = cross(b, "EXIT", "ADMITTED");
    clock.advance(Duration.ofDays(10));
    Crossing dAgain = cross(d, "ENTRY", "ADMITTED");
    assertTruth();

    assertThat(closedAt(aIn)).isEqualTo(recordedAt(aOut));
    assertThat(closedAt(bIn)).isEqualTo(recordedAt(bOut));
    assertThat(closedAt(dIn))
        .as("missed exit, closed by the next entry")
        .isEqualTo(recordedAt(dAgain));
    assertThat(closedAt(gIn)).as("born closed").isEqualTo(recordedAt(gOut));
    assertThat(closedAt(cIn)).isNull();
    assertThat(closedAt(dAgain)).isNull();
    assertThat(closedAt(eIn)).isNull();
    assertThat(closedAt(fIn)).as("a refused exit closes nothing").isNull();

    asAnalyst();
    // on day 30, c (until day 3), f (until day 4) and d's second stay (until day 24) overstay
    List<OverstayCount> day30 = overstays.counts(day0.plusDays(30), Set.of(), Set.of(n));
    assertThat(day30)
        .containsExactlyInAnyOrder(
            new OverstayCount(TestAccounts.AIRPORT, n, "8-30", 2),
            new OverstayCount(TestAccounts.AIRPORT, n, "1-7", 1));
    assertThat(overstays.counts(day0.plusDays(30), Set.of(TestAccounts.LAND_POST), Set.of(n)))
        .isEmpty();
    assertThat(overstays.counts(day0.plusDays(62), Set.of(), Set.of(n.toLowerCase())))
        .containsExactlyInAnyOrder(
            new OverstayCount(TestAccounts.AIRPORT, n, "31-90", 3),
            new OverstayCount(TestAccounts.AIRPORT, n, "1-7", 1));
    for (int days : new int[] {0, 4, 5, 6, 12, 25, 31, 40, 64, 100, 400}) {
      LocalDate asOf = day0.plusDays(days);
      assertThat(sorted(overstays.counts(asOf, Set.of(), Set.of(n, noRule))))
          .as("day " + days)
          .isEqualTo(truth(asOf, List.of(n, noRule)));
      assertThat(sorted(overstays.counts(asOf, Set.of(TestAccounts.AIRPORT), Set.of())))
          .isEqualTo(truth(asOf, TestAccounts.AIRPORT));
    }
    SecurityContextHolder.clearContext();
    String query = "/api/v1/overstays?limit=10&asOf=" + day0.plusDays(30) + "&nationality=" + n;
    var report = api().get(TestAccounts.ANALYST, query).json();
    assertThat(report.get("total").asLong()).isEqualTo(3);
    assertThat(report.get("overstayers").size()).isZero();
    List<String> listed = new ArrayList<>();
    api()
        .get(TestAccounts.ADMIN, query)
        .json()
        .get("overstayers")
        .forEach(o -> listed.add(o.get("travellerId").asString()));
    assertThat(listed)
        .containsExactly(
            cIn.travellerId().toString(),
            fIn.travellerId().toString(),
            dAgain.travellerId().toString());
    asOfficer();
    assertThatThrownBy(() -> overstays.counts(day0, Set.of(), Set.of()))
        .isInstanceOf(AccessDeniedException.class);
    SecurityContextHolder.clearContext();
    assertStatistics(n, day0);
  }

  /**
   * The analysts' statistics API counts the same overstayers: by nationality and length, by post,
   * filtered, on a past day and today (a later day counts as today), as a CSV; officers are refused
   * and bad dimensions are 422.
   */
  void assertStatistics(String n, LocalDate day0) {
    LocalDate today = LocalDate.now(clock.withZone(LAGOS));
    for (LocalDate asOf : List.of(day0.plusDays(6), day0.plusDays(12), today)) {
      String path =
          "/api/v1/statistics/overstayers?groupBy=post,nationality,overstayLength&asOf="
              + asOf
              + "&nationality="
              + n;
      var r = api().get(TestAccounts.ANALYST, path);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      List<String> rows = new ArrayList<>();
      r.json()
          .forEach(
              row ->
                  rows.add(
                      TestAccounts.AIRPORT
                          + " "
                          + row.get("nationality").asString()
                          + " "
                          + row.get("overstayLength").asString()
                          + " "
                          + row.get("count").asLong()));
      assertThat(rows.stream().sorted().toList())
          .as("day " + asOf)
          .isEqualTo(truth(asOf, List.of(n, n)));
      assertThat(r.json().valueStream().map(row -> row.get("post").asString()))
          .containsOnly("UTO-AIR");
    }
    var later =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/overstayers?groupBy=overstayLength&nationality="
                    + n
                    + "&asOf="
                    + today.plusDays(100));
    var now =
        api()
            .get(
                TestAccounts.ANALYST,
                "/api/v1/statistics/overstayers?groupBy=overstayLength&nationality=" + n);
    assertThat(later.json().toString()).isEqualTo(now.json().toString()).contains("8-30");
    assertThat(
            api()
                .get(
                    TestAccounts.ANALYST,
                    "/api/v1/statistics/overstayers?postType=LAND&nationality=" + n)
                .json()
                .size())
        .isZero();
    var csv =
        api()
            .getText(
                TestAccounts.ADMIN,
                "/api/v1/statistics/overstayers.csv?groupBy=nationality,overstayLength&nationality="
                    + n);
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.body()).contains(n + ",8-30,");
    assertThat(api().get(TestAccounts.OFFICER, "/api/v1/statistics/overstayers").status())
        .isEqualTo(403);
    var mixed = api().get(TestAccounts.ANALYST, "/api/v1/statistics/overstayers?groupBy=sex");
    assertThat(mixed.status()).isEqualTo(422);
    assertThat(mixed.code()).isEqualTo("statistics.overstay_combination");
    var badLength =
        api().get(TestAccounts.ANALYST, "/api/v1/statistics/overstayers?overstayLength=2-9");
    assertThat(badLength.code()).isEqualTo("statistics.filter_invalid");
  }

  /**
   * The count table equals the anti-join's counts, and every closed_at its first later movement.
   */
  void assertTruth() {
    List<String> truth =
        jdbc.sql(TRUE_COUNTS)
            .query(
                (rs, i) ->
                    key(
                        rs.getObject("authorised_until", LocalDate.class),
                        rs.getObject("post_id", UUID.class),
                        rs.getString("nationality"),
                        rs.getLong("n")))
            .list();
    List<String> counted =
        jdbc.sql("select * from vis_open_stay_count")
            .query(
                (rs, i) ->
                    key(
                        rs.getObject("authorised_until", LocalDate.class),
                        rs.getObject("post_id", UUID.class),
                        rs.getString("nationality"),
                        rs.getLong("stays")))
            .list();
    assertThat(counted).containsExactlyInAnyOrderElementsOf(truth);
    List<String> wrong =
        jdbc
            .sql(
                "select s.entry_movement_id, s.closed_at, s.closed_on, (select min(m.recorded_at)"
                    + " from mov_movement m where m.traveller_id = s.traveller_id and m.decision ="
                    + " 'ADMITTED' and m.recorded_at > s.entered_at) as first_after, (select"
                    + " min(m.local_date) from mov_movement m where m.traveller_id = s.traveller_id"
                    + " and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at) as first_day"
                    + " from vis_authorised_stay s")
            .query(
                (rs, i) -> {
                  var closed = rs.getObject("closed_at", OffsetDateTime.class);
                  var first = rs.getObject("first_after", OffsetDateTime.class);
                  var closedOn = rs.getObject("closed_on", LocalDate.class);
                  var firstDay = rs.getObject("first_day", LocalDate.class);
                  boolean same =
                      (closed == null
                              ? first == null
                              : first != null && closed.toInstant().equals(first.toInstant()))
                          && java.util.Objects.equals(closedOn, firstDay);
                  return same
                      ? ""
                      : rs.getString("entry_movement_id")
                          + " "
                          + closed
                          + " "
                          + first
                          + " "
                          + closedOn
                          + " "
                          + firstDay;
                })
            .list()
            .stream()
            .filter(s -> !s.isEmpty())
            .toList();
    assertThat(wrong)
        .as("closed_at and closed_on are the first later admitted movement's time and day")
        .isEmpty();
  }

  static String key(LocalDate until, @Nullable UUID post, String nationality, long n) {
    return until
        + " "
        + (post == null ? OpenStayCountRepository.NO_POST : post)
        + " "
        + nationality
        + " "
        + n;
  }

  List<String> truth(LocalDate d, Object filter) {
    List<Object> params =
        new ArrayList<>(
            List.of(d.minusDays(7), d.minusDays(30), d.minusDays(90), d.minusDays(365), d));
    String sql = TRUE_REPORT;
    if (filter instanceof UUID post) {
      sql = sql.replace(") x group", " and s.post_id = ?) x group");
      params.add(post);
    } else {
      @SuppressWarnings("unchecked")
      List<String> nats = (List<String>) filter;
      sql = sql.replace(") x group", " and s.nationality in (?, ?)) x group");
      params.addAll(nats);
    }
    return jdbc
        .sql(sql)
        .params(params)
        .query(
            (rs, i) ->
                rs.getObject("post_id", UUID.class)
                    + " "
                    + rs.getString("nationality")
                    + " "
                    + rs.getString("bucket")
                    + " "
                    + rs.getLong("n"))
        .list()
        .stream()
        .sorted()
        .toList();
  }

  static List<String> sorted(List<OverstayCount> counts) {
    return counts.stream()
        .map(c -> c.postId() + " " + c.nationality() + " " + c.length() + " " + c.count())
        .sorted()
        .toList();
  }

  Traveller traveller(String nationality) {
    String number = Passports.nextNumber();
    LocalDate birth = LocalDate.of(1960, 1, 3).plusDays(BIRTHS.getAndIncrement());
    String passport =
        Passports.td3(nationality, number, "Okonjo", "Amara", birth, LocalDate.now().plusYears(5));
    return new Traveller(passport, number, birth, nationality);
  }

  Crossing cross(Traveller t, String direction, String decision) {
    var inspection =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", t.passport(), "direction", direction));
    assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
    Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "direction", direction));
    if (decision.equals("REFUSED")) {
      body.put("refusalReason", "C");
    }
    var r =
        api()
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
                body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return new Crossing(
        UUID.fromString(r.json().get("travellerId").asString()),
        UUID.fromString(r.json().get("movementId").asString()));
  }

  void rule(String nationality, int maxDays) {
    var r =
        api()
            .post(
                TestAccounts.ADMIN,
                "/api/v1/entry-rules",
                Map.of(
                    "nationality",
                    nationality,
                    "policy",
                    "VISA_EXEMPT",
                    "maxDays",
                    maxDays,
                    "validFrom",
                    "2020-01-01"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  void extend(Traveller t, Crossing entry, LocalDate until) {
    var r =
        api()
            .post(
                TestAccounts.ADMIN,
                "/api/v1/permits",
                Map.of(
                    "kind",
                    "EXTENSION",
                    "number",
                    "EXT" + t.number(),
                    "travellerId",
                    entry.travellerId().toString(),
                    "holderName",
                    "OKONJO STAY",
                    "nationality",
                    t.nationality(),
                    "documentNumber",
                    t.number(),
                    "dateOfBirth",
                    t.birth().toString(),
                    "validFrom",
                    LocalDate.now(clock.withZone(LAGOS)).toString(),
                    "validUntil",
                    until.toString()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  @Nullable OffsetDateTime closedAtRaw(Crossing entry) {
    List<@Nullable OffsetDateTime> list =
        jdbc.sql("select closed_at from vis_authorised_stay where entry_movement_id = ?")
            .param(entry.movementId())
            .query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
            .list();
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  java.time.@Nullable Instant closedAt(Crossing entry) {
    OffsetDateTime t = closedAtRaw(entry);
    return t == null ? null : t.toInstant();
  }

  java.time.Instant recordedAt(Crossing movement) {
    return jdbc.sql("select recorded_at from mov_movement where id = ?")
        .param(movement.movementId())
        .query(OffsetDateTime.class)
        .single()
        .toInstant();
  }

  LocalDate until(Crossing entry) {
    return jdbc.sql("select authorised_until from vis_authorised_stay where entry_movement_id = ?")
        .param(entry.movementId())
        .query(LocalDate.class)
        .single();
  }

  long stays(Crossing entry) {
    return jdbc.sql("select count(*) from vis_authorised_stay where entry_movement_id = ?")
        .param(entry.movementId())
        .query(Long.class)
        .single();
  }

  static void asOfficer() {
    as(TestAccounts.OFFICER, "ROLE_OFFICER");
  }

  static void asAnalyst() {
    as(TestAccounts.ANALYST, "ROLE_ANALYST");
  }

  static void as(String user, String role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(role))));
  }
}
