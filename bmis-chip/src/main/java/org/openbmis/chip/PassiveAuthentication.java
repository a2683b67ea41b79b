package org.openbmis.chip;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Passive authentication (Doc 9303 part 11 section 5.1) and the DG1 comparison with the printed
 * MRZ. Certificate validity is judged at the SOD's signing time (or, when the SOD carries none, at
 * the document signer's notBefore); a certificate expired today is a warning, not a failure.
 */
public final class PassiveAuthentication {
  private final TrustStore trustStore;
  private final Clock clock;

  public PassiveAuthentication(TrustStore trustStore, Clock clock) {
    this.trustStore = trustStore;
    this.clock = clock;
  }

  /**
   * Verifies the chip files.
   *
   * @param printedMrz the MRZ read from the data page, or null
   * @throws NotASecurityObjectException when {@code files.sod()} is not an EF.SOD
   */
  public ChipVerification verify(ChipFiles files, String printedMrz)
      throws NotASecurityObjectException {
    SecurityObject sod = SecurityObject.parse(files.sod());
    List<ChipProblem> problems = new ArrayList<>();
    List<ChipProblem> warnings = new ArrayList<>();

    boolean signatureValid = sod.signatureValid();
    X509Certificate dsc = sod.signerCertificate();
    if (dsc == null) {
      problems.add(new ChipProblem("chip.signer_missing", "the SOD carries no document signer"));
    } else if (!signatureValid) {
      problems.add(
          new ChipProblem("chip.signature_invalid", "the SOD's signature does not verify"));
    }

    List<DataGroupCheck> checks = new ArrayList<>();
    for (Map.Entry<Integer, byte[]> dg : files.dataGroups().entrySet()) {
      boolean valid = sod.hashMatches(dg.getKey(), dg.getValue());
      checks.add(new DataGroupCheck(dg.getKey(), valid));
      if (!sod.lists(dg.getKey())) {
        problems.add(
            new ChipProblem("chip.data_group_unlisted", "DG" + dg.getKey() + " is not in the SOD"));
      } else if (!valid) {
        problems.add(
            new ChipProblem(
                "chip.data_group_hash_invalid", "DG" + dg.getKey() + " does not match its hash"));
      }
    }

    Instant evaluatedAt = sod.signingTime();
    if (evaluatedAt == null && dsc != null) {
      evaluatedAt = dsc.getNotBefore().toInstant();
      warnings.add(
          new ChipProblem(
              "chip.signing_time_absent",
              "the SOD has no signing time: validity judged at the signer's notBefore"));
    }
    Boolean chainValid = dsc == null ? null : chain(dsc, evaluatedAt, problems, warnings);

    Boolean mrzMatches = null;
    if (files.dg1() != null && printedMrz != null && !printedMrz.isBlank()) {
      String chipMrz = Dg1.mrz(files.dg1());
      mrzMatches = chipMrz != null && chipMrz.equals(Dg1.normalise(printedMrz));
      if (!mrzMatches) {
        problems.add(
            new ChipProblem("chip.mrz_mismatch", "DG1 differs from the MRZ printed on the page"));
      }
    }

    boolean hashesValid = checks.stream().allMatch(DataGroupCheck::hashValid);
    ChipStatus status;
    if (!signatureValid || !hashesValid || Boolean.FALSE.equals(chainValid)) {
      status = ChipStatus.INVALID;
    } else if (chainValid == null) {
      status = ChipStatus.UNKNOWN_SIGNER;
    } else {
      status = ChipStatus.VALID;
    }
    SignerInfo signer =
        dsc == null
            ? null
            : new SignerInfo(
                dsc.getSubjectX500Principal().getName(),
                Certificates.country(dsc.getSubjectX500Principal()),
                dsc.getIssuerX500Principal().getName(),
                dsc.getNotAfter().toInstant());
    return new ChipVerification(
        status,
        signatureValid,
        chainValid,
        checks,
        signer,
        mrzMatches,
        evaluatedAt,
        problems,
        warnings);
  }

  /** TRUE, FALSE, or null when no trusted CSCA could have issued the signer. */
  private Boolean chain(
      X509Certificate dsc, Instant at, List<ChipProblem> problems, List<ChipProblem> warnings) {
    List<X509Certificate> candidates = trustStore.candidateIssuers(dsc);
    if (candidates.isEmpty()) {
      problems.add(
          new ChipProblem("chip.unknown_signer", "no trusted CSCA issued the document signer"));
      return null;
    }
    X509Certificate csca =
        candidates.stream().filter(c -> Certificates.signedBy(dsc, c)).findFirst().orElse(null);
    if (csca == null) {
      problems.add(
          new ChipProblem(
              "chip.chain_signature_invalid",
              "the document signer's certificate does not verify with its CSCA's key"));
      return false;
    }
    boolean valid = true;
    Date when = Date.from(at);
    Instant now = clock.instant();
    if (!validAt(dsc, when)) {
      valid = false;
      problems.add(
          new ChipProblem(
              "chip.signer_not_valid_at_signing", "the document signer was not valid at signing"));
    } else if (dsc.getNotAfter().toInstant().isBefore(now)) {
      warnings.add(
          new ChipProblem("chip.signer_expired", "the document signer certificate has expired"));
    }
    if (!validAt(csca, when)) {
      valid = false;
      problems.add(
          new ChipProblem("chip.csca_not_valid_at_signing", "the CSCA was not valid at signing"));
    } else if (csca.getNotAfter().toInstant().isBefore(now)) {
      warnings.add(new ChipProblem("chip.csca_expired", "the CSCA certificate has expired"));
    }
    return revocation(dsc, csca, now, problems, warnings) && valid;
  }

  private boolean revocation(
      X509Certificate dsc,
      X509Certificate csca,
      Instant now,
      List<ChipProblem> problems,
      List<ChipProblem> warnings) {
    List<X509CRL> crls = trustStore.crlsOf(csca.getSubjectX500Principal());
    if (crls.isEmpty()) {
      warnings.add(
          new ChipProblem("chip.crl_unavailable", "no CRL of the CSCA is in the trust store"));
      return true;
    }
    X509CRL newest = crls.get(0);
    if (newest.getNextUpdate() != null && newest.getNextUpdate().toInstant().isBefore(now)) {
      warnings.add(
          new ChipProblem("chip.crl_stale", "the CSCA's newest CRL is past its next update"));
    }
    for (X509CRL crl : crls) {
      if (crl.getRevokedCertificate(dsc) != null) {
        problems.add(new ChipProblem("chip.signer_revoked", "the document signer is revoked"));
        return false;
      }
    }
    return true;
  }

  private static boolean validAt(X509Certificate certificate, Date when) {
    return !when.before(certificate.getNotBefore()) && !when.after(certificate.getNotAfter());
  }
}
