package org.openbmis.app.traveller;

import static org.openbmis.app.shared.AuditSubjectIds.placeholders;
import static org.openbmis.app.shared.AuditSubjectIds.uuids;

import java.util.ArrayList;
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

/**
 * Names travellers in the audit log: their name and latest document ({@code DOE, JOHN · P UTO
 * L898902C3}), never their date of birth. The post scoping of person records applies: headquarters
 * see every name, post staff the names of travellers seen at their post only; everyone else (and
 * any traveller out of reach) keeps the bare id.
 */
@Component
class TravellerAuditLabels implements AuditSubjectLabeler {

  private final JdbcClient jdbc;

  TravellerAuditLabels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> subjectTypes() {
    return Set.of("traveller");
  }

  @Override
  public Map<String, String> labels(String subjectType, Collection<String> ids, Actor viewer) {
    List<UUID> uuids = uuids(ids);
    if (uuids.isEmpty() || !(viewer.isHeadquarters() || viewer.isPostStaff())) {
      return Map.of();
    }
    List<Object> params = new ArrayList<>(uuids);
    String scope = "";
    if (!viewer.isHeadquarters()) {
      scope =
          " and exists (select 1 from trv_traveller_post s where s.traveller_id = t.id"
              + " and s.post_id = ?)";
      params.add(viewer.postId());
    }
    Map<String, String> out = new HashMap<>();
    jdbc.sql(
            "select t.id, t.primary_identifier, t.secondary_identifier, d.document_code,"
                + " d.issuing_state, d.document_number from trv_traveller t"
                + " left join trv_document d on d.traveller_id = t.id"
                + " where t.id in ("
                + placeholders(uuids.size())
                + ")"
                + scope
                + " order by d.first_seen_at")
        .params(params)
        .query(
            rs -> {
              String name = rs.getString(2);
              String given = rs.getString(3);
              if (given != null && !given.isBlank()) {
                name = name + ", " + given;
              }
              String number = rs.getString(6);
              String label =
                  number == null
                      ? name
                      : name + " · " + rs.getString(4) + " " + rs.getString(5) + " " + number;
              // the latest document wins (rows come oldest first)
              out.put(rs.getObject(1, UUID.class).toString(), label);
            });
    return out;
  }
}
