package org.openbmis.app.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The posts of {@code demo/posts.txt} with desks {@code A01}..., and the demo users: {@code
 * officer} and {@code supervisor} at the main airport, {@code analyst} and {@code admin} without a
 * post, and {@code officer.<post>} at every post. All have the password {@code demo}.
 */
@Component
class PostsSeeder {

  static final String PASSWORD = "demo";

  private final JdbcTemplate jdbc;
  private final PasswordEncoder encoder;

  PostsSeeder(JdbcTemplate jdbc, PasswordEncoder encoder) {
    this.jdbc = jdbc;
    this.encoder = encoder;
  }

  List<DemoPost> seed(Instant now, Random random) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    List<DemoPost> posts = new ArrayList<>();
    List<Object[]> postRows = new ArrayList<>();
    List<Object[]> deskRows = new ArrayList<>();
    for (String line : DemoResources.lines("posts.txt")) {
      String[] f = line.split("\\|");
      String code = f[0].strip();
      PostType type = PostType.valueOf(f[1].strip());
      String neighbour = f[2].isBlank() ? null : f[2].strip();
      ZoneId zone = ZoneId.of(f[3].strip());
      UUID id = DemoIds.at(now, random);
      // Manifests name airports by their IATA code (the demo airports use their post code) and
      // ports by UN/LOCODE ("UT" for Utopia); land posts receive none.
      String location =
          switch (type) {
            case AIR -> code;
            case SEA -> "UT" + code;
            default -> null;
          };
      postRows.add(
          new Object[] {
            id, code, f[6].strip(), type.name(), neighbour, zone.getId(), at, location
          });
      List<UUID> desks = new ArrayList<>();
      boolean main =
          posts.stream().noneMatch(p -> p.type() == PostType.AIR) && type == PostType.AIR;
      int count = Integer.parseInt(f[4].strip());
      for (int d = 1; d <= count; d++) {
        UUID desk = DemoIds.at(now, random);
        desks.add(desk);
        String[] setting = deskSetting(type, main, d, count);
        deskRows.add(
            new Object[] {
              desk, id, "A%02d".formatted(d), "Desk A%02d".formatted(d), at, setting[0], setting[1]
            });
      }
      String own = "officer." + code.toLowerCase(Locale.ROOT);
      List<String> officers = main ? List.of("officer", own) : List.of(own);
      posts.add(
          new DemoPost(
              id,
              code,
              f[6].strip(),
              type,
              neighbour,
              zone,
              Integer.parseInt(f[5].strip()),
              List.copyOf(desks),
              officers,
              main ? "supervisor" : null));
    }
    jdbc.batchUpdate(
        "insert into adm_border_post (id, code, name, post_type, neighbour_country, time_zone, active,"
            + " created_at, location_code) values (?, ?, ?, ?, ?, ?, true, ?, ?)",
        postRows);
    jdbc.batchUpdate(
        "insert into adm_desk (id, post_id, code, name, active, created_at, flow, lane)"
            + " values (?, ?, ?, ?, true, ?, ?, ?)",
        deskRows);
    users(posts, now, random);
    return posts;
  }

  /**
   * A desk's flow and lane (ADR 0016). Airports and ports: odd desks for arrivals, even desks for
   * departures, and the last desk of a post with four or more for crews both ways (the main
   * airport's fifth desk is diplomatic). Land crossings serve both ways; their first desk is the
   * vehicle lane (the demo officer of a land post works there).
   */
  static String[] deskSetting(PostType type, boolean main, int desk, int count) {
    if (type == PostType.LAND) {
      return new String[] {"BOTH", desk == 1 ? "VEHICLES" : "PASSENGERS"};
    }
    if (count >= 4 && desk == count) {
      return new String[] {"BOTH", "CREW"};
    }
    if (main && desk == 5) {
      return new String[] {"BOTH", "DIPLOMATIC"};
    }
    return new String[] {desk % 2 == 1 ? "ARRIVALS" : "DEPARTURES", "PASSENGERS"};
  }

  private void users(List<DemoPost> posts, Instant now, Random random) {
    DemoPost main = posts.stream().filter(p -> p.supervisor() != null).findFirst().orElseThrow();
    String hash = encoder.encode(PASSWORD);
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        user("officer", "Demo Officer", "OFFICER", main, main.desks().get(0), hash, now, random));
    rows.add(user("supervisor", "Demo Supervisor", "SUPERVISOR", main, null, hash, now, random));
    rows.add(user("analyst", "Demo Analyst", "ANALYST", null, null, hash, now, random));
    rows.add(user("admin", "Demo Administrator", "ADMIN", null, null, hash, now, random));
    for (DemoPost p : posts) {
      String username = p.officers().get(p.officers().size() - 1);
      UUID desk = p.desks().get(p.desks().size() > 1 && p == main ? 1 : 0);
      rows.add(user(username, "Demo Officer " + p.code(), "OFFICER", p, desk, hash, now, random));
    }
    jdbc.batchUpdate(
        "insert into adm_user (id, username, full_name, password_hash, roles, post_id, desk_id, enabled,"
            + " must_change_password, created_at, password_changed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, true, false, ?, ?)",
        rows);
  }

  private Object[] user(
      String username,
      String fullName,
      String roles,
      @Nullable DemoPost post,
      @Nullable UUID desk,
      String hash,
      Instant now,
      Random random) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return new Object[] {
      DemoIds.at(now, random),
      username,
      fullName,
      hash,
      roles,
      post == null ? null : post.id(),
      desk,
      at,
      at
    };
  }
}
