package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The in-memory sums of a month (the H2 rebuild) from rows shaped like {@link
 * AggregateSql#allSource}, read through a real JDBC result set. The contract tests compare a whole
 * rebuild with counts over the raw movements; this checks the packing itself: several rows on one
 * key, key order, set placeholders, and the signal to count with SQL instead.
 */
class MonthRollupsTest {

  private static final UUID POST_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID POST_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID DESK = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
  private static final UUID NIL = UUID.fromString(AggregateSql.NO_DESK);

  /** on_day, post, direction, decision, nationality, sex, age, purpose, mode, reason, carrier... */
  private static MonthRollups read(String values) throws SQLException {
    MonthRollups rollups = new MonthRollups(202603);
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select cast(c1 as date), cast(c2 as uuid), c3, c4, c5, c6, c7, c8, c9, c10,"
                        + " c11, cast(c12 as uuid), c13, c14, c15 from (values "
                        + values
                        + ") v(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15)")) {
      while (rs.next()) {
        rollups.add(rs);
      }
    }
    return rollups;
  }

  private static String row(String day, UUID post, String direction, String nationality, int age) {
    return "('%s', '%s', '%s', 'ADMITTED', '%s', 'F', %d, 'TOURISM', 'AIR', '-', 'KQ 310', '%s', 9, 40, 40500)"
        .formatted(day, post, direction, nationality, age, DESK);
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
                    row("2026-03-02", POST_B, "ENTRY", "KEN", 35),
                    row("2026-03-01", POST_A, "EXIT", "UTO", 60),
                    row("2026-03-02", POST_B, "ENTRY", "KEN", 35))
                + ", ('2026-03-02', '"
                + POST_A
                + "', 'ENTRY', 'REFUSED', 'NGA', 'M', 15, '-', 'LAND', 'C', '-', null, 10, 0,"
                + " null)")
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
  void tooManyDistinctValuesForOneLongKeyAreLeftToSql() throws SQLException {
    // 64 rows, each column with 64 distinct values: 5 bits for the day and 6 for each of the
    // other nine flow columns make 59 bits, more than a key may use
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      values
          .append(i == 0 ? "" : ", ")
          .append(
              "('2026-03-%02d', '%s', 'D%d', 'E%d', 'N%d', 'S%d', %d, 'P%d', 'T%d', 'R%d', '-', '%s', 9, 40, 1000)"
                  .formatted(i % 31 + 1, new UUID(0, i), i, i, i, i, i, i, i, i, DESK));
    }
    assertThat(read(values.toString()).sum()).isNull();
    assertThat(read(values.substring(0, values.indexOf("), (") + 1)).sum()).isNotNull();
  }
}
