package org.openbmis.app.admin.web;

import java.time.ZoneOffset;
import org.openbmis.app.shared.AuditChainVerifier;
import org.openbmis.app.shared.AuditHeadSigner;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditVerification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit chain's verification screen (ADMIN, by URL, ADR 0010): whether the chain is intact,
 * where it breaks first and what differs, the signed heads checked, a button that signs the head
 * now, and the node's public key.
 */
@Controller
class AuditChainController {

  private final AuditChainVerifier verifier;
  private final AuditHeadSigner signer;
  private final AuditLog audit;

  AuditChainController(AuditChainVerifier verifier, AuditHeadSigner signer, AuditLog audit) {
    this.verifier = verifier;
    this.signer = signer;
    this.audit = audit;
  }

  @GetMapping("/admin/audit/verification")
  String verification(Model model) {
    AuditVerification v = verifier.verify();
    audit.record(
        "audit.verified",
        "audit",
        v.lastSequence(),
        v.intact() ? AuditLog.Outcome.SUCCESS : AuditLog.Outcome.FAILURE,
        v.firstBreak() == null ? "intact" : "break at " + v.firstBreak().sequence());
    model.addAttribute("v", v);
    model.addAttribute("publicKey", signer.publicKeyPem());
    model.addAttribute("utc", ZoneOffset.UTC);
    return "admin/audit-verification";
  }

  @PostMapping("/admin/audit/verification/sign")
  String sign(RedirectAttributes redirect) {
    redirect.addFlashAttribute("signed", signer.signHead().sequence());
    return "redirect:/admin/audit/verification";
  }
}
