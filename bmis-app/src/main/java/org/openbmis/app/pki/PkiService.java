package org.openbmis.app.pki;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NodeChanges;
import org.openbmis.chip.Certificates;
import org.openbmis.chip.InvalidCertificateException;
import org.openbmis.chip.MasterList;
import org.openbmis.chip.MasterLists;
import org.openbmis.chip.TrustStore;
import org.openbmis.chip.UntrustedMasterListException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSCA trust store: imports (administrators only), the listing by country, and the in-memory
 * index by key identifier that every chip verification uses, loaded from the database once.
 */
@Service
@EnableConfigurationProperties(PkiProperties.class)
public class PkiService {
  private static final Logger log = LoggerFactory.getLogger(PkiService.class);

  private final PkiRepository repository;
  private final AuditLog audit;
  private final PkiProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private volatile TrustStore store;

  private final NodeChanges changes;

  PkiService(
      PkiRepository repository,
      AuditLog audit,
      PkiProperties properties,
      Clock clock,
      ApplicationEventPublisher events,
      NodeChanges changes) {
    this.events = events;
    this.repository = repository;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
    this.changes = changes;
    // an import in another central process (or here, after its commit): read the store again
    changes.onChange(NodeChanges.TRUST_STORE, this::forget);
  }

  /** The trust store, loaded from the database at first use. */
  public TrustStore trustStore() {
    TrustStore s = store;
    if (s == null) {
      synchronized (this) {
        if (store == null) {
          store = load();
        }
        s = store;
      }
    }
    return s;
  }

  /** Imports one CSCA or link certificate (DER or PEM). */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public CscaImported importCsca(byte[] bytes) {
    X509Certificate c = certificate(bytes);
    boolean created = add(c, "SINGLE");
    changed(created);
    audit.record("pki.csca_import", "csca", null, AuditLog.Outcome.SUCCESS, subjectOf(c));
    return new CscaImported(
        c.getSubjectX500Principal().getName(),
        Certificates.country(c.getSubjectX500Principal()),
        Certificates.notAfter(c),
        created);
  }

  /** Imports an ICAO CSCA master list whose signer chains to a CSCA already trusted. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public MasterListImported importMasterList(byte[] bytes) {
    MasterList list;
    try {
      list = new MasterLists(trustStore(), clock).verify(bytes);
    } catch (InvalidCertificateException e) {
      throw new InvalidInputProblem("pki.master_list_invalid", "This is not a CSCA master list.");
    } catch (UntrustedMasterListException e) {
      audit.record("pki.master_list_import", "master_list", null, AuditLog.Outcome.DENIED, null);
      throw new BusinessRuleProblem(
          "pki.master_list_untrusted",
          "The master list's signer does not chain to a trusted CSCA; import that CSCA first.");
    }
    int added = 0;
    for (X509Certificate c : list.certificates()) {
      if (c.getBasicConstraints() >= 0 && add(c, "MASTER_LIST")) {
        added++;
      }
    }
    changed(added > 0);
    audit.record(
        "pki.master_list_import",
        "master_list",
        null,
        AuditLog.Outcome.SUCCESS,
        "signer=" + list.signer() + " certificates=" + list.certificates().size());
    return new MasterListImported(list.certificates().size(), list.countries(), added);
  }

  /** Keeps a CRL signed by a trusted CSCA. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public CrlImported importCrl(byte[] bytes) {
    X509CRL crl;
    try {
      crl = Certificates.crl(bytes);
    } catch (InvalidCertificateException e) {
      throw new InvalidInputProblem("pki.crl_invalid", "This is not an X.509 CRL.");
    }
    if (!trustStore().addCrl(crl)) {
      throw new BusinessRuleProblem(
          "pki.crl_untrusted", "No trusted CSCA signed this CRL; import its CSCA first.");
    }
    boolean created = repository.insertCrl(crl, clock.instant(), CurrentActor.get().username());
    changed(created);
    audit.record(
        "pki.crl_import",
        "crl",
        null,
        AuditLog.Outcome.SUCCESS,
        crl.getIssuerX500Principal().getName());
    return new CrlImported(
        crl.getIssuerX500Principal().getName(),
        Certificates.country(crl.getIssuerX500Principal()),
        Certificates.thisUpdate(crl),
        Certificates.nextUpdate(crl),
        Certificates.revokedCount(crl),
        created);
  }

  /** Every trusted CSCA by country, with a warning before it goes stale. */
  @PreAuthorize("hasRole('ADMIN')")
  public List<CscaSummary> cscas() {
    Instant now = clock.instant();
    return repository.cscas().stream()
        .map(
            r ->
                new CscaSummary(
                    r.country(),
                    r.subject(),
                    r.keyId(),
                    r.notBefore().toInstant(),
                    r.notAfter().toInstant(),
                    r.source(),
                    Freshness.of(r.notAfter().toInstant(), now, properties.cscaWarning())))
        .toList();
  }

  /** Every CRL kept, with a warning before its next update passes. */
  @PreAuthorize("hasRole('ADMIN')")
  public List<CrlSummary> crls() {
    Instant now = clock.instant();
    return repository.crls().stream()
        .map(
            r -> {
              Instant next = r.nextUpdate() == null ? null : r.nextUpdate().toInstant();
              return new CrlSummary(
                  r.country(),
                  r.issuer(),
                  r.thisUpdate().toInstant(),
                  next,
                  r.entries(),
                  Freshness.of(next, now, properties.crlWarning()));
            })
        .toList();
  }

  /** At headquarters the border network versions the trust store with this (ADR 0024). */
  private void changed(boolean created) {
    if (created) {
      events.publishEvent(new TrustStoreChanged());
      // and every other central process reads the store again (ADR 0027)
      changes.changed(NodeChanges.TRUST_STORE);
    }
  }

  /** The in-memory index is read again from the database at its next use (rows came in). */
  void forget() {
    synchronized (this) {
      store = null;
    }
  }

  private boolean add(X509Certificate c, String source) {
    try {
      trustStore().addCsca(c);
    } catch (InvalidCertificateException e) {
      throw new InvalidInputProblem("pki.not_a_ca", "This certificate is not a CA certificate.");
    }
    changes.changed(NodeChanges.TRUST_STORE);
    return repository.insertCsca(c, source, clock.instant(), CurrentActor.get().username());
  }

  private static X509Certificate certificate(byte[] bytes) {
    try {
      return Certificates.certificate(bytes);
    } catch (InvalidCertificateException e) {
      throw new InvalidInputProblem(
          "pki.certificate_invalid", "This is not an X.509 certificate (DER or PEM).");
    }
  }

  private static String subjectOf(X509Certificate c) {
    return c.getSubjectX500Principal().getName();
  }

  private TrustStore load() {
    TrustStore s = new TrustStore();
    int skipped = 0;
    for (byte[] der : repository.cscaEncodings()) {
      try {
        s.addCsca(Certificates.certificate(der));
      } catch (InvalidCertificateException e) {
        skipped++;
      }
    }
    for (byte[] der : repository.crlEncodings()) {
      try {
        s.addCrl(Certificates.crl(der));
      } catch (InvalidCertificateException e) {
        skipped++;
      }
    }
    log.info(
        "Trust store loaded: {} CSCAs, {} CRLs, {} unreadable", s.size(), s.crls().size(), skipped);
    return s;
  }
}
