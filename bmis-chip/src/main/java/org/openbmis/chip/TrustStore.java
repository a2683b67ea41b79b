package org.openbmis.chip;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.x500.X500Principal;

/**
 * Trusted country signing CAs (CSCAs and link certificates) indexed by subject key identifier, with
 * the subject name as fallback for certificates without key identifiers, and the CRLs they signed.
 * A lookup is a hash probe, never a scan. Safe for concurrent use.
 */
public final class TrustStore {
  private final Map<String, List<X509Certificate>> byKeyId = new ConcurrentHashMap<>();
  private final Map<X500Principal, List<X509Certificate>> bySubject = new ConcurrentHashMap<>();
  private final Map<X500Principal, List<X509CRL>> crlsByIssuer = new ConcurrentHashMap<>();

  /**
   * Trusts a CSCA or link certificate.
   *
   * @return false when the same certificate was already trusted
   * @throws InvalidCertificateException when the certificate is not a CA certificate
   */
  public boolean addCsca(X509Certificate csca) throws InvalidCertificateException {
    if (csca.getBasicConstraints() < 0) {
      throw new InvalidCertificateException("not a CA certificate (basic constraints cA absent)");
    }
    List<X509Certificate> same =
        bySubject.computeIfAbsent(
            csca.getSubjectX500Principal(), k -> new CopyOnWriteArrayList<>());
    synchronized (same) {
      if (same.contains(csca)) {
        return false;
      }
      same.add(csca);
    }
    String keyId = Certificates.subjectKeyId(csca);
    if (keyId != null) {
      byKeyId.computeIfAbsent(keyId, k -> new CopyOnWriteArrayList<>()).add(csca);
    }
    return true;
  }

  /**
   * Keeps a CRL when a trusted CSCA signed it.
   *
   * @return false when no trusted CSCA's key verifies the CRL's signature
   */
  public boolean addCrl(X509CRL crl) {
    for (X509Certificate csca :
        issuersOf(Certificates.authorityKeyId(crl), crl.getIssuerX500Principal())) {
      try {
        crl.verify(csca.getPublicKey(), Certificates.BC);
        List<X509CRL> list =
            crlsByIssuer.computeIfAbsent(
                crl.getIssuerX500Principal(), k -> new CopyOnWriteArrayList<>());
        if (!list.contains(crl)) {
          list.add(crl);
        }
        return true;
      } catch (java.security.GeneralSecurityException | RuntimeException e) {
        // try the next CSCA of that name (a renewed key)
      }
    }
    return false;
  }

  /**
   * The trusted CSCAs that may have issued {@code certificate}: those whose subject key identifier
   * equals its authority key identifier, else those named as its issuer. Signatures are not checked
   * here.
   */
  public List<X509Certificate> candidateIssuers(X509Certificate certificate) {
    return issuersOf(
        Certificates.authorityKeyId(certificate), certificate.getIssuerX500Principal());
  }

  private List<X509Certificate> issuersOf(String keyId, X500Principal issuerName) {
    if (keyId != null) {
      List<X509Certificate> found = byKeyId.get(keyId);
      if (found != null && !found.isEmpty()) {
        return List.copyOf(found);
      }
    }
    return cscasNamed(issuerName);
  }

  /** The CRLs signed by the CSCA of that name, newest first. */
  public List<X509CRL> crlsOf(X500Principal issuer) {
    List<X509CRL> list = new ArrayList<>(crlsByIssuer.getOrDefault(issuer, List.of()));
    list.sort(Comparator.comparing(X509CRL::getThisUpdate).reversed());
    return list;
  }

  /** Every trusted CSCA. */
  public List<X509Certificate> cscas() {
    return bySubject.values().stream().flatMap(Collection::stream).toList();
  }

  /** Every CRL kept. */
  public List<X509CRL> crls() {
    return crlsByIssuer.values().stream().flatMap(Collection::stream).toList();
  }

  /** The number of trusted CSCA certificates. */
  public int size() {
    return bySubject.values().stream().mapToInt(List::size).sum();
  }

  private List<X509Certificate> cscasNamed(X500Principal name) {
    return List.copyOf(bySubject.getOrDefault(name, List.of()));
  }
}
