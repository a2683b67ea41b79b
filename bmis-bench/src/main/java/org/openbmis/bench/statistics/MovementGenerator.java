package org.openbmis.bench.statistics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Writes synthetic posts, desks, travellers and movements into a database that the application has
 * migrated (H2 or PostgreSQL), plus an analyst {@code bench.analyst} with the password {@code
 * bench-password-123}. The aggregates are left empty: rebuild them with the application's command.
 *
 * <p>Set-based: every traveller and movement comes from {@code INSERT ... SELECT} over a number
 * range ({@code system_range} on H2, {@code generate_series} on PostgreSQL), a million rows per
 * statement on PostgreSQL and 100,000 on H2, so ten million movements load in minutes. Movements
 * are in time order (as a real system records them), spread evenly over the last {@code years}
 * years, one traveller per 20 movements. Values are drawn by multiplicative hashes of the row
 * number (deterministic): 16 posts (4 air, 8 land, 4 sea) with 4 to 19 desks, 59 nationalities (the
 * country's own 4 times as often), 48 % women, birth years 1940-2021, 11 purposes (nationals return
 * as residents), half entries, 98.5 % admitted, 0.8 % refused (reasons A-J), the rest referred;
 * decision hours around 12:30, inspections of 8 to 58 s with one in 50 over two minutes, carriers
 * per post. The counts of open authorised stays follow (see {@link #openStayCounts()}).
 *
 * <p>Usage: {@code MovementGenerator jdbcUrl user password movements years}
 */
public final class MovementGenerator {

  static final String[] NATIONALITIES = {
    "UTO", "UTO", "UTO", "UTO", "KEN", "NGA", "GHA", "ETH", "SOM", "UGA", "TZA", "ZAF", "EGY",
    "MAR", "SEN", "CIV", "CMR", "COD", "SDN", "SSD", "IND", "CHN", "PAK", "BGD", "PHL", "TUR",
    "ARE", "SAU", "LBN", "GBR", "FRA", "D", "ITA", "ESP", "NLD", "BEL", "SWE", "RUS", "UKR", "USA",
    "CAN", "BRA", "MEX", "AUS", "JPN", "KOR", "IRN", "IRQ", "SYR", "YEM", "AFG", "NPL", "LKA",
    "VNM", "THA", "IDN", "MYS", "XXA", "ZWE"
  };
  static final String[] PURPOSES = {
    "TOURISM",
    "TOURISM",
    "TOURISM",
    "BUSINESS",
    "BUSINESS",
    "WORK",
    "STUDY",
    "TRANSIT",
    "FAMILY_VISIT",
    "FAMILY_VISIT",
    "OTHER"
  };
  static final String[] TYPES = {
    "AIR", "AIR", "AIR", "AIR", "LAND", "LAND", "LAND", "LAND", "LAND", "LAND", "LAND", "LAND",
    "SEA", "SEA", "SEA", "SEA"
  };
  static final String[] REASONS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};

  /**
   * Rows per statement and transaction: a million on PostgreSQL; 100,000 on H2, whose append-only
   * store keeps every page a transaction rewrites until it commits (a million-row transaction grew
   * the file by 13 GB).
   */
  private final long chunk;

  private static final String TRAVELLER = "00000000-0000-4000-8000-";
  private static final String DOCUMENT = "00000000-0000-4000-a000-";
  private static final String MOVEMENT = "00000000-0000-4000-9000-";
  private static final long[] MULTIPLIERS = {
    16807,
    48271,
    69621,
    39373,
    950706376,
    742938285,
    1583458089,
    784588716,
    1226874159,
    62089911,
    1343714438,
    630360016,
    397204094,
    764261123,
    1930278489,
    1103515245,
    214013
  };

  private final boolean postgres;

  MovementGenerator(boolean postgres) {
    this.postgres = postgres;
    this.chunk = postgres ? 1_000_000 : 100_000;
  }

  public static void main(String[] args) throws SQLException {
    long movements = Long.parseLong(args[3]);
    int years = Integer.parseInt(args[4]);
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      c.setAutoCommit(false);
      long start = System.nanoTime();
      new MovementGenerator(args[0].startsWith("jdbc:postgresql")).generate(c, movements, years);
      System.out.printf(
          "generated %,d movements over %d years in %.1f s%n",
          movements, years, (System.nanoTime() - start) / 1e9);
    }
  }

  void generate(Connection c, long movements, int years) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    exec(
        c, postgres ? "set session_replication_role = replica" : "set referential_integrity false");
    Posts.create(c, TYPES, now);
    exec(
        c,
        "insert into adm_user (id, username, full_name, password_hash, roles, enabled, must_change_password,"
            + " created_at) values ('"
            + UUID.randomUUID()
            + "', 'bench.analyst', 'Bench analyst',"
            + " '{noop}bench-password-123', 'ANALYST', true, false, current_timestamp)");
    long travellers = Math.max(1000, movements / 20);
    exec(c, travellers(travellers));
    exec(c, documents(travellers));
    c.commit();
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusYears(years);
    long days = LocalDate.now(ZoneOffset.UTC).toEpochDay() - first.toEpochDay();
    for (long lo = 1; lo <= movements; lo += chunk) {
      long hi = Math.min(movements, lo + chunk - 1);
      exec(c, movements(lo, hi, movements, travellers, first, days));
      c.commit();
      System.out.printf("%,d movements%n", hi);
    }
    long start = System.nanoTime();
    exec(c, openStayCounts());
    c.commit();
    System.out.printf("open-stay counts in %.1f s%n", (System.nanoTime() - start) / 1e9);
    exec(c, postgres ? "set session_replication_role = origin" : "set referential_integrity true");
    c.commit();
  }

  /**
   * The counts of open authorised stays that the overstayer panels read ({@code
   * vis_open_stay_count}), as the demo's rule makes them: a foreigner's admitted entry authorises
   * 90 days (to its local date + 89), and the stay is open while that entry is the traveller's last
   * admitted movement. Only the counts are written, not the stays themselves: the dashboard reads
   * nothing else.
   */
  private String openStayCounts() {
    return "insert into vis_open_stay_count (authorised_until, post_id, nationality, stays)"
        + " select until, post_id, nationality, count(*) from (select "
        + addDays("m.local_date", "89")
        + " as until, m.post_id, m.nationality from mov_movement m join (select traveller_id,"
        + " max(recorded_at) as last_at from mov_movement where decision = 'ADMITTED'"
        + " group by traveller_id) l on l.traveller_id = m.traveller_id and l.last_at = m.recorded_at"
        + " where m.decision = 'ADMITTED' and m.direction = 'ENTRY' and m.nationality <> 'UTO') o"
        + " group by until, post_id, nationality";
  }

  private String travellers(long n) {
    return "insert into trv_traveller (id, primary_identifier, secondary_identifier, name_key,"
        + " date_of_birth, sex, nationality, created_at) select "
        + uuid(TRAVELLER, "x")
        + ", 'BENCH', 'TRAVELLER ' || cast(x as varchar(12)), 'BENCH TRAVELLER ' || cast(x as varchar(12)), "
        + addDays(
            "date '1940-01-01'",
            "(" + birthYear("x") + " - 1940) * 36525 / 100 + " + hash("x", 14, 360))
        + ", "
        + sex("x")
        + ", "
        + pick(hash("x", 11, NATIONALITIES.length), NATIONALITIES)
        + ", current_timestamp from "
        + range(1, n);
  }

  private String documents(long n) {
    return "insert into trv_document (id, traveller_id, document_code, document_number, issuing_state,"
        + " birth_key, source, first_seen_at) select "
        + uuid(DOCUMENT, "x")
        + ", "
        + uuid(TRAVELLER, "x")
        + ", 'P', 'B' || lpad(cast(x as varchar(12)), 8, '0'), "
        + pick(hash("x", 11, NATIONALITIES.length), NATIONALITIES)
        + ", 'x', 'MRZ', current_timestamp from "
        + range(1, n);
  }

  private String movements(
      long lo, long hi, long total, long travellers, LocalDate first, long days) {
    String nationality = pick(hash("t", 11, NATIONALITIES.length), NATIONALITIES);
    StringJoiner modes = new StringJoiner(" ", "case p ", " end");
    StringJoiner carriers = new StringJoiner(" ", "case p ", " end");
    for (int p = 0; p < TYPES.length; p++) {
      String[] cs = Posts.carriers(TYPES[p], p);
      modes.add("when " + p + " then '" + Posts.mode(TYPES[p]) + "'");
      carriers.add("when " + p + " then " + pick(hash("x", 9, cs.length), cs));
    }
    long firstSecond = first.toEpochDay() * 86_400 - 3_600; // local times are UTC+1
    String inner =
        "select x, "
            + hash("x", 0, TYPES.length)
            + " as p, 1 + "
            + hash("x", 1, travellers)
            + " as t, (x - 1) * "
            + days
            + " / "
            + total
            + " as d, "
            + hash("x", 2, 1000)
            + " as dec, "
            + hash("x", 3, 2)
            + " as dir, least(23, 2 + "
            + hash("x", 4, 8)
            + " + "
            + hash("x", 5, 8)
            + " + "
            + hash("x", 6, 8)
            + ") * 3600 + "
            + hash("x", 7, 3600)
            + " as secs from "
            + range(lo, hi);
    return "insert into mov_movement (id, traveller_id, document_id, direction, decision, refusal_reason,"
        + " recorded_at, local_date, post_id, desk_id, officer, purpose, transport_mode, carrier,"
        + " inspection_millis, stay_days, nationality, sex, birth_year) select "
        + uuid(MOVEMENT, "x")
        + ", "
        + uuid(TRAVELLER, "t")
        + ", "
        + uuid(DOCUMENT, "t")
        + ", case when dir = 0 then 'ENTRY' else 'EXIT' end,"
        + " case when dec < 985 then 'ADMITTED' when dec < 993 then 'REFUSED' else 'REFERRED_TO_SECONDARY' end,"
        + " case when dec >= 985 and dec < 993 then "
        + pick(hash("x", 8, REASONS.length), REASONS)
        + " end, "
        + epochSeconds(firstSecond + " + d * 86400 + secs")
        + ", "
        + addDays("date '" + first + "'", "d")
        + ", cast('"
        + Posts.POST_PREFIX
        + "' || lpad(cast(p as varchar(12)), 12, '0') as uuid), cast('"
        + Posts.DESK_PREFIX
        + "' || lpad(cast(p as varchar(12)), 6, '0') || lpad(cast("
        + hash("x", 10, "4 + mod(p * 7, 16)")
        + " as varchar(12)), 6, '0') as uuid), 'bench.officer', case when "
        + nationality
        + " = 'UTO' then 'RETURNING_RESIDENT' else "
        + pick(hash("x", 12, PURPOSES.length), PURPOSES)
        + " end, "
        + modes
        + ", "
        + carriers
        + ", 8000 + "
        + hash("x", 13, 25000)
        + " + "
        + hash("x", 14, 25000)
        + " + case when "
        + hash("x", 15, 50)
        + " = 7 then 120000 else 0 end,"
        + " case when dir = 1 and dec < 985 then "
        + hash("x", 16, 90)
        + " end, "
        + nationality
        + ", "
        + sex("t")
        + ", "
        + birthYear("t")
        + " from ("
        + inner
        + ") s";
  }

  private static String sex(String x) {
    return "case when " + hash(x, 12, 100) + " < 48 then 'F' else 'M' end";
  }

  private static String birthYear(String x) {
    return "(1940 + " + hash(x, 13, 82) + ")";
  }

  /** A value in [0, n) from a multiplicative hash of {@code x} modulo the prime 2^31 - 1. */
  private static String hash(String x, int k, Object n) {
    return "mod(mod(cast(" + x + " as bigint) * " + MULTIPLIERS[k] + ", 2147483647), " + n + ")";
  }

  private static String pick(String index, String[] values) {
    StringJoiner j = new StringJoiner(" ", "case " + index + " ", " end");
    for (int i = 0; i < values.length; i++) {
      j.add("when " + i + " then '" + values[i] + "'");
    }
    return j.toString();
  }

  private static String uuid(String prefix, String x) {
    return "cast('" + prefix + "' || lpad(cast(" + x + " as varchar(12)), 12, '0') as uuid)";
  }

  private String range(long lo, long hi) {
    return postgres
        ? "generate_series(cast(" + lo + " as bigint), " + hi + ") as r(x)"
        : "system_range(" + lo + ", " + hi + ")";
  }

  private String addDays(String date, String days) {
    return postgres
        ? "cast(" + date + " + cast(" + days + " as integer) as date)"
        : "dateadd(day, " + days + ", " + date + ")";
  }

  private String epochSeconds(String seconds) {
    return postgres
        ? "to_timestamp(" + seconds + ")"
        : "dateadd(second, " + seconds + ", timestamp with time zone '1970-01-01 00:00:00+00')";
  }

  static void exec(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** A generated post: its id, desks, transport mode and carriers. */
  record Post(UUID id, List<UUID> desks, String mode, String[] carriers) {}
}
