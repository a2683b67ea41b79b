package org.openbmis.app.screening;

import static org.openbmis.app.shared.AuditSubjectIds.placeholders;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditSubjectIds;
import org.openbmis.app.shared.AuditSubjectLabeler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names alert lists in the audit log by their code and name (subject id: the code; lists are not
 * person records).
 */
@Component
class AlertListAuditLabels implements AuditSubjectLabeler {

  private final JdbcClient jdbc;

  AlertListAuditLabels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> subjectTypes() {
    return Set.of("alert_list");
  }

  @Override
  public Map<String, String> labels(String subjectType, Collection<String> ids, Actor viewer) {
    // lists are audited under their code
    List<String> codes = ids.stream().limit(AuditSubjectIds.MAX).toList();
    if (codes.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    jdbc.sql(
            "select code, name from scr_alert_list where code in ("
                + placeholders(codes.size())
                + ")")
        .params(codes.toArray())
        .query(
            rs -> {
              out.put(rs.getString(1), rs.getString(1) + " " + rs.getString(2));
            });
    return out;
  }
}
