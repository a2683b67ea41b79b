package org.openbmis.app.traveller;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TravellerRepository {

  private final JdbcClient jdbc;

  TravellerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<TravellerSummary> findById(UUID id) {
    return jdbc.sql("select * from trv_traveller where id = ?")
        .param(id)
        .query(TravellerRepository::traveller)
        .optional();
  }

  /** A known document and its holder. */
  record KnownDocument(UUID documentId, UUID travellerId) {}

  Optional<KnownDocument> findDocument(String number, String state, String birthKey) {
    return jdbc.sql(
            "select id, traveller_id from trv_document where document_number = ? and issuing_state = ? and birth_key = ?")
        .params(number, state, birthKey)
        .query(
            (rs, n) -> new KnownDocument(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .optional();
  }

  List<UUID> findByIdentity(
      String nameKey, @Nullable LocalDate birth, @Nullable String nationality) {
    if (birth == null || nationality == null) {
      return List.of();
    }
    return jdbc.sql(
            "select id from trv_traveller where name_key = ? and date_of_birth = ? and nationality = ? fetch first 2 rows only")
        .params(nameKey, birth, nationality)
        .query(UUID.class)
        .list();
  }

  void insertTraveller(TravellerSummary t, String nameKey, Instant now, @Nullable String post) {
    jdbc.sql(
            """
            insert into trv_traveller (id, primary_identifier, secondary_identifier, name_key, date_of_birth,
              sex, nationality, created_at, created_post) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            t.id(),
            t.primaryIdentifier(),
            t.secondaryIdentifier(),
            nameKey,
            t.dateOfBirth(),
            t.sex(),
            t.nationality(),
            utc(now),
            post)
        .update();
  }

  void insertDocument(TravelDocumentSummary d, String birthKey) {
    jdbc.sql(
            """
            insert into trv_document (id, traveller_id, document_code, document_number, issuing_state, birth_key,
              date_of_expiry, source, first_seen_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            d.id(),
            d.travellerId(),
            d.documentCode(),
            d.documentNumber(),
            d.issuingState(),
            birthKey,
            d.dateOfExpiry(),
            d.source(),
            utc(d.firstSeenAt()))
        .update();
  }

  List<TravelDocumentSummary> documents(UUID travellerId) {
    return jdbc.sql("select * from trv_document where traveller_id = ? order by first_seen_at desc")
        .param(travellerId)
        .query(TravellerRepository::document)
        .list();
  }

  /** Records that the traveller was presented at a post (once per traveller and post). */
  void markSeen(UUID travellerId, UUID post, Instant at) {
    if (!seenAt(travellerId, post)) {
      jdbc.sql(
              "insert into trv_traveller_post (traveller_id, post_id, first_seen_at) values (?, ?,"
                  + " ?)")
          .params(travellerId, post, utc(at))
          .update();
    }
  }

  /** Whether the traveller was presented (or registered) at the post. */
  boolean seenAt(UUID travellerId, UUID post) {
    return jdbc.sql(
                "select count(*) from trv_traveller_post where traveller_id = ? and post_id = ?")
            .params(travellerId, post)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Holders of a document number; {@code post} limits them to travellers seen there. */
  List<TravellerSummary> searchByDocument(String number, @Nullable UUID post, int limit) {
    return jdbc.sql(
            "select distinct t.* from trv_traveller t join trv_document d on d.traveller_id = t.id"
                + " where d.document_number = ?"
                + seenAt(post)
                + " fetch first "
                + limit
                + " rows only")
        .params(post == null ? List.of(number) : List.of(number, post))
        .query(TravellerRepository::traveller)
        .list();
  }

  /** Travellers by the start of the name; {@code post} limits them to travellers seen there. */
  List<TravellerSummary> searchByNameKey(String keyPrefix, @Nullable UUID post, int limit) {
    String like = LikePatterns.startsWith(keyPrefix);
    return jdbc.sql(
            "select t.* from trv_traveller t where t.name_key like ?"
                + LikePatterns.ESCAPE
                + seenAt(post)
                + " order by t.name_key fetch first "
                + limit
                + " rows only")
        .params(post == null ? List.of(like) : List.of(like, post))
        .query(TravellerRepository::traveller)
        .list();
  }

  private static String seenAt(@Nullable UUID post) {
    return post == null
        ? ""
        : " and exists (select 1 from trv_traveller_post s where s.traveller_id = t.id"
            + " and s.post_id = ?)";
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static TravellerSummary traveller(ResultSet rs, int n) throws SQLException {
    Date dob = rs.getDate("date_of_birth");
    return new TravellerSummary(
        rs.getObject("id", UUID.class),
        rs.getString("primary_identifier"),
        rs.getString("secondary_identifier"),
        dob == null ? null : dob.toLocalDate(),
        rs.getString("sex"),
        rs.getString("nationality"));
  }

  private static TravelDocumentSummary document(ResultSet rs, int n) throws SQLException {
    Date exp = rs.getDate("date_of_expiry");
    return new TravelDocumentSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("traveller_id", UUID.class),
        rs.getString("document_code"),
        rs.getString("document_number"),
        rs.getString("issuing_state"),
        exp == null ? null : exp.toLocalDate(),
        rs.getString("source"),
        rs.getObject("first_seen_at", OffsetDateTime.class).toInstant());
  }
}
