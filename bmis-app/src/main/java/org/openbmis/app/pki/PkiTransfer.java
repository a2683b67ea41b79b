package org.openbmis.app.pki;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openbmis.chip.Certificates;
import org.openbmis.chip.InvalidCertificateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The trust store carried from headquarters to the posts (ADR 0024): every CSCA, link certificate
 * and CRL as its DER encoding (public, a few hundred rows: always whole). Central checked each one
 * when it was imported (a CRL against its CSCA, a master list against its signer); the post takes
 * them as central signed the whole answer, adds the ones it lacks (by fingerprint) and reads its
 * in-memory index again after the commit. Not an administrator's action: the sync module calls it.
 */
@Service
public class PkiTransfer {

  private static final Logger log = LoggerFactory.getLogger(PkiTransfer.class);

  /** Who and what wrote a trust store row taken from headquarters. */
  static final String CENTRAL = "central";

  /** The trust store's DER encodings: CSCAs (and link certificates), then CRLs. */
  public record Encodings(List<byte[]> cscas, List<byte[]> crls) {}

  private final PkiRepository repository;
  private final PkiService service;
  private final Clock clock;

  PkiTransfer(PkiRepository repository, PkiService service, Clock clock) {
    this.repository = repository;
    this.service = service;
    this.clock = clock;
  }

  /** Central: the whole trust store. */
  @Transactional(readOnly = true)
  public Encodings all() {
    return new Encodings(repository.cscaEncodings(), repository.crlEncodings());
  }

  /** At a post: adds what it lacks; returns the rows added. */
  @Transactional
  public int importAtPost(Encodings e) {
    Instant now = clock.instant();
    int added = 0;
    int unreadable = 0;
    for (byte[] der : e.cscas()) {
      try {
        X509Certificate c = Certificates.certificate(der);
        added += repository.insertCsca(c, "CENTRAL", now, CENTRAL) ? 1 : 0;
      } catch (InvalidCertificateException ex) {
        unreadable++;
      }
    }
    for (byte[] der : e.crls()) {
      try {
        X509CRL crl = Certificates.crl(der);
        added += repository.insertCrl(crl, now, CENTRAL) ? 1 : 0;
      } catch (InvalidCertificateException ex) {
        unreadable++;
      }
    }
    if (unreadable > 0) {
      log.warn("{} trust store entries from central are unreadable and were left out", unreadable);
    }
    if (added > 0) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              service.forget();
            }
          });
    }
    return added;
  }
}
