package org.openbmis.app.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.openbmis.app.shared.AuditChainVerifier;
import org.openbmis.app.shared.AuditHeadSigner;
import org.openbmis.app.shared.AuditHeadSigner.SignedHead;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditVerification;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tamper-evident audit chain for administrators (ADR 0010): verify, sign the head, key. */
@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit chain", description = "Verification and signed heads of the audit log (ADMIN)")
class AuditChainApiController {

  private final AuditChainVerifier verifier;
  private final AuditHeadSigner signer;
  private final AuditLog audit;

  AuditChainApiController(AuditChainVerifier verifier, AuditHeadSigner signer, AuditLog audit) {
    this.verifier = verifier;
    this.signer = signer;
    this.audit = audit;
  }

  @GetMapping("/verification")
  @Operation(
      summary = "Verify the audit chain and its signed heads",
      description =
          "`intact` false with `firstBreak` (sequence, code `audit.*`, expected, found) where the"
              + " chain breaks first.")
  AuditVerification verify() {
    AuditVerification v = verifier.verify();
    audit.record(
        "audit.verified",
        "audit",
        v.lastSequence(),
        v.intact() ? AuditLog.Outcome.SUCCESS : AuditLog.Outcome.FAILURE,
        v.firstBreak() == null ? "intact" : "break at " + v.firstBreak().sequence());
    return v;
  }

  @PostMapping("/signed-heads")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Sign the chain's head now with the node's key (also done daily)")
  SignedHead sign() {
    return signer.signHead();
  }

  @GetMapping("/signed-heads")
  @Operation(summary = "The signed heads (table and files under the data folder)")
  List<SignedHead> signedHeads() {
    return signer.signedHeads();
  }

  @GetMapping(value = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "The node's public key (PEM) that signs the heads")
  String publicKey() {
    return signer.publicKeyPem();
  }
}
