package org.openbmis.chip;

import java.time.Instant;
import java.util.List;

/**
 * The result of passive authentication and of the DG1 comparison.
 *
 * @param status VALID, INVALID or UNKNOWN_SIGNER
 * @param signatureValid the SOD's CMS signature verifies with the embedded document signer key
 * @param chainValid the document signer chains to a trusted CSCA, unrevoked and valid at the
 *     evaluation time; null when no trusted CSCA issued it
 * @param dataGroups one hash check per data group sent
 * @param signer the document signer, or null when the SOD carries none
 * @param mrzMatches DG1 equals the printed MRZ; null when DG1 or the printed MRZ was not given
 * @param evaluatedAt the time certificate validity was judged at (the SOD's signing time, or the
 *     document signer's notBefore when the SOD has no signing time)
 * @param problems why the chip is not VALID, and a DG1 mismatch
 * @param warnings findings that do not fail the chip (a certificate expired today, no CRL, stale
 *     CRL, no signing time)
 */
public record ChipVerification(
    ChipStatus status,
    boolean signatureValid,
    Boolean chainValid,
    List<DataGroupCheck> dataGroups,
    SignerInfo signer,
    Boolean mrzMatches,
    Instant evaluatedAt,
    List<ChipProblem> problems,
    List<ChipProblem> warnings) {
  public ChipVerification {
    dataGroups = List.copyOf(dataGroups);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** The chip blocks the crossing: INVALID, or DG1 disagrees with the printed page. */
  public boolean blocking() {
    return status == ChipStatus.INVALID || Boolean.FALSE.equals(mrzMatches);
  }
}
