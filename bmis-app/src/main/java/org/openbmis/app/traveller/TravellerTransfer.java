package org.openbmis.app.traveller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Travellers and documents between a post and headquarters (sync, ADR 0017): the post reads the
 * traveller and document a movement names; central writes them, resolving by document, so that the
 * same document seen at two posts is one traveller at central.
 */
@Service
public class TravellerTransfer {

  /** A traveller with the one document a movement names, as the post stored them. */
  public record TravellerRecord(
      UUID id,
      String primaryIdentifier,
      String secondaryIdentifier,
      String nameKey,
      @Nullable LocalDate dateOfBirth,
      String sex,
      @Nullable String nationality,
      Instant createdAt,
      @Nullable String createdPost,
      UUID documentId,
      String documentCode,
      String documentNumber,
      String issuingState,
      String birthKey,
      @Nullable LocalDate dateOfExpiry,
      String source,
      Instant firstSeenAt) {}

  /** The ids central holds the traveller and document under (the post's unless resolved). */
  public record Resolved(UUID travellerId, UUID documentId) {}

  private final JdbcClient jdbc;
  private final TravellerRepository travellers;

  TravellerTransfer(JdbcClient jdbc, TravellerRepository travellers) {
    this.jdbc = jdbc;
    this.travellers = travellers;
  }

  /** The traveller and the document as stored at this node. */
  @Transactional(readOnly = true)
  public TravellerRecord export(UUID travellerId, UUID documentId) {
    return jdbc.sql(
            """
            select t.*, d.id as doc_id, d.document_code, d.document_number, d.issuing_state,
              d.birth_key, d.date_of_expiry, d.source, d.first_seen_at
            from trv_traveller t join trv_document d on d.traveller_id = t.id
            where t.id = ? and d.id = ?""")
        .params(travellerId, documentId)
        .query(
            (rs, n) ->
                new TravellerRecord(
                    rs.getObject("id", UUID.class),
                    rs.getString("primary_identifier"),
                    rs.getString("secondary_identifier"),
                    rs.getString("name_key"),
                    rs.getObject("date_of_birth", LocalDate.class),
                    rs.getString("sex"),
                    rs.getString("nationality"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getString("created_post"),
                    rs.getObject("doc_id", UUID.class),
                    rs.getString("document_code"),
                    rs.getString("document_number"),
                    rs.getString("issuing_state"),
                    rs.getString("birth_key"),
                    rs.getObject("date_of_expiry", LocalDate.class),
                    rs.getString("source"),
                    rs.getObject("first_seen_at", OffsetDateTime.class).toInstant()))
        .single();
  }

  /**
   * Writes a traveller received from a post, resolving by document: a document central already
   * holds (number, issuing state, birth date) keeps central's traveller and document ids, which are
   * returned (the caller records the merge); otherwise the post's ids are kept. The traveller is
   * marked as seen at the post. A traveller central merged before ({@code mergedInto}) gets a new
   * document under the surviving traveller. Writes through {@link TravellerRepository}, as the
   * desk's registration does.
   */
  @Transactional
  public Resolved importFromPost(TravellerRecord t, UUID postId, @Nullable UUID mergedInto) {
    Optional<Resolved> known =
        travellers
            .findDocument(t.documentNumber(), t.issuingState(), t.birthKey())
            .map(d -> new Resolved(d.travellerId(), d.documentId()));
    UUID owner = mergedInto != null ? mergedInto : t.id();
    Resolved resolved = known.orElse(new Resolved(owner, t.documentId()));
    if (known.isEmpty()) {
      if (mergedInto == null && travellers.findById(t.id()).isEmpty()) {
        travellers.insertTraveller(
            new TravellerSummary(
                t.id(),
                t.primaryIdentifier(),
                t.secondaryIdentifier(),
                t.dateOfBirth(),
                t.sex(),
                t.nationality()),
            t.nameKey(),
            t.createdAt(),
            t.createdPost());
      }
      travellers.insertDocument(
          new TravelDocumentSummary(
              t.documentId(),
              owner,
              t.documentCode(),
              t.documentNumber(),
              t.issuingState(),
              t.dateOfExpiry(),
              t.source(),
              t.firstSeenAt()),
          t.birthKey());
    }
    travellers.markSeen(resolved.travellerId(), postId, t.firstSeenAt());
    return resolved;
  }
}
