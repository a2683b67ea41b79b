package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The in-memory sums of a month (the H2 rebuild) from rows shaped like {@link
 * AggregateSql#rawSource}, read through a real JDBC result set. The contract tests compare a whole
 * rebuild with counts over the raw movements; this checks the packing itself (several rows on one
 * key, key order, set placeholders, the signal to count with SQL instead) and that the keys derived
 * in Java equal the live path's SQL on the values where they could differ.
 */
class MonthRollupsTest {

  private static final UUID POST_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID POST_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID DESK = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
  private static final UUID NIL = UUID.fromString(AggregateSql.NO_DESK);

  private static final Map<UUID, ZoneId> ZONES =
      Map.of(POST_A, ZoneId.of("UTC"), POST_B, ZoneId.of("Africa/Nairobi"));

  /** The columns of {@link AggregateSql#rawSource}, each as the values below give it. */
  private static final List<String> RAW =
      List.of(
          "cast(c1 as date) as local_date",
          "cast(c2 as uuid) as post_id",
          "c3 as direction",
          "c4 as decision",
          "c5 as nationality",
          "c6 as sex",
          "c7 as birth_year",
          "c8 as purpose",
          "c9 as transport_mode",
          "c10 as refusal_reason",
          "c11 as carrier",
          "cast(c12 as uuid) as desk_id",
          "cast(c13 as timestamp with time zone) as recorded_at",
          "c14 as inspection_millis",
          "c15 as stay_days");

  /**
   * on_day, post, direction, decision, nationality, sex, birth year, purpose, mode, reason,
   * carrier, desk, recorded at, milliseconds, stay days; read as the raw source's columns, in
   * {@code columns}' order.
   */
  private static MonthRollups read(String values, List<String> columns) throws SQLException {
    MonthRollups rollups = new MonthRollups(202603, ZONES);
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select "
                        + String.join(", ", columns)
                        + " from (values "
                        + values
                        + ") v(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15)")) {
      while (rs.next()) {
        rollups.add(rs);
      }
    }
    return rollups;
  }

  private static MonthRollups read(String values) throws SQLException {
    return read(values, RAW);
  }

  /**
   * An admitted traveller inspected in 40.5 seconds, recorded at 09:00 at the post; an exit closes
   * a stay of 9 days.
   */
  private static String row(
      String day, UUID post, String direction, String nationality, int birthYear) {
    String nine = post.equals(POST_B) ? "06:00:00+00" : "09:00:00+00";
    return "('%s', '%s', '%s', 'ADMITTED', '%s', 'F', %d, 'TOURISM', 'AIR', null, 'KQ 310', '%s', '%s %s', 40500, %s)"
        .formatted(
            day,
            post,
            direction,
            nationality,
            birthYear,
            DESK,
            day,
            nine,
            direction.equals("EXIT") ? "9" : "null");
  }

  private static List<String> rows(MonthRollups.PackedRollup rollup) {
    return rollup.sortedRows().stream()
        .map(r -> Arrays.stream(r).map(String::valueOf).collect(Collectors.joining(" ")))
        .toList();
  }

  @Test
  void sumsEveryTableOfTheMonthInKeyOrder() throws SQLException {
    var t =
        read(String.join(
                    ", ",
                    row("2026-03-02", POST_B, "ENTRY", "KEN", 1990),
                    row("2026-03-01", POST_A, "EXIT", "UTO", 1964),
                    row("2026-03-02", POST_B, "ENTRY", "KEN", 1989))
                + ", ('2026-03-02', '"
                + POST_A
                + "', 'ENTRY', 'REFUSED', 'NGA', 'M', 2010, null, 'LAND', 'C', null, null,"
                + " '2026-03-02 10:00:00+00', null, null)")
            .sum();
    assertThat(t).isNotNull();
    assertThat(t.movements()).isEqualTo(4);
    assertThat(rows(t.flowDay()))
        .containsExactly(
            "2026-03-01 " + POST_A + " EXIT ADMITTED UTO F 60 TOURISM AIR - 1",
            "2026-03-02 " + POST_A + " ENTRY REFUSED NGA M 15 - LAND C 1",
            "2026-03-02 " + POST_B + " ENTRY ADMITTED KEN F 35 TOURISM AIR - 2");
    // the refused traveller has no inspection time: three inspections, by desk and hour
    assertThat(rows(t.processing()))
        .containsExactly(
            "2026-03-01 " + POST_A + " " + DESK + " 9 40 1 40500",
            "2026-03-02 " + POST_B + " " + DESK + " 9 40 2 81000");
    assertThat(rows(t.carrierMonth()))
        .containsExactly(
            "202603 " + POST_A + " ENTRY LAND - 1",
            "202603 " + POST_A + " EXIT AIR KQ 310 1",
            "202603 " + POST_B + " ENTRY AIR KQ 310 2");
    // the one admitted exit closed a stay of 9 days: band 8-30
    assertThat(rows(t.stayDay())).containsExactly("2026-03-01 " + POST_A + " UTO 8 1");
    assertThat(rows(t.stayMonth())).containsExactly("202603 " + POST_A + " UTO 8 1");
    // a monthly set keeps its two dimensions, direction and decision; the rest are placeholders
    assertThat(rows(t.flowSetMonth()))
        .filteredOn(r -> r.startsWith("nationality+sex "))
        .containsExactly(
            "nationality+sex 202603 " + NIL + " ENTRY ADMITTED KEN F -2 * * * 2",
            "nationality+sex 202603 " + NIL + " ENTRY REFUSED NGA M -2 * * * 1",
            "nationality+sex 202603 " + NIL + " EXIT ADMITTED UTO F -2 * * * 1");
    assertThat(rows(t.flowSetDay()))
        .filteredOn(r -> r.startsWith("post_id "))
        .containsExactly(
            "post_id 2026-03-01 " + POST_A + " EXIT ADMITTED * * -2 * * * 1",
            "post_id 2026-03-02 " + POST_A + " ENTRY REFUSED * * -2 * * * 1",
            "post_id 2026-03-02 " + POST_B + " ENTRY ADMITTED * * -2 * * * 2");
    assertThat(rows(t.processingSetMonth()))
        .filteredOn(r -> r.startsWith("at_hour "))
        .containsExactly("at_hour 202603 " + NIL + " " + NIL + " 9 40 3 121500");
  }

  @Test
  void readsTheColumnsByNameNotByPosition() throws SQLException {
    String values =
        String.join(
            ", ",
            row("2026-03-02", POST_B, "ENTRY", "KEN", 1990),
            row("2026-03-01", POST_A, "EXIT", "UTO", 1964));
    List<String> reversed = new java.util.ArrayList<>(RAW);
    java.util.Collections.reverse(reversed);
    var inOrder = read(values).sum();
    var t = read(values, reversed).sum();
    assertThat(inOrder).isNotNull();
    assertThat(t).isNotNull();
    assertThat(rows(t.flowDay()))
        .containsExactly(
            "2026-03-01 " + POST_A + " EXIT ADMITTED UTO F 60 TOURISM AIR - 1",
            "2026-03-02 " + POST_B + " ENTRY ADMITTED KEN F 35 TOURISM AIR - 1")
        .isEqualTo(rows(inOrder.flowDay()));
    assertThat(rows(t.processing())).isEqualTo(rows(inOrder.processing())).hasSize(2);
    assertThat(rows(t.stayDay())).containsExactly("2026-03-01 " + POST_A + " UTO 8 1");
  }

  @Test
  void tooManyDistinctValuesForOneLongKeyAreLeftToSql() throws SQLException {
    // 64 rows, each column with 64 distinct values but age with all 18 bands: 5 bits for the day
    // and for the age and 6 for each of the other eight flow columns make 58 bits, more than a key
    // may use (the inspections are not timed: the posts need no time zone)
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      values
          .append(i == 0 ? "" : ", ")
          .append(
              "('2026-03-%02d', '%s', 'D%d', 'E%d', 'N%d', 'S%d', %d, 'P%d', 'T%d', 'R%d', '-', '%s', '2026-03-01 09:00:00+00', null, null)"
                  .formatted(
                      i % 31 + 1, new UUID(0, i), i, i, i, i, 2026 - 5 * (i % 18), i, i, i, DESK));
    }
    assertThat(read(values.toString()).sum()).isNull();
    assertThat(read(values.substring(0, values.indexOf("), (") + 1)).sum()).isNotNull();
  }

  @Test
  void derivesEveryKeyAsTheLivePathsSqlDoes() throws SQLException {
    UUID kolkata = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    UUID newYork = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    Map<UUID, ZoneId> zones =
        Map.of(
            POST_A,
            ZoneId.of("UTC"),
            kolkata,
            ZoneId.of("Asia/Kolkata"),
            newYork,
            ZoneId.of("America/New_York"));
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
      var st = c.createStatement();
      st.execute("create table adm_border_post (id uuid primary key, time_zone varchar(64))");
      st.execute(
          // the movement module's read model (V57), as the raw source reads it
          "create table mov_movement_facts (id uuid default random_uuid(), local_date date,"
              + " post_id uuid,"
              + " direction varchar(5), decision varchar(24), nationality varchar(3),"
              + " sex varchar(1), birth_year integer, purpose varchar(24),"
              + " transport_mode varchar(16), refusal_reason varchar(4), carrier varchar(40),"
              + " desk_id uuid, recorded_at timestamp with time zone, inspection_millis bigint,"
              + " stay_days integer)");
      zones.forEach(
          (post, zone) -> {
            try {
              st.execute("insert into adm_border_post values ('%s', '%s')".formatted(post, zone));
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          });
      // carriers with spaces, lower case and accents; no birth year, a future one, one past 85;
      // every bucket boundary; the hour across midnight, a half-hour offset and a DST change
      String rows =
          String.join(
              ", ",
              edge("2026-03-01", POST_A, null, " kq 311 ", "2026-03-01 23:59:59+00", 0L),
              edge("2026-03-01", POST_A, 2030, "kq  310", "2026-03-01 00:00:00+00", 999L),
              edge("2026-03-01", kolkata, 1900, "   ", "2026-03-01 23:45:00+00", 119_999L),
              edge("2026-03-02", kolkata, 2021, null, "2026-03-01 18:29:00+00", 120_000L),
              edge("2026-03-02", kolkata, 2022, "ét 1", "2026-03-01 18:30:00+00", 599_999L),
              edge("2026-03-08", newYork, 1961, "AA 100", "2026-03-08 06:30:00+00", 600_000L),
              edge("2026-03-08", newYork, 1961, "AA 100", "2026-03-08 07:30:00+00", 3_600_000L),
              edge("2026-03-08", newYork, 1961, "AA 100", "2026-03-08 07:30:00+00", null));
      // stays: every band boundary, an exit refused and an entry (neither counted), no stay
      StringBuilder stays = new StringBuilder();
      for (int days : new int[] {0, 1, 2, 7, 8, 30, 31, 90, 91, 180, 181, 365, 366, 5000}) {
        stays.append(", ").append(stay("EXIT", "ADMITTED", Integer.toString(days)));
      }
      stays
          .append(", ")
          .append(stay("EXIT", "REFUSED", "3"))
          .append(", ")
          .append(stay("ENTRY", "ADMITTED", "4"))
          .append(", ")
          .append(stay("EXIT", "ADMITTED", "null"));
      st.execute(
          "insert into mov_movement_facts (local_date, post_id, direction, decision, nationality, sex,"
              + " birth_year, purpose, transport_mode, refusal_reason, carrier, desk_id,"
              + " recorded_at, inspection_millis, stay_days) values "
              + rows
              + stays);
      MonthRollups rollups = new MonthRollups(202603, zones);
      try (ResultSet rs = st.executeQuery(AggregateSql.rawSource(""))) {
        while (rs.next()) {
          rollups.add(rs);
        }
      }
      var t = rollups.sum();
      assertThat(t).isNotNull();
      assertThat(rows(t.flowDay()))
          .containsExactlyInAnyOrderElementsOf(sql(c, AggregateSql.flowDay("")));
      assertThat(rows(t.carrierDay()))
          .containsExactlyInAnyOrderElementsOf(sql(c, AggregateSql.carrierDay("")))
          .contains(
              "2026-03-01 " + POST_A + " ENTRY AIR KQ 311 1",
              "2026-03-02 " + kolkata + " ENTRY AIR ÉT 1 1");
      assertThat(rows(t.processing()))
          .containsExactlyInAnyOrderElementsOf(sql(c, AggregateSql.processing("")))
          .hasSize(7);
      assertThat(rows(t.stayDay()))
          .containsExactlyInAnyOrderElementsOf(sql(c, AggregateSql.stayDay("")))
          .contains(
              "2026-03-09 " + POST_A + " GHA 1 2",
              "2026-03-09 " + POST_A + " GHA 8 2",
              "2026-03-09 " + POST_A + " GHA 366 2")
          .hasSize(7);
    }
  }

  /** A crossing of a Ghanaian on 9 March at post A with the given stay days. */
  private static String stay(String direction, String decision, String days) {
    return "('2026-03-09', '%s', '%s', '%s', 'GHA', 'M', 1980, 'TOURISM', 'AIR', null, null, null, '2026-03-09 10:00:00+00', null, %s)"
        .formatted(POST_A, direction, decision, days);
  }

  /** A movement whose values are the same but for those the test varies. */
  private static String edge(
      String day, UUID post, Integer birthYear, String carrier, String at, Long millis) {
    return "('%s', '%s', 'ENTRY', 'ADMITTED', null, null, %s, 'WORK', 'AIR', null, %s, %s, '%s', %s, null)"
        .formatted(
            day,
            post,
            birthYear,
            carrier == null ? "null" : "'" + carrier + "'",
            millis != null && millis < 1000 ? "null" : "'" + DESK + "'",
            at,
            millis);
  }

  /** The rows of the live path's select, as {@link #rows} shows them. */
  private static List<String> sql(Connection c, String select) throws SQLException {
    List<String> rows = new java.util.ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(select)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i == 1 ? "" : " ").append(rs.getObject(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
