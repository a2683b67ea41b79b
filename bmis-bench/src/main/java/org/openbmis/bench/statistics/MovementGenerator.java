package org.openbmis.bench.statistics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes synthetic posts, desks, travellers and movements into a database that the application has
 * migrated (tables of V1 and V30), plus an analyst {@code bench.analyst} with the password {@code
 * bench-password-123}. Movements are spread over the last {@code years} years with a realistic mix;
 * the aggregates are left empty (rebuild them with the application's command).
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

  private final SplittableRandom random = new SplittableRandom(42);

  public static void main(String[] args) throws SQLException {
    long movements = Long.parseLong(args[3]);
    int years = Integer.parseInt(args[4]);
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      c.setAutoCommit(false);
      long start = System.nanoTime();
      new MovementGenerator().generate(c, movements, years);
      System.out.printf(
          "generated %,d movements over %d years in %.1f s%n",
          movements, years, (System.nanoTime() - start) / 1e9);
    }
  }

  void generate(Connection c, long movements, int years) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Post> posts = Posts.create(c, TYPES, now);
    exec(
        c,
        "insert into adm_user (id, username, full_name, password_hash, roles, enabled, must_change_password,"
            + " created_at) values ('"
            + UUID.randomUUID()
            + "', 'bench.analyst', 'Bench analyst',"
            + " '{noop}bench-password-123', 'ANALYST', true, false, current_timestamp)");
    int travellers = (int) Math.max(1000, movements / 20);
    Travellers pool = Travellers.create(c, travellers, random, NATIONALITIES, now);
    c.commit();
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusYears(years);
    int days = (int) (LocalDate.now(ZoneOffset.UTC).toEpochDay() - first.toEpochDay());
    String sql =
        "insert into mov_movement (id, traveller_id, document_id, direction, decision, refusal_reason,"
            + " recorded_at, local_date, post_id, desk_id, officer, purpose, transport_mode, carrier, inspection_millis,"
            + " stay_days, nationality, sex, birth_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (long i = 0; i < movements; i++) {
        movement(ps, posts, pool, first, days);
        ps.addBatch();
        if (i % 5000 == 4999) {
          ps.executeBatch();
          c.commit();
        }
        if (i % 1_000_000 == 999_999) {
          System.out.printf("%,d movements%n", i + 1);
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  private void movement(
      PreparedStatement ps, List<Post> posts, Travellers pool, LocalDate first, int days)
      throws SQLException {
    Post post = posts.get(random.nextInt(posts.size()));
    int t = random.nextInt(pool.size());
    LocalDate day = first.plusDays(random.nextInt(days));
    int hour = Math.min(23, Math.max(0, (int) Math.round(13 + random.nextGaussian() * 4.5)));
    OffsetDateTime at =
        day.atTime(hour, random.nextInt(60), random.nextInt(60)).atOffset(ZoneOffset.ofHours(1));
    boolean entry = random.nextBoolean();
    int d = random.nextInt(1000);
    String decision = d < 985 ? "ADMITTED" : d < 993 ? "REFUSED" : "REFERRED_TO_SECONDARY";
    ps.setObject(1, new UUID(random.nextLong(), random.nextLong()));
    ps.setObject(2, pool.traveller(t));
    ps.setObject(3, pool.document(t));
    ps.setString(4, entry ? "ENTRY" : "EXIT");
    ps.setString(5, decision);
    ps.setString(
        6, decision.equals("REFUSED") ? String.valueOf((char) ('A' + random.nextInt(10))) : null);
    ps.setObject(7, at.withOffsetSameInstant(ZoneOffset.UTC));
    ps.setObject(8, day);
    ps.setObject(9, post.id());
    ps.setObject(10, post.desks().get(random.nextInt(post.desks().size())));
    ps.setString(11, "bench.officer");
    ps.setString(
        12,
        pool.nationality(t).equals("UTO")
            ? "RETURNING_RESIDENT"
            : PURPOSES[random.nextInt(PURPOSES.length)]);
    ps.setString(13, post.mode());
    ps.setString(14, post.carriers()[random.nextInt(post.carriers().length)]);
    ps.setLong(15, (long) (Math.exp(Math.log(25_000) + random.nextGaussian() * 0.5)));
    ps.setObject(16, !entry && decision.equals("ADMITTED") ? random.nextInt(90) : null);
    ps.setString(17, pool.nationality(t));
    ps.setString(18, pool.sex(t));
    ps.setInt(19, pool.birthYear(t));
  }

  static void exec(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** A generated post: its id, desks, transport mode and carriers. */
  record Post(UUID id, List<UUID> desks, String mode, String[] carriers) {}

  static List<UUID> ids(int n) {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(UUID.randomUUID());
    }
    return ids;
  }
}
