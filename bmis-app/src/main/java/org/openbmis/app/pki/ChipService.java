package org.openbmis.app.pki;

import java.time.Clock;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.chip.ChipFiles;
import org.openbmis.chip.ChipVerification;
import org.openbmis.chip.NotASecurityObjectException;
import org.openbmis.chip.PassiveAuthentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Verifies the files read from a chip against the trust store: passive authentication and DG1
 * against the printed MRZ. Used by the REST API and by the inspection at the desk.
 */
@Service
public class ChipService {
  private final PkiService pki;
  private final AuditLog audit;
  private final Clock clock;

  ChipService(PkiService pki, AuditLog audit, Clock clock) {
    this.pki = pki;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Verifies chip files.
   *
   * @param printedMrz the MRZ of the data page, or null
   * @throws InvalidInputProblem {@code chip.not_a_security_object} when the SOD is not one
   */
  @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'SECONDARY', 'ADMIN')")
  public ChipVerification verify(ChipFiles files, String printedMrz) {
    ChipVerification result;
    try {
      result = new PassiveAuthentication(pki.trustStore(), clock).verify(files, printedMrz);
    } catch (NotASecurityObjectException e) {
      audit.record("chip.verify", "chip", null, AuditLog.Outcome.FAILURE, "not an SOD");
      throw new InvalidInputProblem(
          "chip.not_a_security_object",
          "The file sent as EF.SOD is not a document security object.");
    }
    audit.record(
        "chip.verify",
        "chip",
        null,
        AuditLog.Outcome.SUCCESS,
        "status="
            + result.status()
            + " country="
            + (result.signer() == null ? "?" : result.signer().country())
            + " mrzMatches="
            + result.mrzMatches());
    return result;
  }
}
