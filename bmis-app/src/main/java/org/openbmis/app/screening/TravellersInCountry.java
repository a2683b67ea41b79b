package org.openbmis.app.screening;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Travellers whose last admitted movement is an entry, with the document and the post of that
 * entry: read from the movement module's published read model ({@code mov_movement_facts}, ADR
 * 0012) and the traveller tables (never written here).
 */
@Repository
class TravellersInCountry {

  /** A traveller in the country. */
  record Present(
      UUID travellerId,
      String primaryIdentifier,
      String secondaryIdentifier,
      @Nullable LocalDate dateOfBirth,
      @Nullable String sex,
      @Nullable String nationality,
      String documentNumber,
      String issuingState,
      UUID entryPost) {}

  private final JdbcClient jdbc;

  TravellersInCountry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void forEach(int limit, Consumer<Present> sink) {
    jdbc.sql(
            """
            select t.id, t.primary_identifier, t.secondary_identifier, t.date_of_birth, t.sex,
              t.nationality, d.document_number, d.issuing_state, m.post_id
            from mov_movement_facts m
            join trv_traveller t on t.id = m.traveller_id
            join trv_document d on d.id = m.document_id
            where m.decision = 'ADMITTED' and m.direction = 'ENTRY'
              and not exists (select 1 from mov_movement_facts n where n.traveller_id = m.traveller_id
                and n.decision = 'ADMITTED' and n.recorded_at > m.recorded_at)
            fetch first"""
                + " "
                + limit
                + " rows only")
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new Present(
                            rs.getObject("id", UUID.class),
                            rs.getString("primary_identifier"),
                            rs.getString("secondary_identifier"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getString("sex"),
                            rs.getString("nationality"),
                            rs.getString("document_number"),
                            rs.getString("issuing_state"),
                            rs.getObject("post_id", UUID.class))));
  }
}
