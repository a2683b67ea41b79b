package org.openbmis.app.admin;

import static org.openbmis.app.shared.AuditSubjectIds.placeholders;
import static org.openbmis.app.shared.AuditSubjectIds.uuids;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditSubjectLabeler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names users (username and full name), posts, desks and API tokens in the audit log. */
@Component
class AdminAuditLabels implements AuditSubjectLabeler {

  private final JdbcClient jdbc;

  AdminAuditLabels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> subjectTypes() {
    return Set.of("user", "post", "desk", "token");
  }

  @Override
  public Map<String, String> labels(String subjectType, Collection<String> ids, Actor viewer) {
    List<UUID> uuids = uuids(ids);
    if (uuids.isEmpty()) {
      return Map.of();
    }
    String sql =
        switch (subjectType) {
          case "user" -> "select id, username || ' (' || full_name || ')' from adm_user";
          case "post" -> "select id, code || ' ' || name from adm_border_post";
          case "desk" ->
              "select d.id, p.code || ' · ' || d.name from adm_desk d"
                  + " join adm_border_post p on p.id = d.post_id";
          case "token" ->
              "select t.id, t.name || ' (' || u.username || ')' from adm_api_token t"
                  + " join adm_user u on u.id = t.user_id";
          default -> null;
        };
    if (sql == null) {
      return Map.of();
    }
    String alias = subjectType.equals("desk") ? "d." : subjectType.equals("token") ? "t." : "";
    Map<String, String> out = new HashMap<>();
    jdbc.sql(sql + " where " + alias + "id in (" + placeholders(uuids.size()) + ")")
        .params(uuids.toArray())
        .query(
            rs -> {
              out.put(rs.getObject(1, UUID.class).toString(), rs.getString(2));
            });
    return out;
  }
}
