package org.openbmis.bench.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Generated border posts (codes BENCH-00..) with 4 to 19 desks each, and their carriers. Ids are
 * fixed patterns so that the set-based movement SQL can refer to them.
 */
final class Posts {

  private Posts() {}

  static List<MovementGenerator.Post> create(Connection c, String[] types, OffsetDateTime now)
      throws SQLException {
    List<MovementGenerator.Post> posts = new ArrayList<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "insert into adm_border_post (id, code, name, post_type, time_zone,"
                    + " active, created_at) values (?, ?, ?, ?, 'Africa/Lagos', true, ?)");
        PreparedStatement d =
            c.prepareStatement(
                "insert into adm_desk (id, post_id, code, name, active, created_at) values (?, ?, ?, ?, true, ?)")) {
      for (int i = 0; i < types.length; i++) {
        UUID id = postId(i);
        String code = String.format("BENCH-%02d", i);
        p.setObject(1, id);
        p.setString(2, code);
        p.setString(3, "Benchmark post " + i);
        p.setString(4, types[i]);
        p.setObject(5, now);
        p.executeUpdate();
        List<UUID> desks = new ArrayList<>();
        for (int k = 0; k < desks(i); k++) {
          desks.add(deskId(i, k));
        }
        for (int k = 0; k < desks.size(); k++) {
          d.setObject(1, desks.get(k));
          d.setObject(2, id);
          d.setString(3, String.format("D%02d", k));
          d.setString(4, "Desk " + k);
          d.setObject(5, now);
          d.executeUpdate();
        }
        posts.add(new MovementGenerator.Post(id, desks, mode(types[i]), carriers(types[i], i)));
      }
    }
    return posts;
  }

  /**
   * Post {@code i}'s id: fixed, so that SQL can compute it ({@code
   * 00000000-0000-4000-b000-0000000000ii}).
   */
  static UUID postId(int i) {
    return UUID.fromString(String.format("%s%012d", POST_PREFIX, i));
  }

  /** Desk {@code k} of post {@code i}. */
  static UUID deskId(int i, int k) {
    return UUID.fromString(String.format("%s%06d%06d", DESK_PREFIX, i, k));
  }

  /** How many desks post {@code i} has (4 to 19; the SQL says {@code 4 + mod(7 i, 16)}). */
  static int desks(int i) {
    return 4 + (i * 7) % 16;
  }

  static final String POST_PREFIX = "00000000-0000-4000-b000-";
  static final String DESK_PREFIX = "00000000-0000-4000-c000-";

  static String mode(String type) {
    return type.equals("AIR") ? "AIR" : type.equals("SEA") ? "SEA" : "ROAD";
  }

  static String[] carriers(String type, int post) {
    String[] prefixes =
        type.equals("AIR")
            ? new String[] {"KQ", "ET", "AF", "EK", "TK", "QR", "LH", "BA"}
            : type.equals("SEA")
                ? new String[] {"MSC", "MAERSK", "CMA"}
                : new String[] {"BUS", "TRUCK", "CAR"};
    String[] out = new String[prefixes.length * 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = prefixes[i % prefixes.length] + " " + (100 + post * 10 + i);
    }
    return out;
  }
}
