package org.openbmis.app.pki;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.openbmis.chip.ChipProblem;
import org.openbmis.chip.ChipVerification;
import org.openbmis.chip.DataGroupCheck;

/**
 * A chip verification as the API and the inspection answer show it. {@code chainValid} and {@code
 * mrzMatches} are written even when null (null means: not known). {@code activeAuthentication}:
 * PASSED, FAILED or NOT_SUPPORTED as the desk agent reported it (ADR 0026), null when not reported.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChipResult(
    String status,
    boolean signatureValid,
    Boolean chainValid,
    List<DataGroupCheck> dataGroups,
    Signer signer,
    Boolean mrzMatches,
    Instant evaluatedAt,
    List<ChipProblem> problems,
    List<ChipProblem> warnings,
    String activeAuthentication) {

  /** The document signer: its subject and the country in its name. */
  public record Signer(String subject, String country, Instant notAfter) {}

  public static ChipResult of(ChipVerification v) {
    return new ChipResult(
        v.status().name(),
        v.signatureValid(),
        v.chainValid(),
        v.dataGroups(),
        v.signer() == null
            ? null
            : new Signer(v.signer().subject(), v.signer().country(), v.signer().notAfter()),
        v.mrzMatches(),
        v.evaluatedAt(),
        v.problems(),
        v.warnings(),
        null);
  }

  /** The same verdict with the active authentication outcome the reader reported (or null). */
  public ChipResult withActiveAuthentication(String outcome) {
    return new ChipResult(
        status,
        signatureValid,
        chainValid,
        dataGroups,
        signer,
        mrzMatches,
        evaluatedAt,
        problems,
        warnings,
        outcome);
  }

  /** INVALID, or DG1 disagrees with the page: a blocking condition at the desk. */
  public boolean blocking() {
    return "INVALID".equals(status) || Boolean.FALSE.equals(mrzMatches);
  }
}
