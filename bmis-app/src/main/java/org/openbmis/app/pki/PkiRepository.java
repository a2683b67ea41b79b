package org.openbmis.app.pki;

import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openbmis.app.shared.Uuids;
import org.openbmis.chip.Certificates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trust store's rows: one per certificate or CRL, unique by SHA-256 fingerprint. */
@Repository
class PkiRepository {

  /** A CSCA row without its DER encoding, for the listing. */
  record CscaRow(
      String country,
      String subject,
      String keyId,
      OffsetDateTime notBefore,
      OffsetDateTime notAfter,
      String source) {}

  /** A CRL row without its DER encoding. */
  record CrlRow(
      String country,
      String issuer,
      OffsetDateTime thisUpdate,
      OffsetDateTime nextUpdate,
      int entries) {}

  private final JdbcClient jdbc;

  PkiRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the CSCA unless its fingerprint is already there; true when inserted. */
  boolean insertCsca(X509Certificate c, String source, Instant now, String by) {
    try {
      byte[] der = c.getEncoded();
      String fingerprint = Fingerprints.sha256(der);
      if (exists("pki_csca", fingerprint)) {
        return false;
      }
      jdbc.sql(
              """
              insert into pki_csca (id, fingerprint, key_id, subject, country, not_before,
                not_after, source, created_at, created_by, der)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              Uuids.timeOrdered(),
              fingerprint,
              Certificates.subjectKeyId(c),
              truncate(c.getSubjectX500Principal().getName(), 1000),
              country(Certificates.country(c.getSubjectX500Principal())),
              utc(Certificates.notBefore(c)),
              utc(Certificates.notAfter(c)),
              source,
              utc(now),
              by,
              der)
          .update();
      return true;
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Inserts the CRL unless its fingerprint is already there; true when inserted. */
  boolean insertCrl(X509CRL crl, Instant now, String by) {
    try {
      byte[] der = crl.getEncoded();
      String fingerprint = Fingerprints.sha256(der);
      if (exists("pki_crl", fingerprint)) {
        return false;
      }
      jdbc.sql(
              """
              insert into pki_crl (id, fingerprint, issuer, country, this_update, next_update,
                entries, created_at, created_by, der)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              Uuids.timeOrdered(),
              fingerprint,
              truncate(crl.getIssuerX500Principal().getName(), 1000),
              country(Certificates.country(crl.getIssuerX500Principal())),
              utc(Certificates.thisUpdate(crl)),
              Certificates.nextUpdate(crl) == null ? null : utc(Certificates.nextUpdate(crl)),
              Certificates.revokedCount(crl),
              utc(now),
              by,
              der)
          .update();
      return true;
    } catch (CRLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  List<byte[]> cscaEncodings() {
    return jdbc.sql("select der from pki_csca order by created_at").query(byte[].class).list();
  }

  List<byte[]> crlEncodings() {
    return jdbc.sql("select der from pki_crl order by created_at").query(byte[].class).list();
  }

  List<CscaRow> cscas() {
    return jdbc.sql(
            """
            select country, subject, key_id, not_before, not_after, source from pki_csca
            order by country, not_after desc""")
        .query(
            (rs, n) ->
                new CscaRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getObject(5, OffsetDateTime.class),
                    rs.getString(6)))
        .list();
  }

  List<CrlRow> crls() {
    return jdbc.sql(
            """
            select country, issuer, this_update, next_update, entries from pki_crl
            order by country, this_update desc""")
        .query(
            (rs, n) ->
                new CrlRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getInt(5)))
        .list();
  }

  private boolean exists(String table, String fingerprint) {
    return jdbc.sql("select count(*) from " + table + " where fingerprint = ?")
            .param(fingerprint)
            .query(Long.class)
            .single()
        > 0;
  }

  private static String country(String c) {
    return c.isEmpty() ? "?" : truncate(c, 3);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
