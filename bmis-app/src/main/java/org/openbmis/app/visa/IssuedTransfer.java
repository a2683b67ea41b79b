package org.openbmis.app.visa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Visas on arrival, permits and passes issued at a post, as the network carries them to
 * headquarters (ADR 0025): read at the post as written, filed at central under the same id once.
 */
@Service
public class IssuedTransfer {

  /** One issued record: exactly one of {@code visa}, {@code permit}, {@code pass}. */
  public record IssuedRecord(
      String kind,
      @Nullable Visa visa,
      @Nullable Permit permit,
      @Nullable Pass pass,
      Instant createdAt,
      String createdBy) {

    public UUID id() {
      return visa != null ? visa.id() : permit != null ? permit.id() : pass.id();
    }

    public @Nullable UUID travellerId() {
      return visa != null
          ? visa.travellerId()
          : permit != null ? permit.travellerId() : pass.travellerId();
    }

    /** Whether the record is whole: the one part its kind names. */
    public boolean complete() {
      return switch (kind) {
        case PermitOrVisaIssued.VISA -> visa != null && permit == null && pass == null;
        case PermitOrVisaIssued.PERMIT -> permit != null && visa == null && pass == null;
        case PermitOrVisaIssued.PASS -> pass != null && visa == null && permit == null;
        default -> false;
      };
    }
  }

  /** What filing an issued record did at central. */
  public enum Applied {
    INSERTED,
    ALREADY_HELD,
    /** Another record holds its number (issued offline at another post): not filed. */
    NUMBER_TAKEN
  }

  private final JdbcClient jdbc;
  private final VisaRepository visas;
  private final PermitRepository permits;

  IssuedTransfer(JdbcClient jdbc, VisaRepository visas, PermitRepository permits) {
    this.jdbc = jdbc;
    this.visas = visas;
    this.permits = permits;
  }

  /** The record as stored now. */
  public IssuedRecord export(String kind, UUID id) {
    String table = table(kind);
    var row =
        jdbc.sql("select * from " + table + " where id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new IssuedRecord(
                        kind,
                        kind.equals(PermitOrVisaIssued.VISA) ? VisaRepository.visa(rs, n) : null,
                        kind.equals(PermitOrVisaIssued.PERMIT)
                            ? PermitRepository.permit(rs, n)
                            : null,
                        kind.equals(PermitOrVisaIssued.PASS) ? PermitRepository.pass(rs, n) : null,
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("created_by")))
            .optional();
    return row.orElseThrow(() -> new IllegalStateException("no " + kind + " " + id));
  }

  /** Files a post's record at central, its holder as {@code travellerId} (central's id for it). */
  public Applied importFromPost(IssuedRecord r, @Nullable UUID travellerId) {
    String table = table(r.kind());
    if (jdbc.sql("select count(*) from " + table + " where id = ?")
            .param(r.id())
            .query(Long.class)
            .single()
        > 0) {
      return Applied.ALREADY_HELD;
    }
    switch (r.kind()) {
      case PermitOrVisaIssued.VISA -> {
        Visa v = r.visa();
        if (visas.numberTaken(v.number())) {
          return Applied.NUMBER_TAKEN;
        }
        visas.insert(withTraveller(v, travellerId), r.createdAt(), r.createdBy());
      }
      case PermitOrVisaIssued.PERMIT -> {
        Permit p = r.permit();
        if (permits.permitNumberTaken(p.number())) {
          return Applied.NUMBER_TAKEN;
        }
        permits.insert(
            new Permit(
                p.id(),
                p.number(),
                p.kind(),
                travellerId,
                p.holderName(),
                p.nationality(),
                p.documentNumber(),
                p.dateOfBirth(),
                p.validFrom(),
                p.validUntil(),
                p.remarks()),
            r.createdAt(),
            r.createdBy());
      }
      default -> {
        Pass p = r.pass();
        if (permits.passNumberTaken(p.number())) {
          return Applied.NUMBER_TAKEN;
        }
        permits.insert(
            new Pass(
                p.id(),
                p.number(),
                p.kind(),
                travellerId,
                p.holderName(),
                p.nationality(),
                p.documentNumber(),
                p.dateOfBirth(),
                p.vessel(),
                p.port(),
                p.zone(),
                p.maxDays(),
                p.validFrom(),
                p.validUntil()),
            r.createdAt(),
            r.createdBy());
      }
    }
    return Applied.INSERTED;
  }

  private static Visa withTraveller(Visa v, @Nullable UUID travellerId) {
    return new Visa(
        v.id(),
        v.number(),
        v.type(),
        v.source(),
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
        travellerId);
  }

  private static String table(String kind) {
    return switch (kind) {
      case PermitOrVisaIssued.VISA -> "vis_visa";
      case PermitOrVisaIssued.PERMIT -> "vis_permit";
      case PermitOrVisaIssued.PASS -> "vis_pass";
      default -> throw new IllegalArgumentException("no such kind: " + kind);
    };
  }
}
