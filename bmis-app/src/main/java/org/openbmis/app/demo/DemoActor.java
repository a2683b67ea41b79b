package org.openbmis.app.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.ActorHolder;
import org.openbmis.app.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the demo set-up as the demo administrator ({@code admin}, at the main airport), through the
 * modules' own services, so that lists, rules, visas and enrolments are checked, audited and
 * indexed as if the administrator had entered them.
 */
final class DemoActor {

  private record Principal(Actor actor) implements ActorHolder {}

  /** The main airport, where the demo administrator works. */
  static final String POST = "AMA";

  private DemoActor() {}

  /**
   * Runs the work as the demo administrator; nothing when the demo posts and users are not there.
   */
  static void runAsAdmin(JdbcTemplate jdbc, Runnable work) {
    List<UUID> admin =
        jdbc.queryForList("select id from adm_user where username = 'admin'", UUID.class);
    List<UUID> post =
        jdbc.queryForList("select id from adm_border_post where code = ?", UUID.class, POST);
    if (admin.isEmpty() || post.isEmpty()) {
      return;
    }
    runAs(admin.get(0), post.get(0), POST, work);
  }

  private static void runAs(UUID userId, UUID postId, String postCode, Runnable work) {
    Set<Role> roles = Set.of(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER);
    Actor actor = new Actor(userId, "admin", roles, postId, postCode, null);
    var authorities =
        roles.stream()
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .collect(Collectors.toList());
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(new Principal(actor), null, authorities));
    SecurityContextHolder.setContext(context);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
