package org.openbmis.app.visa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openbmis.app.shared.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visas; written centrally (issued, e-visas) or at the desk (visas on arrival). */
@Repository
class VisaRepository {

  private final JdbcClient jdbc;

  VisaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Visa v, Instant createdAt, String createdBy) {
    jdbc.sql(
            """
            insert into vis_visa (id, visa_number, visa_type, source, primary_identifier,
              secondary_identifier, date_of_birth, sex, nationality, document_number, issuing_place,
              valid_from, valid_until, entries_allowed, entries_used, duration_days, fee, currency,
              fee_receipt, traveller_id, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            v.id(),
            v.number(),
            v.type().name(),
            v.source().name(),
            v.primaryIdentifier(),
            v.secondaryIdentifier(),
            v.dateOfBirth(),
            v.sex(),
            v.nationality(),
            v.documentNumber(),
            v.issuingPlace(),
            v.validFrom(),
            v.validUntil(),
            v.entriesAllowed(),
            v.entriesUsed(),
            v.durationDays(),
            v.fee(),
            v.currency(),
            v.feeReceipt(),
            v.travellerId(),
            OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC),
            createdBy)
        .update();
  }

  boolean numberTaken(String number) {
    return jdbc.sql("select count(*) from vis_visa where visa_number = ?")
            .param(number)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Visa> find(UUID id) {
    return jdbc.sql("select * from vis_visa where id = ?")
        .param(id)
        .query(VisaRepository::visa)
        .optional();
  }

  Optional<Visa> byNumberAndBirth(String number, LocalDate dateOfBirth) {
    return jdbc.sql("select * from vis_visa where visa_number = ? and date_of_birth = ?")
        .params(number, dateOfBirth)
        .query(VisaRepository::visa)
        .optional();
  }

  /** The visas of the holder of a document, latest validity first. */
  List<Visa> forHolder(String documentNumber, LocalDate dateOfBirth) {
    return jdbc.sql(
            "select * from vis_visa where document_number = ? and date_of_birth = ? order by valid_until desc")
        .params(documentNumber, dateOfBirth)
        .query(VisaRepository::visa)
        .list();
  }

  /** Visas whose number starts with, or whose holder's surname starts with, the text. */
  List<Visa> search(String text, int limit) {
    return jdbc.sql(
            "select * from vis_visa where visa_number like ?"
                + LikePatterns.ESCAPE
                + " or upper(primary_identifier) like ?"
                + LikePatterns.ESCAPE
                + " or document_number = ? order by created_at desc fetch first "
                + limit
                + " rows only")
        .params(LikePatterns.startsWith(text), LikePatterns.startsWith(text), text)
        .query(VisaRepository::visa)
        .list();
  }

  /** Counts one entry; false when no entry was left (conditional update). */
  boolean useEntry(UUID id) {
    return jdbc.sql(
                "update vis_visa set entries_used = entries_used + 1 where id = ? "
                    + "and (entries_allowed is null or entries_used < entries_allowed)")
            .param(id)
            .update()
        == 1;
  }

  static Visa visa(ResultSet rs, int n) throws SQLException {
    return new Visa(
        rs.getObject("id", UUID.class),
        rs.getString("visa_number"),
        VisaType.valueOf(rs.getString("visa_type")),
        VisaSource.valueOf(rs.getString("source")),
        rs.getString("primary_identifier"),
        rs.getString("secondary_identifier"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("sex"),
        rs.getString("nationality"),
        rs.getString("document_number"),
        rs.getString("issuing_place"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_until", LocalDate.class),
        rs.getObject("entries_allowed", Integer.class),
        rs.getInt("entries_used"),
        rs.getInt("duration_days"),
        rs.getBigDecimal("fee"),
        rs.getString("currency"),
        rs.getString("fee_receipt"),
        rs.getObject("traveller_id", UUID.class));
  }
}
