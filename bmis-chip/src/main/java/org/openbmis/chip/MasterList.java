package org.openbmis.chip;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * A verified CSCA master list (Doc 9303 part 12 section 9).
 *
 * @param certificates the CSCA and link certificates it carries
 * @param signer the master list signer's subject
 * @param signedAt the CMS signing time, or null when absent
 */
public record MasterList(List<X509Certificate> certificates, String signer, Instant signedAt) {
  public MasterList {
    certificates = List.copyOf(certificates);
  }

  /** The number of distinct issuing countries among the certificates. */
  public long countries() {
    return certificates.stream()
        .map(c -> Certificates.country(c.getSubjectX500Principal()))
        .distinct()
        .count();
  }
}
