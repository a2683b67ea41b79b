package org.openbmis.app.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A post's override policy: which roles may admit a traveller in spite of blocking conditions
 * (default SUPERVISOR). Officers at primary never may; administrators choose per post.
 */
@Service
public class OverridePolicyService {

  /** Roles that can be allowed to override: those who decide crossings at a post. */
  static final Set<Role> ELIGIBLE = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.SECONDARY);

  private final JdbcClient jdbc;
  private final AuditLog audit;

  private final ApplicationEventPublisher events;

  OverridePolicyService(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The roles that may override at a post (SUPERVISOR when the post is unknown). */
  @Transactional(readOnly = true)
  public Set<Role> overrideRoles(UUID postId) {
    return jdbc.sql("select override_roles from adm_border_post where id = ?")
        .param(postId)
        .query(String.class)
        .optional()
        .map(OverridePolicyService::parse)
        .orElse(EnumSet.of(Role.SUPERVISOR));
  }

  /**
   * Sets the roles that may override at a post; at least one, among OFFICER, SUPERVISOR, SECONDARY.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public Set<Role> setOverrideRoles(UUID postId, List<Role> roles) {
    if (roles == null || roles.isEmpty() || !ELIGIBLE.containsAll(roles)) {
      throw new InvalidInputProblem(
          "admin.override_roles_invalid",
          "Choose one or more of OFFICER, SUPERVISOR and SECONDARY.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "roles", "admin.override_roles_invalid", "OFFICER, SUPERVISOR, SECONDARY")));
    }
    Set<Role> set = EnumSet.copyOf(roles);
    String text = set.stream().map(Role::name).collect(Collectors.joining(","));
    int n =
        jdbc.sql("update adm_border_post set override_roles = ? where id = ?")
            .params(text, postId)
            .update();
    if (n == 0) {
      throw new NotFoundProblem("admin.post_not_found", "No such post.");
    }
    events.publishEvent(new PostSettingsChanged(postId));
    audit.record("admin.override_policy_set", "post", postId, AuditLog.Outcome.SUCCESS, text);
    return set;
  }

  private static Set<Role> parse(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(s -> roles.add(Role.valueOf(s)));
    return roles;
  }
}
