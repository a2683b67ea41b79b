package org.openbmis.bench.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Generated border posts (codes BENCH-00..) with 4 to 19 desks each, and their carriers. */
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
        UUID id = UUID.randomUUID();
        String code = String.format("BENCH-%02d", i);
        p.setObject(1, id);
        p.setString(2, code);
        p.setString(3, "Benchmark post " + i);
        p.setString(4, types[i]);
        p.setObject(5, now);
        p.executeUpdate();
        List<UUID> desks = MovementGenerator.ids(4 + (i * 7) % 16);
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

  private static String mode(String type) {
    return type.equals("AIR") ? "AIR" : type.equals("SEA") ? "SEA" : "ROAD";
  }

  private static String[] carriers(String type, int post) {
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
